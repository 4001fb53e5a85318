#include "store/Database.h"

#include <chrono>
#include <thread>

#include "store/SqliteHandles.h"

namespace dermalens::store {
namespace {

// Plain words for the result codes a user can act on; the rest are reported as they are.
std::pair<ErrorCode, std::string> plainReason(const Database::Handle& db, int rc) {
    switch (rc & 0xff) {
        case SQLITE_BUSY:
        case SQLITE_LOCKED:
            return {ErrorCode::Unreadable, "store is locked by another process (waited " +
                                               std::to_string(db.busy_timeout_ms) + " ms)"};
        case SQLITE_FULL:
            return {ErrorCode::Unreadable, "disk is full"};
        case SQLITE_READONLY:
            return {ErrorCode::Unreadable, "store is read-only"};
        case SQLITE_PERM:
        case SQLITE_AUTH:
            return {ErrorCode::Unreadable, "permission denied"};
        case SQLITE_CANTOPEN:
            return {ErrorCode::Unreadable, "the database file cannot be opened"};
        case SQLITE_IOERR:
            return {ErrorCode::Unreadable, "disk read or write error"};
        case SQLITE_CORRUPT:
            return {ErrorCode::Corrupt, "the database is damaged"};
        case SQLITE_NOTADB:
            return {ErrorCode::Corrupt, "not a Dermalens store (not an SQLite database)"};
        case SQLITE_NOMEM:
            return {ErrorCode::Internal, "out of memory"};
        case SQLITE_CONSTRAINT:
            if (rc == SQLITE_CONSTRAINT_FOREIGNKEY)
                return {ErrorCode::InvalidArgument, "refers to a record that does not exist"};
            if (rc == SQLITE_CONSTRAINT_PRIMARYKEY || rc == SQLITE_CONSTRAINT_UNIQUE)
                return {ErrorCode::InvalidArgument, "the record already exists"};
            return {ErrorCode::InvalidArgument, "a value is not allowed"};
        default:
            return {ErrorCode::Internal, "database error"};
    }
}

}  // namespace

Error sqliteError(const Database::Handle& db, int rc, const std::string& what) {
    auto [code, reason] = plainReason(db, rc);
    // errmsg describes the most recent failure of this connection, which is this one.
    const char* detail = db.db != nullptr ? sqlite3_errmsg(db.db) : sqlite3_errstr(rc);
    return Error{code, db.file, "cannot " + what + ": " + reason + " (" + detail + ")"};
}

Database::Database(std::unique_ptr<Handle> handle) : handle_(std::move(handle)) {}
Database::Database(Database&&) noexcept = default;
Database& Database::operator=(Database&&) noexcept = default;
Database::~Database() = default;

Result<Database> Database::open(const std::filesystem::path& file, OpenMode mode,
                                int busy_timeout_ms) {
    auto handle = std::make_unique<Handle>();
    handle->file = file.string();
    handle->busy_timeout_ms = busy_timeout_ms;
    int flags = mode == OpenMode::ReadOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE;
    if (mode == OpenMode::Create) flags |= SQLITE_OPEN_CREATE;
    const int rc = sqlite3_open_v2(handle->file.c_str(), &handle->db, flags, nullptr);
    if (rc != SQLITE_OK) return tl::unexpected(sqliteError(*handle, rc, "open the store"));
    sqlite3_extended_result_codes(handle->db, 1);
    sqlite3_busy_timeout(handle->db, busy_timeout_ms);
    return Database(std::move(handle));
}

const std::string& Database::file() const { return handle_->file; }

Result<Statement> Database::prepare(std::string_view sql, std::string what) const {
    auto statement = std::make_unique<Statement::Handle>();
    statement->db = handle_.get();
    const int rc = sqlite3_prepare_v2(handle_->db, sql.data(), static_cast<int>(sql.size()),
                                      &statement->stmt, nullptr);
    if (rc != SQLITE_OK) return tl::unexpected(sqliteError(*handle_, rc, what));
    statement->what = std::move(what);
    return Statement(std::move(statement));
}

Result<void> Database::exec(const std::string& sql, const std::string& what) const {
    const int rc = sqlite3_exec(handle_->db, sql.c_str(), nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK) return tl::unexpected(sqliteError(*handle_, rc, what));
    return {};
}

Result<std::int64_t> Database::queryInt(const std::string& sql, const std::string& what) const {
    auto statement = prepare(sql, what);
    if (!statement) return tl::unexpected(statement.error());
    auto row = firstRow(*statement, [](const Statement& s) { return s.columnInt(0); });
    if (!row) return tl::unexpected(row.error());
    if (!*row) return tl::unexpected(sqliteError(*handle_, SQLITE_ERROR, what));
    return **row;
}

std::int64_t Database::lastInsertId() const { return sqlite3_last_insert_rowid(handle_->db); }

int Database::changes() const { return sqlite3_changes(handle_->db); }

bool Database::inTransaction() const { return sqlite3_get_autocommit(handle_->db) == 0; }

Result<void> Database::backupTo(const std::filesystem::path& target) const {
    Handle out;
    out.file = target.string();
    out.busy_timeout_ms = handle_->busy_timeout_ms;
    const std::string what = "back up the store to this file";
    int rc = sqlite3_open_v2(out.file.c_str(), &out.db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
                             nullptr);
    if (rc != SQLITE_OK) return tl::unexpected(sqliteError(out, rc, what));
    sqlite3_backup* backup = sqlite3_backup_init(out.db, "main", handle_->db, "main");
    if (backup == nullptr) return tl::unexpected(sqliteError(out, sqlite3_errcode(out.db), what));
    // Copy everything in one step; a writer holding a lock makes it BUSY, so retry until the
    // busy timeout has passed, as for any other statement.
    const auto deadline =
        std::chrono::steady_clock::now() + std::chrono::milliseconds(out.busy_timeout_ms);
    do {
        rc = sqlite3_backup_step(backup, -1);
        if (rc != SQLITE_BUSY && rc != SQLITE_LOCKED) break;
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    } while (std::chrono::steady_clock::now() < deadline);
    sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE) return tl::unexpected(sqliteError(out, rc, what));
    return {};
}

}  // namespace dermalens::store
