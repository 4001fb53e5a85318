#include "store/Statement.h"

#include "store/SqliteHandles.h"

namespace dermalens::store {

Statement::Statement(std::unique_ptr<Handle> handle) : handle_(std::move(handle)) {}
Statement::Statement(Statement&&) noexcept = default;
Statement& Statement::operator=(Statement&&) noexcept = default;
Statement::~Statement() = default;

namespace {

void keepFirstError(int& stored, int rc) {
    if (stored == SQLITE_OK && rc != SQLITE_OK) stored = rc;
}

}  // namespace

Statement& Statement::bindInt(int index, std::int64_t value) {
    keepFirstError(handle_->bind_error, sqlite3_bind_int64(handle_->stmt, index, value));
    return *this;
}

Statement& Statement::bindReal(int index, double value) {
    keepFirstError(handle_->bind_error, sqlite3_bind_double(handle_->stmt, index, value));
    return *this;
}

Statement& Statement::bindOptionalReal(int index, const std::optional<double>& value) {
    return value ? bindReal(index, *value) : bindNull(index);
}

Statement& Statement::bindText(int index, std::string_view value) {
    keepFirstError(handle_->bind_error,
                   sqlite3_bind_text64(handle_->stmt, index, value.data(), value.size(),
                                       SQLITE_TRANSIENT, SQLITE_UTF8));
    return *this;
}

Statement& Statement::bindBlob(int index, const void* data, std::size_t bytes) {
    // A null pointer would bind NULL; an empty blob is a value, not "none".
    const int rc = bytes == 0 ? sqlite3_bind_zeroblob(handle_->stmt, index, 0)
                              : sqlite3_bind_blob64(handle_->stmt, index, data, bytes,
                                                    SQLITE_TRANSIENT);
    keepFirstError(handle_->bind_error, rc);
    return *this;
}

Statement& Statement::bindNull(int index) {
    keepFirstError(handle_->bind_error, sqlite3_bind_null(handle_->stmt, index));
    return *this;
}

Result<bool> Statement::step() {
    if (handle_->bind_error != SQLITE_OK)
        return tl::unexpected(sqliteError(*handle_->db, handle_->bind_error, handle_->what));
    const int rc = sqlite3_step(handle_->stmt);
    if (rc == SQLITE_ROW) return true;
    if (rc == SQLITE_DONE) return false;
    return tl::unexpected(sqliteError(*handle_->db, rc, handle_->what));
}

Result<void> Statement::run() {
    while (true) {
        auto more = step();
        if (!more) return tl::unexpected(more.error());
        if (!*more) return {};
    }
}

std::int64_t Statement::columnInt(int index) const {
    return sqlite3_column_int64(handle_->stmt, index);
}

double Statement::columnReal(int index) const {
    return sqlite3_column_double(handle_->stmt, index);
}

std::optional<double> Statement::columnOptionalReal(int index) const {
    if (columnIsNull(index)) return std::nullopt;
    return columnReal(index);
}

std::string Statement::columnText(int index) const {
    const auto* text = sqlite3_column_text(handle_->stmt, index);
    if (text == nullptr) return {};
    const int bytes = sqlite3_column_bytes(handle_->stmt, index);
    return std::string(reinterpret_cast<const char*>(text), static_cast<std::size_t>(bytes));
}

std::span<const unsigned char> Statement::columnBlob(int index) const {
    const auto* data = static_cast<const unsigned char*>(sqlite3_column_blob(handle_->stmt, index));
    const int bytes = sqlite3_column_bytes(handle_->stmt, index);
    if (data == nullptr) return {};
    return {data, static_cast<std::size_t>(bytes)};
}

bool Statement::columnIsNull(int index) const {
    return sqlite3_column_type(handle_->stmt, index) == SQLITE_NULL;
}

}  // namespace dermalens::store
