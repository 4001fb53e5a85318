// The audit trail: hash-chained, append-only, filterable, tamper-evident, and fed by the
// Workspace operations that matter.
#include <gtest/gtest.h>
#include <sqlite3.h>

#include <regex>
#include <thread>

#include "SyntheticImages.h"
#include "TestPaths.h"
#include "dermalens/store/Store.h"
#include "dermalens/workspace/Workspace.h"

namespace dermalens::test {
namespace {
namespace fs = std::filesystem;

// What an attacker with file access does: open the database with SQLite itself.
class RawDatabase {
public:
    explicit RawDatabase(const fs::path& file) {
        EXPECT_EQ(sqlite3_open(file.c_str(), &db_), SQLITE_OK);
    }
    ~RawDatabase() { sqlite3_close(db_); }
    bool exec(const std::string& sql) {
        char* error = nullptr;
        const bool ok = sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, &error) == SQLITE_OK;
        sqlite3_free(error);
        return ok;
    }

private:
    sqlite3* db_ = nullptr;
};

class AuditTrailTest : public ::testing::Test {
protected:
    TempDir dir{"dermalens-audit"};
    fs::path store_dir = dir / "store";

    void appendThree() {
        Store s = Store::open(store_dir).value();
        ASSERT_TRUE(s.appendAudit({AuditAction::Open, "patient:1"}).has_value());
        ASSERT_TRUE(
            s.appendAudit({AuditAction::Export, "patient:1", R"({"folder":"/x"})"}).has_value());
        ASSERT_TRUE(s.appendAudit({AuditAction::Delete, "image:ab"}).has_value());
    }
    AuditVerification verify() {
        Store s = Store::open(store_dir, {true}).value();
        return s.verifyAudit().value();
    }
};

TEST_F(AuditTrailTest, EntriesAreChainedAndStamped) {
    appendThree();
    Store s = Store::open(store_dir).value();
    const auto log = s.auditLog().value();
    ASSERT_EQ(log.size(), 3u);
    const std::regex iso(R"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z)");
    const std::regex hex(R"([0-9a-f]{64})");
    EXPECT_EQ(log[0].prev_hash, std::string(64, '0'));
    for (std::size_t i = 0; i < log.size(); ++i) {
        EXPECT_EQ(log[i].seq, static_cast<std::int64_t>(i + 1));
        EXPECT_TRUE(std::regex_match(log[i].at, iso)) << log[i].at;
        EXPECT_TRUE(std::regex_match(log[i].hash, hex));
        EXPECT_FALSE(log[i].user.empty());
        EXPECT_FALSE(log[i].workstation.empty());
        if (i > 0) EXPECT_EQ(log[i].prev_hash, log[i - 1].hash);
    }
    EXPECT_EQ(log[1].action, "export");
    EXPECT_EQ(log[1].details, R"({"folder":"/x"})");
    EXPECT_TRUE(verify().intact);
    EXPECT_EQ(verify().entries, 3u);
}

TEST_F(AuditTrailTest, TheLogRefusesUpdatesAndDeletes) {
    appendThree();
    RawDatabase raw(store_dir / Store::kDatabaseFile);
    EXPECT_FALSE(raw.exec("UPDATE audit_log SET user = 'mallory' WHERE seq = 1"));
    EXPECT_FALSE(raw.exec("DELETE FROM audit_log WHERE seq = 3"));
    EXPECT_TRUE(verify().intact);
}

TEST_F(AuditTrailTest, AnAlteredEntryIsFound) {
    appendThree();
    {
        RawDatabase raw(store_dir / Store::kDatabaseFile);
        ASSERT_TRUE(raw.exec("DROP TRIGGER audit_log_no_update"));
        ASSERT_TRUE(
            raw.exec("UPDATE audit_log SET details = '{\"folder\":\"/elsewhere\"}' WHERE seq = 2"));
    }
    const auto result = verify();
    EXPECT_FALSE(result.intact);
    EXPECT_EQ(result.first_broken_seq, 2);
    EXPECT_NE(result.reason.find("altered"), std::string::npos) << result.reason;
}

TEST_F(AuditTrailTest, ARemovedEntryBreaksTheChainAtTheNext) {
    appendThree();
    {
        RawDatabase raw(store_dir / Store::kDatabaseFile);
        ASSERT_TRUE(raw.exec("DROP TRIGGER audit_log_no_delete"));
        ASSERT_TRUE(raw.exec("DELETE FROM audit_log WHERE seq = 2"));
    }
    const auto result = verify();
    EXPECT_FALSE(result.intact);
    EXPECT_EQ(result.first_broken_seq, 3);
}

TEST_F(AuditTrailTest, AReplacedHashIsFound) {
    appendThree();
    {
        RawDatabase raw(store_dir / Store::kDatabaseFile);
        ASSERT_TRUE(raw.exec("DROP TRIGGER audit_log_no_update"));
        // A new hash for row 2 (anything but the true one): row 3 no longer follows it.
        ASSERT_TRUE(
            raw.exec("UPDATE audit_log SET hash = '" + std::string(64, 'f') + "' WHERE seq = 2"));
    }
    const auto result = verify();
    EXPECT_FALSE(result.intact);
    EXPECT_EQ(result.first_broken_seq, 2);  // its own content no longer matches either
}

TEST_F(AuditTrailTest, FiltersByActionObjectTimeAndCount) {
    appendThree();
    Store s = Store::open(store_dir).value();
    EXPECT_EQ(s.auditLog({"export"}).value().size(), 1u);
    EXPECT_EQ(s.auditLog({"", "", "", "patient:1"}).value().size(), 2u);
    EXPECT_EQ(s.auditLog({"", "2000-01-01"}).value().size(), 3u);
    EXPECT_EQ(s.auditLog({"", "20990101"}).value().size(), 0u);
    EXPECT_EQ(s.auditLog({"", "", "2000-01-01"}).value().size(), 0u);
    AuditFilter limit;
    limit.limit = 2;
    EXPECT_EQ(s.auditLog(limit).value().size(), 2u);
}

TEST_F(AuditTrailTest, TwoWritersNeverForkTheChain) {
    { Store s = Store::open(store_dir).value(); }
    auto writer = [&] {
        Store s = Store::open(store_dir).value();
        for (int i = 0; i < 40; ++i)
            ASSERT_TRUE(s.appendAudit({AuditAction::Open, "patient:2"}).has_value());
    };
    std::thread a(writer), b(writer);
    a.join();
    b.join();
    const auto result = verify();
    EXPECT_TRUE(result.intact) << result.reason;
    EXPECT_EQ(result.entries, 80u);
}

TEST_F(AuditTrailTest, WorkspaceRecordsOpensImportsExportsBackupsAndDeletions) {
    const fs::path src = dir / "src" / "P1" / "L1" / "a.png";
    fs::create_directories(src.parent_path());
    writeRaster(src, makeLesionImage(64, 48, 4), RasterFormat::Png);
    auto ws = Workspace::open(store_dir).value();
    auto plan = ws.planImport({dir / "src"}).value();
    ASSERT_EQ(ws.commitImport(plan).value().imported, 1u);
    const PatientId patient = ws.patients().value().front().record.id;
    ASSERT_TRUE(ws.markOpened(patient).has_value());
    ASSERT_TRUE(ws.exportDicom(patient, dir / "out").has_value());
    ASSERT_TRUE(ws.backup(dir / "backup").has_value());
    ASSERT_TRUE(Workspace::restore(dir / "backup", dir / "restored").has_value());
    ASSERT_TRUE(ws.deletePatient(patient).has_value());
    std::vector<std::string> actions;
    const auto log_entries = ws.auditLog().value();
    for (const auto& e : log_entries) actions.push_back(e.action);
    EXPECT_EQ(actions, (std::vector<std::string>{"import", "open", "export", "backup", "delete"}));
    const auto imported = ws.auditLog({"import"}).value();
    EXPECT_EQ(imported[0].object.rfind("image:", 0), 0u);
    EXPECT_NE(imported[0].details.find("a.png"), std::string::npos);
    EXPECT_TRUE(ws.verifyAudit().value().intact);
    // The restored store carries the log up to the backup, then its own restore entry.
    auto restored = Workspace::open(dir / "restored").value();
    const auto log = restored.auditLog().value();
    ASSERT_FALSE(log.empty());
    EXPECT_EQ(log.back().action, "restore");
    EXPECT_TRUE(restored.verifyAudit().value().intact);
}

TEST_F(AuditTrailTest, AnAnalysisIsRecordedWithTheModel) {
    const auto model = tinyModelsDir() / "tiny";
    DERMALENS_REQUIRE_DIR(model, "the tiny test model (ctest -R make_tiny_models)");
    const fs::path src = dir / "src" / "P1" / "L1" / "a.png";
    fs::create_directories(src.parent_path());
    writeRaster(src, makeLesionImage(64, 48, 5), RasterFormat::Png);
    auto ws = Workspace::open(store_dir).value();
    ASSERT_EQ(ws.commitImport(ws.planImport({dir / "src"}).value()).value().imported, 1u);
    ClassifierConfig config;
    config.device = Device::Cpu;
    config.threads = 1;
    ASSERT_TRUE(ws.loadModel(model, config).has_value());
    ASSERT_EQ(ws.analyse(ws.needingAnalysis().value()).value().analysed, 1u);
    const auto analysed = ws.auditLog({"analyse"}).value();
    ASSERT_EQ(analysed.size(), 1u);
    EXPECT_NE(analysed[0].details.find(ws.modelIdentity()->sha256), std::string::npos);
}

TEST_F(AuditTrailTest, AFindingIsRecordedWithTheDecisionAndTheClinician) {
    const fs::path src = dir / "src" / "P1" / "L1" / "a.png";
    fs::create_directories(src.parent_path());
    writeRaster(src, makeLesionImage(64, 48, 5), RasterFormat::Png);
    auto ws = Workspace::open(store_dir).value();
    ASSERT_EQ(ws.commitImport(ws.planImport({dir / "src"}).value()).value().imported, 1u);
    const auto patient = ws.patients().value().at(0).record.id;
    const auto tree = ws.patient(patient).value();
    const auto& lesion = tree.lesions.at(0);
    Finding finding;
    finding.image = lesion.images.at(0).image_id;
    finding.structures.blue_whitish_veil = PresenceFinding::Present;  // 2 points
    finding.management.decision = ManagementDecision::Excise;
    finding.clinician = "Dr. Ахметова";
    finding.agreement = AiAgreement::Disagree;
    ASSERT_TRUE(ws.recordFinding(finding).has_value());
    const auto logged = ws.auditLog({"finding"}).value();
    ASSERT_EQ(logged.size(), 1u);
    EXPECT_EQ(logged[0].object, "lesion:" + std::to_string(lesion.lesion_id.value()));
    for (const char* part : {"\"decision\":\"excise\"", "\"ai\":\"disagree\"", "\"seven_point\":2", "Ахметова"})
        EXPECT_NE(logged[0].details.find(part), std::string::npos) << part << " in " << logged[0].details;
    EXPECT_TRUE(ws.verifyAudit().value().intact);
}

}  // namespace
}  // namespace dermalens::test
