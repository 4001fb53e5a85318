// Schema creation, migration 1 -> 2, and the stores this program must refuse.
#include "dermalens/store/Store.h"

#include <gtest/gtest.h>
#include <sqlite3.h>

#include <fstream>

#include "TestPaths.h"

namespace dermalens {
namespace {

namespace fs = std::filesystem;

// A plain sqlite3 connection, to look at (and tamper with) the file behind the Store's back.
class RawDb {
public:
    explicit RawDb(const fs::path& file) {
        if (sqlite3_open(file.string().c_str(), &db_) != SQLITE_OK) ADD_FAILURE() << file;
    }
    ~RawDb() { sqlite3_close(db_); }
    void exec(const std::string& sql) {
        char* message = nullptr;
        if (sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, &message) != SQLITE_OK)
            ADD_FAILURE() << sql << ": " << (message ? message : "?");
        sqlite3_free(message);
    }
    bool tryExec(const std::string& sql) {
        return sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, nullptr) == SQLITE_OK;
    }
    std::string text(const std::string& sql) {
        sqlite3_stmt* st = nullptr;
        std::string value = "<none>";
        if (sqlite3_prepare_v2(db_, sql.c_str(), -1, &st, nullptr) != SQLITE_OK)
            ADD_FAILURE() << sql << ": " << sqlite3_errmsg(db_);
        else if (sqlite3_step(st) == SQLITE_ROW && sqlite3_column_text(st, 0))
            value = reinterpret_cast<const char*>(sqlite3_column_text(st, 0));
        sqlite3_finalize(st);
        return value;
    }
    bool hasColumn(const std::string& table, const std::string& column) {
        return text("SELECT count(*) FROM pragma_table_info('" + table + "') WHERE name = '" +
                    column + "'") == "1";
    }
    bool hasIndex(const std::string& name) {
        return text("SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND name = '" + name +
                    "'") == "1";
    }

private:
    sqlite3* db_ = nullptr;
};

const std::string kSha(64, 'a');

class StoreSchemaTest : public ::testing::Test {
protected:
    fs::path file() const { return dir_.path() / "store" / Store::kDatabaseFile; }
    fs::path folder() const { return dir_.path() / "store"; }
    test::TempDir dir_{"dermalens-schema"};
};

TEST_F(StoreSchemaTest, OpenCreatesFolderAndCurrentSchema) {
    {
        auto store = Store::open(folder() / "nested");
        ASSERT_TRUE(store) << store.error().message();
        EXPECT_EQ(store->schemaVersion(), Store::kSchemaVersion);
        EXPECT_EQ(store->databasePath(), folder() / "nested" / Store::kDatabaseFile);
        EXPECT_TRUE(fs::exists(store->databasePath()));
    }
    RawDb raw(folder() / "nested" / Store::kDatabaseFile);
    EXPECT_EQ(raw.text("PRAGMA user_version"), "3");
    EXPECT_EQ(raw.text("PRAGMA journal_mode"), "wal");
    for (const char* table : {"patients", "lesions", "visits", "images", "analyses", "calibrations",
                              "findings", "measurements", "contours", "audit_log"})
        EXPECT_EQ(raw.text(std::string("SELECT count(*) FROM sqlite_schema WHERE name = '") +
                           table + "'"),
                  "1")
            << table;
    EXPECT_TRUE(raw.hasColumn("patients", "last_opened_at"));
    EXPECT_TRUE(raw.hasColumn("findings", "data"));
    EXPECT_TRUE(raw.hasIndex("analyses_latest"));
}

TEST_F(StoreSchemaTest, ReopeningKeepsData) {
    PatientId id;
    {
        auto store = Store::open(folder());
        ASSERT_TRUE(store);
        id = *store->addPatient({.name = "Kept"});
    }
    auto again = Store::open(folder());
    ASSERT_TRUE(again) << again.error().message();
    EXPECT_EQ(again->patient(id)->name, "Kept");
}

TEST_F(StoreSchemaTest, MigratesAVersion1Store) {
    ASSERT_TRUE(Store::createAtVersion(folder(), 1));
    {
        RawDb raw(file());
        ASSERT_EQ(raw.text("PRAGMA user_version"), "1");
        ASSERT_FALSE(raw.hasColumn("patients", "last_opened_at"));
        ASSERT_FALSE(raw.hasIndex("analyses_latest"));
        raw.exec(
            "INSERT INTO patients (id, name, birth_date, external_id, created_at) VALUES "
            "(7, 'Old Patient', '19600101', 'MRN-7', '2020-01-01T00:00:00.000Z');"
            "INSERT INTO lesions (id, patient_id, label, created_at) VALUES "
            "(3, 7, 'L01', '2020-01-01T00:00:00.000Z');"
            "INSERT INTO visits (id, patient_id, date) VALUES (4, 7, '20200101');"
            "INSERT INTO images (id, lesion_id, visit_id, managed_path, kind, imported_at) "
            "VALUES ('" + kSha + "', 3, 4, 'images/aa/a.jpg', 'overview', "
            "'2020-01-01T00:00:00.000Z');"
            "INSERT INTO analyses (image_id, model_sha256, probabilities, logits, embedding, "
            "top_class, malignant_probability, entropy, normalized_entropy, low_confidence, "
            "out_of_distribution, ood_distance, image_statistics_distance, milliseconds, "
            "created_at) VALUES ('" + kSha + "', 'm1', x'0000803f', x'', x'', 0, 0.25, 0, 0, "
            "1, 0, 0, 0, 12.5, '2020-01-01T00:00:00.000Z');");
    }
    auto store = Store::open(folder());
    ASSERT_TRUE(store) << store.error().message();
    EXPECT_EQ(store->schemaVersion(), Store::kSchemaVersion);
    const auto patient = store->patient(PatientId(7));
    ASSERT_TRUE(patient) << patient.error().message();
    EXPECT_EQ(patient->name, "Old Patient");
    EXPECT_EQ(patient->external_id, "MRN-7");
    EXPECT_EQ(patient->last_opened_at, "");
    EXPECT_EQ(store->lesion(LesionId(3))->label, "L01");
    const auto image = store->image(*ImageId::fromHex(kSha));
    ASSERT_TRUE(image) << image.error().message();
    EXPECT_EQ(image->kind, ImageKind::Overview);
    EXPECT_EQ(image->visit, VisitId(4));
    const auto analysis = store->latestAnalysis(image->id, "m1");
    ASSERT_TRUE(analysis && *analysis);
    EXPECT_EQ((*analysis)->prediction.probabilities, std::vector<float>{1.0f});
    EXPECT_TRUE((*analysis)->prediction.low_confidence);
    ASSERT_TRUE(store->markOpened(PatientId(7)));
    EXPECT_EQ(store->recentPatients(5)->size(), 1u);
    RawDb raw(file());
    EXPECT_EQ(raw.text("PRAGMA user_version"), "3");
    EXPECT_TRUE(raw.hasColumn("patients", "last_opened_at"));
    EXPECT_TRUE(raw.hasIndex("analyses_latest"));
    EXPECT_TRUE(raw.hasColumn("lesions", "map_view"));
    EXPECT_TRUE(raw.hasColumn("measurements", "geometry"));
}

TEST_F(StoreSchemaTest, TheAuditLogIsAppendOnly) {
    ASSERT_TRUE(Store::open(folder()));
    RawDb raw(file());
    raw.exec("INSERT INTO audit_log (at, action, prev_hash, hash) VALUES ('t', 'open', '', 'h')");
    EXPECT_EQ(raw.text("SELECT count(*) FROM audit_log"), "1");
    EXPECT_FALSE(raw.tryExec("UPDATE audit_log SET action = 'x'"));
    EXPECT_FALSE(raw.tryExec("DELETE FROM audit_log"));
    EXPECT_EQ(raw.text("SELECT action FROM audit_log"), "open");
}

TEST_F(StoreSchemaTest, CreateAtVersionValidates) {
    const auto tooNew = Store::createAtVersion(folder(), Store::kSchemaVersion + 1);
    ASSERT_FALSE(tooNew);
    EXPECT_EQ(tooNew.error().code, ErrorCode::InvalidArgument);
    ASSERT_TRUE(Store::createAtVersion(folder(), 2));
    const auto twice = Store::createAtVersion(folder(), 1);
    ASSERT_FALSE(twice);
    EXPECT_NE(twice.error().reason.find("already exists"), std::string::npos);
}

TEST_F(StoreSchemaTest, RefusesANewerSchema) {
    ASSERT_TRUE(Store::open(folder()));
    RawDb(file()).exec("PRAGMA user_version = 7");
    for (bool readOnly : {false, true}) {
        const auto store = Store::open(folder(), {.read_only = readOnly});
        ASSERT_FALSE(store);
        EXPECT_EQ(store.error().code, ErrorCode::UnsupportedFormat);
        EXPECT_EQ(store.error().file, file().string());
        EXPECT_NE(store.error().reason.find("schema version 7 is newer than this program (3)"),
                  std::string::npos)
            << store.error().reason;
    }
    EXPECT_EQ(RawDb(file()).text("PRAGMA user_version"), "7");  // untouched
}

TEST_F(StoreSchemaTest, ReadOnlyOpenNeitherCreatesNorMigrates) {
    const auto missing = Store::open(folder(), {.read_only = true});
    ASSERT_FALSE(missing);
    EXPECT_EQ(missing.error().code, ErrorCode::NotFound);
    EXPECT_FALSE(fs::exists(folder()));
    ASSERT_TRUE(Store::createAtVersion(folder(), 1));
    const auto old = Store::open(folder(), {.read_only = true});
    ASSERT_FALSE(old);
    EXPECT_NE(old.error().reason.find("read-only"), std::string::npos) << old.error().reason;
    EXPECT_EQ(RawDb(file()).text("PRAGMA user_version"), "1");
}

TEST_F(StoreSchemaTest, RefusesFilesThatAreNotStores) {
    fs::create_directories(folder());
    RawDb(file()).exec("CREATE TABLE other (x)");
    const auto foreign = Store::open(folder());
    ASSERT_FALSE(foreign);
    EXPECT_EQ(foreign.error().code, ErrorCode::UnsupportedFormat);
    EXPECT_NE(foreign.error().reason.find("not a Dermalens store"), std::string::npos);
    fs::remove(file());
    std::ofstream(file(), std::ios::binary) << std::string(4096, 'x');
    const auto garbage = Store::open(folder());
    ASSERT_FALSE(garbage);
    EXPECT_EQ(garbage.error().code, ErrorCode::Corrupt) << garbage.error().message();
    EXPECT_EQ(garbage.error().file, file().string());
}

}  // namespace
}  // namespace dermalens
