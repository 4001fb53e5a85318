// The schema and its migrations. Version n is reached by applying steps 1..n in order, so a
// store created at any version ends with the same tables as a fresh one.
#include <array>

#include "store/StoreImpl.h"

namespace dermalens::store {
namespace {

// Version 1: the record of patients, lesions, visits, images and what was found on them.
constexpr const char* kVersion1 = R"sql(
CREATE TABLE patients (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL DEFAULT '',
    birth_date TEXT NOT NULL DEFAULT '',
    sex TEXT NOT NULL DEFAULT '',
    external_id TEXT NOT NULL DEFAULT '',
    issuer TEXT NOT NULL DEFAULT '',
    synthetic INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL
);
CREATE INDEX patients_by_external_id ON patients(external_id, issuer);

CREATE TABLE lesions (
    id INTEGER PRIMARY KEY,
    patient_id INTEGER NOT NULL REFERENCES patients(id) ON DELETE CASCADE,
    label TEXT NOT NULL DEFAULT '',
    body_site TEXT NOT NULL DEFAULT '',
    body_site_code TEXT NOT NULL DEFAULT '',
    laterality TEXT NOT NULL DEFAULT '',
    external_key TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
);
CREATE INDEX lesions_by_patient ON lesions(patient_id);

CREATE TABLE visits (
    id INTEGER PRIMARY KEY,
    patient_id INTEGER NOT NULL REFERENCES patients(id) ON DELETE CASCADE,
    date TEXT NOT NULL DEFAULT '',
    study_instance_uid TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT ''
);
CREATE INDEX visits_by_patient ON visits(patient_id);

CREATE TABLE images (
    id TEXT PRIMARY KEY CHECK (length(id) = 64),
    lesion_id INTEGER NOT NULL REFERENCES lesions(id) ON DELETE CASCADE,
    visit_id INTEGER REFERENCES visits(id) ON DELETE SET NULL,
    source_path TEXT NOT NULL DEFAULT '',
    managed_path TEXT NOT NULL,
    kind TEXT NOT NULL,
    format TEXT NOT NULL DEFAULT '',
    width INTEGER NOT NULL DEFAULT 0,
    height INTEGER NOT NULL DEFAULT 0,
    pixel_spacing_mm REAL,
    acquisition_date TEXT NOT NULL DEFAULT '',
    study_instance_uid TEXT NOT NULL DEFAULT '',
    series_instance_uid TEXT NOT NULL DEFAULT '',
    sop_instance_uid TEXT NOT NULL DEFAULT '',
    sop_class_uid TEXT NOT NULL DEFAULT '',
    modality TEXT NOT NULL DEFAULT '',
    imported_at TEXT NOT NULL
);
CREATE INDEX images_by_lesion ON images(lesion_id);
CREATE INDEX images_by_visit ON images(visit_id);

CREATE TABLE analyses (
    id INTEGER PRIMARY KEY,
    image_id TEXT NOT NULL REFERENCES images(id) ON DELETE CASCADE,
    model_name TEXT NOT NULL DEFAULT '',
    model_version TEXT NOT NULL DEFAULT '',
    model_sha256 TEXT NOT NULL DEFAULT '',
    probabilities BLOB NOT NULL,
    logits BLOB NOT NULL,
    embedding BLOB NOT NULL,
    top_class INTEGER NOT NULL,
    malignant_probability REAL NOT NULL,
    entropy REAL NOT NULL,
    normalized_entropy REAL NOT NULL,
    low_confidence INTEGER NOT NULL,
    out_of_distribution INTEGER NOT NULL,
    ood_distance REAL NOT NULL,
    image_statistics_distance REAL NOT NULL,
    milliseconds REAL NOT NULL,
    device TEXT NOT NULL DEFAULT '',
    heatmap_class INTEGER,
    heatmap_width INTEGER,
    heatmap_height INTEGER,
    heatmap_values BLOB,
    created_at TEXT NOT NULL
);
CREATE INDEX analyses_by_image ON analyses(image_id);

CREATE TABLE calibrations (
    image_id TEXT PRIMARY KEY REFERENCES images(id) ON DELETE CASCADE,
    mm_per_pixel REAL NOT NULL CHECK (mm_per_pixel > 0),
    source TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
);

CREATE TABLE findings (
    id INTEGER PRIMARY KEY,
    visit_id INTEGER REFERENCES visits(id) ON DELETE CASCADE,
    lesion_id INTEGER REFERENCES lesions(id) ON DELETE CASCADE,
    data TEXT NOT NULL DEFAULT '{}',
    clinician TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
);
CREATE INDEX findings_by_visit ON findings(visit_id);
CREATE INDEX findings_by_lesion ON findings(lesion_id);
)sql";

// Version 2: recent patients, and the lookup of the newest analysis by a given model.
constexpr const char* kVersion2 = R"sql(
ALTER TABLE patients ADD COLUMN last_opened_at TEXT;
CREATE INDEX patients_by_last_opened ON patients(last_opened_at);
CREATE INDEX analyses_latest ON analyses(image_id, model_sha256, created_at);
)sql";

// Version 3: what follow-up and output need: measurements and lesion contours per image, a
// lesion's place on the body map, and the append-only, hash-chained audit log (its triggers
// refuse UPDATE and DELETE, so only a tool that bypasses SQLite can alter it, and the hash
// chain shows that it did).
constexpr const char* kVersion3 = R"sql(
ALTER TABLE lesions ADD COLUMN map_view TEXT NOT NULL DEFAULT '';
ALTER TABLE lesions ADD COLUMN map_x REAL;
ALTER TABLE lesions ADD COLUMN map_y REAL;

CREATE TABLE measurements (
    id INTEGER PRIMARY KEY,
    image_id TEXT NOT NULL REFERENCES images(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    geometry TEXT NOT NULL DEFAULT '[]',
    value REAL,
    unit TEXT NOT NULL DEFAULT '',
    label TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
);
CREATE INDEX measurements_by_image ON measurements(image_id);

CREATE TABLE contours (
    image_id TEXT PRIMARY KEY REFERENCES images(id) ON DELETE CASCADE,
    points TEXT NOT NULL DEFAULT '[]',
    source TEXT NOT NULL DEFAULT 'auto',
    method TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
);

CREATE TABLE audit_log (
    seq INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    user TEXT NOT NULL DEFAULT '',
    workstation TEXT NOT NULL DEFAULT '',
    action TEXT NOT NULL,
    object TEXT NOT NULL DEFAULT '',
    details TEXT NOT NULL DEFAULT '',
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL
);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
)sql";

constexpr std::array<const char*, Store::kSchemaVersion> kSteps = {kVersion1, kVersion2,
                                                                   kVersion3};

Result<int> userVersion(const Database& db) {
    auto version = db.queryInt("PRAGMA user_version", "read the schema version");
    if (!version) return tl::unexpected(version.error());
    return static_cast<int>(*version);
}

// A file with tables but no version is someone else's database: never add ours to it.
Result<void> refuseForeign(const Database& db) {
    auto tables = db.queryInt("SELECT count(*) FROM sqlite_schema", "read the schema");
    if (!tables) return tl::unexpected(tables.error());
    if (*tables > 0)
        return fail(ErrorCode::UnsupportedFormat, db.file(),
                    "not a Dermalens store (an SQLite database without a schema version)");
    return {};
}

Result<void> checkVersion(const Database& db, int version, bool read_only, int target) {
    if (version > Store::kSchemaVersion)
        return fail(ErrorCode::UnsupportedFormat, db.file(),
                    "schema version " + std::to_string(version) + " is newer than this program (" +
                        std::to_string(Store::kSchemaVersion) + "); use a newer Dermalens");
    if (version == 0) return refuseForeign(db);
    if (read_only && version < target)
        return fail(ErrorCode::Unreadable, db.file(),
                    "store is read-only and has the old schema version " +
                        std::to_string(version) + "; open it once for writing to upgrade it");
    return {};
}

Result<int> migrate(const Database& db, int target) {
    // Re-read inside the write lock: another process may have migrated in the meantime.
    auto version = userVersion(db);
    if (!version) return tl::unexpected(version.error());
    if (auto ok = checkVersion(db, *version, false, target); !ok) return tl::unexpected(ok.error());
    if (*version >= target) return *version;
    for (int step = *version + 1; step <= target; ++step) {
        auto applied = db.exec(kSteps[static_cast<std::size_t>(step - 1)],
                               "upgrade the schema to version " + std::to_string(step));
        if (!applied) return tl::unexpected(applied.error());
    }
    auto set = db.exec("PRAGMA user_version = " + std::to_string(target),
                       "record the schema version");
    if (!set) return tl::unexpected(set.error());
    return target;
}

}  // namespace

Result<int> prepareSchema(const Database& db, bool read_only, int target) {
    auto version = userVersion(db);
    if (!version) return tl::unexpected(version.error());
    if (auto ok = checkVersion(db, *version, read_only, target); !ok)
        return tl::unexpected(ok.error());
    if (*version >= target) return *version;
    if (auto begin = db.exec("BEGIN IMMEDIATE", "start upgrading the schema"); !begin)
        return tl::unexpected(begin.error());
    auto migrated = migrate(db, target);
    if (migrated) {
        if (auto commit = db.exec("COMMIT", "commit the schema upgrade"); commit) return migrated;
        else migrated = tl::unexpected(commit.error());
    }
    if (db.inTransaction()) (void)db.exec("ROLLBACK", "roll back the schema upgrade");
    return migrated;
}

}  // namespace dermalens::store
