// The sqlite3 handles behind Database and Statement. Included only by Database.cpp and
// Statement.cpp, so sqlite3 stays inside those two files.
#pragma once

#include <sqlite3.h>

#include <string>

#include "dermalens/Result.h"
#include "store/Database.h"
#include "store/Statement.h"

namespace dermalens::store {

struct Database::Handle {
    sqlite3* db = nullptr;
    std::string file;
    int busy_timeout_ms = 0;
    ~Handle() { sqlite3_close_v2(db); }
};

struct Statement::Handle {
    sqlite3_stmt* stmt = nullptr;
    const Database::Handle* db = nullptr;  // owned by the Database, which outlives statements
    std::string what;
    int bind_error = SQLITE_OK;  // first failed bind, reported by step()
    ~Handle() { sqlite3_finalize(stmt); }
};

// An Error for result code `rc`: the database file, "cannot <what>: <plain reason> (<sqlite>)".
[[nodiscard]] Error sqliteError(const Database::Handle& db, int rc, const std::string& what);

}  // namespace dermalens::store
