// `dermalens-cli audit list|verify`: the trail as JSON, and tampering found.
#include <gtest/gtest.h>
#include <sqlite3.h>

#include "CliRunner.h"
#include "SyntheticImages.h"

namespace dermalens::test {
namespace {
namespace fs = std::filesystem;

class AuditCliTest : public ::testing::Test {
protected:
    void SetUp() override {
        for (int i = 0; i < 3; ++i) {
            const fs::path file = dir / "src" / "P1" / ("L" + std::to_string(i)) / "a.png";
            fs::create_directories(file.parent_path());
            writeRaster(file, makeLesionImage(48, 40, 30 + i), RasterFormat::Png);
        }
        ASSERT_EQ(
            runCli("import --store " + store() + " " + shellQuote((dir / "src").string()), dir)
                .status,
            0);
        ASSERT_EQ(runCli("export-dicom --store " + store() + " --patient 1 --out " +
                             shellQuote((dir / "out").string()),
                         dir)
                      .status,
                  0);
    }
    std::string store() const { return shellQuote((dir / "store").string()); }
    // What an attacker with the file does: SQLite itself, after dropping the trigger.
    void tamper(const std::string& sql) {
        sqlite3* db = nullptr;
        ASSERT_EQ(sqlite3_open((dir / "store" / "dermalens.sqlite").c_str(), &db), SQLITE_OK);
        ASSERT_EQ(
            sqlite3_exec(db, "DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete",
                         nullptr, nullptr, nullptr),
            SQLITE_OK);
        ASSERT_EQ(sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr), SQLITE_OK);
        sqlite3_close(db);
    }
    TempDir dir{"dermalens-cli-audit"};
};

TEST_F(AuditCliTest, ListPrintsEachEntryAsJson) {
    const auto run = runCli("audit list --store " + store(), dir);
    ASSERT_EQ(run.status, 0) << run.err;
    const auto entries = jsonLines(run.out);
    ASSERT_EQ(entries.size(), 4u);  // three imports and the export
    for (std::size_t i = 0; i < entries.size(); ++i) {
        EXPECT_EQ(entries[i]["seq"], i + 1);
        for (const char* key : {"at", "user", "workstation", "action", "object", "hash"})
            EXPECT_FALSE(entries[i][key].get<std::string>().empty()) << key;
    }
    EXPECT_EQ(entries[3]["action"], "export");
    EXPECT_EQ(entries[3]["object"], "patient:1");
    EXPECT_FALSE(entries[3]["details"]["deidentified"].get<bool>());
}

TEST_F(AuditCliTest, ListFiltersByActionAndDate) {
    EXPECT_EQ(jsonLines(runCli("audit list --action import --store " + store(), dir).out).size(),
              3u);
    EXPECT_EQ(
        jsonLines(
            runCli("audit list --action export --since 2000-01-01 --store " + store(), dir).out)
            .size(),
        1u);
    EXPECT_EQ(jsonLines(runCli("audit list --since 2999-01-01 --store " + store(), dir).out).size(),
              0u);
    EXPECT_EQ(runCli("audit list --action frobnicate --store " + store(), dir).status, 2);
}

TEST_F(AuditCliTest, VerifyPassesAnUntouchedTrail) {
    const auto run = runCli("audit verify --store " + store(), dir);
    ASSERT_EQ(run.status, 0) << run.err;
    const auto doc = nlohmann::json::parse(run.out);
    EXPECT_TRUE(doc["intact"].get<bool>());
    EXPECT_EQ(doc["entries"], 4);
}

TEST_F(AuditCliTest, VerifyNamesTheFirstAlteredEntry) {
    tamper("UPDATE audit_log SET object = 'patient:99' WHERE seq = 2");
    const auto run = runCli("audit verify --store " + store(), dir);
    EXPECT_EQ(run.status, 1);
    EXPECT_NE(run.err.find("audit entry 2"), std::string::npos) << run.err;
    const auto doc = nlohmann::json::parse(run.out);
    EXPECT_FALSE(doc["intact"].get<bool>());
    EXPECT_EQ(doc["first_broken_seq"], 2);
}

TEST_F(AuditCliTest, VerifyFindsARemovedEntry) {
    tamper("DELETE FROM audit_log WHERE seq = 1");
    const auto run = runCli("audit verify --store " + store(), dir);
    EXPECT_EQ(run.status, 1);
    EXPECT_EQ(nlohmann::json::parse(run.out)["first_broken_seq"], 2);
}

TEST_F(AuditCliTest, ABackupFromTheCommandLineIsRecorded) {
    const auto run = runCli("backup --store " + store() + " " + shellQuote((dir / "bk").string()), dir);
    ASSERT_EQ(run.status, 0) << run.err;
    EXPECT_TRUE(nlohmann::json::parse(run.out)["audited"].get<bool>());
    const auto backups =
        jsonLines(runCli("audit list --action backup --store " + store(), dir).out);
    ASSERT_EQ(backups.size(), 1u);
    EXPECT_NE(backups[0]["details"]["target"].get<std::string>().find("bk"), std::string::npos);
    EXPECT_EQ(runCli("audit verify --store " + store(), dir).status, 0);
}

}  // namespace
}  // namespace dermalens::test
