// Opening and creating a store, transactions, integrity check and backup.
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <system_error>

#include "store/StoreImpl.h"

namespace dermalens {
namespace fs = std::filesystem;
using store::Database;
using store::OpenMode;

namespace {

Result<void> enableWal(const Database& db) {
    auto statement = db.prepare("PRAGMA journal_mode = WAL", "switch the journal to WAL");
    if (!statement) return tl::unexpected(statement.error());
    auto mode = firstRow(*statement, [](const store::Statement& s) { return s.columnText(0); });
    if (!mode) return tl::unexpected(mode.error());
    if (!*mode || **mode != "wal")
        return fail(ErrorCode::Unreadable, db.file(),
                    "cannot switch the journal to WAL (the file system may not support it)");
    return {};
}

// One connection with the settings every store connection uses.
Result<Database> connect(const fs::path& file, OpenMode mode, int busy_timeout_ms) {
    auto db = Database::open(file, mode, busy_timeout_ms);
    if (!db) return tl::unexpected(db.error());
    if (auto on = db->exec("PRAGMA foreign_keys = ON", "enable foreign keys"); !on)
        return tl::unexpected(on.error());
    auto fk = db->queryInt("PRAGMA foreign_keys", "enable foreign keys");
    if (!fk) return tl::unexpected(fk.error());
    if (*fk != 1)
        return fail(ErrorCode::Internal, db->file(), "this SQLite has no foreign key support");
    if (mode == OpenMode::ReadOnly) return db;  // the journal mode is the writer's choice
    if (auto wal = enableWal(*db); !wal) return tl::unexpected(wal.error());
    // NORMAL is safe with WAL: a power cut may lose the last transactions, but the database
    // never corrupts, and commits need no fsync (only checkpoints do).
    if (auto sync = db->exec("PRAGMA synchronous = NORMAL", "set the sync mode"); !sync)
        return tl::unexpected(sync.error());
    return db;
}

// SQLite cannot open a WAL store where it may not create the -shm file, and then says only
// "unable to open database file"; a read-only or forbidden folder is named as the cause.
Error explainFolder(Error error, const fs::path& directory) {
    if (error.code != ErrorCode::Unreadable || ::access(directory.c_str(), W_OK) == 0) return error;
    if (errno == EROFS)
        error.reason = "the store's folder is on a read-only file system; " + error.reason;
    else if (errno == EACCES || errno == EPERM)
        error.reason = "no permission to write in the store's folder; " + error.reason;
    return error;
}

Result<void> makeFolder(const fs::path& directory) {
    std::error_code ec;
    fs::create_directories(directory, ec);
    if (ec) return fail(ErrorCode::Unreadable, directory.string(),
                        "cannot create the store folder: " + ec.message());
    return {};
}

}  // namespace

Store::Store(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Store::Store(Store&&) noexcept = default;
Store& Store::operator=(Store&&) noexcept = default;
Store::~Store() = default;

Result<Store> Store::open(const fs::path& directory, const StoreOptions& options) {
    const fs::path file = directory / kDatabaseFile;
    std::error_code ec;
    if (options.read_only && !fs::exists(file, ec))
        return fail(ErrorCode::NotFound, file.string(),
                    "no store here (a read-only open does not create one)");
    if (!options.read_only)
        if (auto made = makeFolder(directory); !made) return tl::unexpected(made.error());
    auto db = connect(file, options.read_only ? OpenMode::ReadOnly : OpenMode::Create,
                      options.busy_timeout_ms);
    if (!db) return tl::unexpected(explainFolder(db.error(), directory));
    auto version = store::prepareSchema(*db, options.read_only, kSchemaVersion);
    if (!version) return tl::unexpected(explainFolder(version.error(), directory));
    return Store(std::make_unique<Impl>(Impl{directory, std::move(*db), options.read_only,
                                             *version}));
}

Result<void> Store::createAtVersion(const fs::path& directory, int version) {
    const fs::path file = directory / kDatabaseFile;
    if (version < 1 || version > kSchemaVersion)
        return fail(ErrorCode::InvalidArgument, file.string(),
                    "schema version " + std::to_string(version) + " does not exist (1.." +
                        std::to_string(kSchemaVersion) + ")");
    std::error_code ec;
    if (fs::exists(file, ec))
        return fail(ErrorCode::InvalidArgument, file.string(), "a store already exists here");
    if (auto made = makeFolder(directory); !made) return tl::unexpected(made.error());
    auto db = connect(file, OpenMode::Create, StoreOptions{}.busy_timeout_ms);
    if (!db) return tl::unexpected(db.error());
    auto created = store::prepareSchema(*db, false, version);
    if (!created) return tl::unexpected(created.error());
    return {};
}

const fs::path& Store::directory() const { return impl_->directory; }
fs::path Store::databasePath() const { return impl_->directory / kDatabaseFile; }
int Store::schemaVersion() const { return impl_->version; }

Result<void> Store::Impl::atomically(const std::function<Result<void>()>& body) const {
    // SQLite lets a read-only connection begin (and commit) an empty write transaction.
    if (read_only)
        return fail(ErrorCode::Unreadable, db.file(),
                    "cannot change anything: store is read-only (opened for reading)");
    const bool outer = !db.inTransaction();
    auto begin = db.exec(outer ? "BEGIN IMMEDIATE" : "SAVEPOINT nested", "start a transaction");
    if (!begin) return begin;
    Result<void> result;
    try {
        result = body();
    } catch (const std::exception& e) {  // the body is caller code: keep the store consistent
        result = fail(ErrorCode::Internal, db.file(), std::string("transaction failed: ") + e.what());
    } catch (...) {
        result = fail(ErrorCode::Internal, db.file(), "transaction failed: unknown exception");
    }
    if (result) {
        result = db.exec(outer ? "COMMIT" : "RELEASE nested", "commit the transaction");
        if (result) return result;
    }
    // SQLite rolls back by itself after some errors (disk full, I/O); then there is nothing
    // left to undo. The first error is the one worth reporting, so rollback errors are dropped.
    if (db.inTransaction())
        (void)db.exec(outer ? "ROLLBACK" : "ROLLBACK TO nested; RELEASE nested",
                      "roll back the transaction");
    return result;
}

Result<std::vector<std::string>> Store::Impl::deleteWithImages(
    const std::string& paths_sql, const std::string& delete_sql,
    const std::function<void(store::Statement&)>& bind_key, const std::string& what) const {
    std::vector<std::string> removed;
    auto done = atomically([&]() -> Result<void> {
        auto paths = db.prepare(paths_sql, "delete " + what);
        if (!paths) return tl::unexpected(paths.error());
        bind_key(*paths);
        auto rows =
            store::collectRows(*paths, [](const store::Statement& s) { return s.columnText(0); });
        if (!rows) return tl::unexpected(rows.error());
        removed = std::move(*rows);
        auto erase = db.prepare(delete_sql, "delete " + what);
        if (!erase) return tl::unexpected(erase.error());
        bind_key(*erase);
        if (auto run = erase->run(); !run) return run;
        if (db.changes() == 0) return failNotFound(what);
        return {};
    });
    if (!done) return tl::unexpected(done.error());
    return removed;
}

Result<void> Store::transaction(const std::function<Result<void>()>& body) {
    return impl_->atomically(body);
}

Result<std::vector<std::string>> Store::integrityCheck() const {
    auto integrity = impl_->db.prepare("PRAGMA integrity_check", "check the store's integrity");
    if (!integrity) return tl::unexpected(integrity.error());
    auto problems =
        store::collectRows(*integrity, [](const store::Statement& s) { return s.columnText(0); });
    if (!problems) return problems;
    if (problems->size() == 1 && problems->front() == "ok") problems->clear();
    auto keys = impl_->db.prepare("PRAGMA foreign_key_check", "check the store's references");
    if (!keys) return tl::unexpected(keys.error());
    auto orphans = store::collectRows(*keys, [](const store::Statement& s) {
        return "table " + s.columnText(0) + " row " + std::to_string(s.columnInt(1)) +
               " refers to a missing row of " + s.columnText(2);
    });
    if (!orphans) return orphans;
    problems->insert(problems->end(), orphans->begin(), orphans->end());
    if (problems->empty()) problems->push_back("ok");
    return problems;
}

Result<void> Store::backupDatabase(const fs::path& file) const {
    std::error_code ec;
    if (fs::equivalent(file, databasePath(), ec))
        return fail(ErrorCode::InvalidArgument, file.string(),
                    "a backup cannot overwrite the store it copies");
    if (file.has_parent_path())
        if (auto made = makeFolder(file.parent_path()); !made) return tl::unexpected(made.error());
    return impl_->db.backupTo(file);
}

namespace store {

std::vector<float> columnFloats(const Statement& statement, int index) {
    const auto bytes = statement.columnBlob(index);
    std::vector<float> values(bytes.size() / sizeof(float));
    if (!values.empty()) std::memcpy(values.data(), bytes.data(), values.size() * sizeof(float));
    return values;
}

}  // namespace store
}  // namespace dermalens
