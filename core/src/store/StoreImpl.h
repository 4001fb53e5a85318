// Store's private state and the helpers its .cpp files share.
#pragma once

#include <bit>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include "dermalens/store/Store.h"
#include "store/Database.h"

namespace dermalens {

struct Store::Impl {
    std::filesystem::path directory;
    store::Database db;
    bool read_only = false;
    int version = 0;

    // Runs `body` atomically: BEGIN IMMEDIATE at the outermost level (so a writer waits for the
    // lock up front instead of failing half way), a SAVEPOINT when already in a transaction.
    [[nodiscard]] Result<void> atomically(const std::function<Result<void>()>& body) const;

    // Deletes the row(s) of `delete_sql` and, by cascade, their images; returns the managed
    // paths `paths_sql` selects, read first because the cascade removes their rows. `bind_key`
    // binds ?1 of both. NotFound naming `what` when nothing was deleted.
    [[nodiscard]] Result<std::vector<std::string>> deleteWithImages(
        const std::string& paths_sql, const std::string& delete_sql,
        const std::function<void(store::Statement&)>& bind_key, const std::string& what) const;

    [[nodiscard]] tl::unexpected<Error> failNotFound(const std::string& what) const {
        return fail(ErrorCode::NotFound, db.file(), what + " does not exist");
    }
    [[nodiscard]] tl::unexpected<Error> failInvalid(const std::string& reason) const {
        return fail(ErrorCode::InvalidArgument, db.file(), reason);
    }
};

namespace store {

// ISO 8601 UTC with milliseconds, evaluated by SQLite when the statement runs.
inline constexpr const char* kNowSql = "strftime('%Y-%m-%dT%H:%M:%fZ','now')";

// Creates or migrates the schema to `target` in one transaction; `target` may be below
// Store::kSchemaVersion only for createAtVersion. Returns the version the store now has.
[[nodiscard]] Result<int> prepareSchema(const Database& db, bool read_only, int target);

// float32 arrays as BLOBs in native byte order (little-endian on every supported platform).
static_assert(std::endian::native == std::endian::little, "float BLOBs assume little-endian");
inline void bindFloats(Statement& statement, int index, const std::vector<float>& values) {
    statement.bindBlob(index, values.data(), values.size() * sizeof(float));
}
[[nodiscard]] std::vector<float> columnFloats(const Statement& statement, int index);

}  // namespace store
}  // namespace dermalens
