// One SQLite connection (RAII) with errors in plain words naming the database file.
// Private to the store; no sqlite3 type appears here (SqliteHandles.h holds them).
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>

#include "dermalens/Result.h"
#include "store/Statement.h"

namespace dermalens::store {

enum class OpenMode { ReadOnly, ReadWrite, Create };

class Database {
public:
    struct Handle;

    [[nodiscard]] static Result<Database> open(const std::filesystem::path& file, OpenMode mode,
                                               int busy_timeout_ms);
    Database(Database&&) noexcept;
    Database& operator=(Database&&) noexcept;
    ~Database();

    [[nodiscard]] const std::string& file() const;

    // `what` says what the statement is for, in the form "cannot <what>: <reason>".
    [[nodiscard]] Result<Statement> prepare(std::string_view sql, std::string what) const;
    // Runs one or more statements that return no rows.
    [[nodiscard]] Result<void> exec(const std::string& sql, const std::string& what) const;
    // The first column of the first row of `sql` (e.g. a PRAGMA or a count).
    [[nodiscard]] Result<std::int64_t> queryInt(const std::string& sql,
                                                const std::string& what) const;

    [[nodiscard]] std::int64_t lastInsertId() const;
    [[nodiscard]] int changes() const;  // rows changed by the last statement
    [[nodiscard]] bool inTransaction() const;

    // SQLite online backup of the whole database into `target` (overwritten).
    [[nodiscard]] Result<void> backupTo(const std::filesystem::path& target) const;

private:
    explicit Database(std::unique_ptr<Handle> handle);
    std::unique_ptr<Handle> handle_;
};

}  // namespace dermalens::store
