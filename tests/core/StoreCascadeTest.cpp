// Deletions cascade and report the managed files; transactions commit or roll back whole.
#include "dermalens/store/Store.h"

#include <gtest/gtest.h>
#include <sqlite3.h>

#include <algorithm>
#include <iomanip>
#include <sstream>
#include <stdexcept>

#include "TestPaths.h"

namespace dermalens {
namespace {

ImageId fakeId(int n) {
    std::ostringstream hex;
    hex << std::hex << std::setw(64) << std::setfill('0') << n;
    return *ImageId::fromHex(hex.str());
}

// A second, plain connection: for rows the Store has no API for yet (findings) and for
// counting what is left behind the Store's back.
class RawDb {
public:
    explicit RawDb(const std::filesystem::path& file) {
        if (sqlite3_open(file.string().c_str(), &db_) != SQLITE_OK) ADD_FAILURE() << file;
    }
    ~RawDb() { sqlite3_close(db_); }
    void exec(const std::string& sql) {
        char* message = nullptr;
        if (sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, &message) != SQLITE_OK)
            ADD_FAILURE() << sql << ": " << (message ? message : "?");
        sqlite3_free(message);
    }
    long count(const std::string& table) {
        sqlite3_stmt* st = nullptr;
        long n = -1;
        if (sqlite3_prepare_v2(db_, ("SELECT count(*) FROM " + table).c_str(), -1, &st,
                               nullptr) == SQLITE_OK &&
            sqlite3_step(st) == SQLITE_ROW)
            n = sqlite3_column_int64(st, 0);
        sqlite3_finalize(st);
        return n;
    }

private:
    sqlite3* db_ = nullptr;
};

class StoreCascadeTest : public ::testing::Test {
protected:
    void SetUp() override {
        auto opened = Store::open(dir_.path());
        ASSERT_TRUE(opened) << opened.error().message();
        store_.emplace(std::move(*opened));
    }
    // A patient with two lesions, one visit, `images` images each analysed and calibrated,
    // and a finding on the first lesion. Image ids start at `first`.
    PatientId populate(int first, int images) {
        const auto patient = *store_->addPatient({.name = "P" + std::to_string(first)});
        const LesionId lesions[] = {*store_->addLesion({.patient = patient}),
                                    *store_->addLesion({.patient = patient})};
        const auto visit = *store_->addVisit({.patient = patient, .date = "20240101"});
        for (int i = 0; i < images; ++i) {
            ImageEntry e{.id = fakeId(first + i), .lesion = lesions[i % 2], .visit = visit};
            e.managed_path = "images/" + e.id.shortHex() + ".png";
            EXPECT_TRUE(store_->addImage(e));
            EXPECT_TRUE(store_->addAnalysis({.image = e.id}));
            EXPECT_TRUE(store_->setCalibration({e.id, 0.1, "ruler", {}}));
        }
        RawDb(store_->databasePath())
            .exec("INSERT INTO findings (visit_id, lesion_id, data, created_at) VALUES (" +
                  std::to_string(visit.value()) + ", " + std::to_string(lesions[0].value()) +
                  ", '{\"note\":\"x\"}', 'now')");
        return patient;
    }
    std::string path(int n) const { return "images/" + fakeId(n).shortHex() + ".png"; }

    test::TempDir dir_{"dermalens-cascade"};
    std::optional<Store> store_;
};

TEST_F(StoreCascadeTest, DeletePatientRemovesEverythingAndReturnsPaths) {
    const auto doomed = populate(1, 3);
    const auto kept = populate(100, 2);
    auto removed = store_->deletePatient(doomed);
    ASSERT_TRUE(removed) << removed.error().message();
    std::sort(removed->begin(), removed->end());
    std::vector<std::string> expected{path(1), path(2), path(3)};
    std::sort(expected.begin(), expected.end());
    EXPECT_EQ(*removed, expected);
    RawDb raw(store_->databasePath());
    EXPECT_EQ(raw.count("patients"), 1);
    EXPECT_EQ(raw.count("lesions"), 2);
    EXPECT_EQ(raw.count("visits"), 1);
    EXPECT_EQ(raw.count("images"), 2);
    EXPECT_EQ(raw.count("analyses"), 2);
    EXPECT_EQ(raw.count("calibrations"), 2);
    EXPECT_EQ(raw.count("findings"), 1);
    EXPECT_EQ(raw.count("pragma_foreign_key_check"), 0);
    EXPECT_EQ(store_->imagesOfPatient(kept)->size(), 2u);
    EXPECT_EQ(store_->integrityCheck().value(), std::vector<std::string>{"ok"});
    const auto again = store_->deletePatient(doomed);
    ASSERT_FALSE(again);
    EXPECT_EQ(again.error().code, ErrorCode::NotFound);
}

TEST_F(StoreCascadeTest, DeleteLesionAndImage) {
    const auto patient = populate(1, 4);  // images 1, 3 on the first lesion; 2, 4 on the second
    const auto lesions = *store_->lesions(patient);
    auto removed = *store_->deleteLesion(lesions[1].id);
    EXPECT_EQ(removed, (std::vector<std::string>{path(2), path(4)}));
    EXPECT_EQ(*store_->imageCount(), 2u);
    EXPECT_FALSE(store_->latestAnalysis(fakeId(2)).value());
    EXPECT_FALSE(store_->calibration(fakeId(2)).value());
    EXPECT_EQ(*store_->deleteImage(fakeId(3)), std::vector<std::string>{path(3)});
    EXPECT_FALSE(store_->findImage(fakeId(3)).value());
    EXPECT_EQ(store_->deleteImage(fakeId(3)).error().code, ErrorCode::NotFound);
    EXPECT_EQ(store_->deleteLesion(LesionId(999)).error().code, ErrorCode::NotFound);
    RawDb raw(store_->databasePath());
    EXPECT_EQ(raw.count("analyses"), 1);
    EXPECT_EQ(raw.count("calibrations"), 1);
    EXPECT_EQ(raw.count("findings"), 1);  // it was on the first lesion
    EXPECT_EQ(store_->integrityCheck().value(), std::vector<std::string>{"ok"});
}

TEST_F(StoreCascadeTest, PruneKeepsLesionsWithFindings) {
    const auto patient = populate(1, 2);
    ASSERT_TRUE(store_->deleteImage(fakeId(1)));  // the first lesion, which has the finding
    ASSERT_TRUE(store_->deleteImage(fakeId(2)));
    ASSERT_TRUE(store_->pruneEmpty(patient));
    EXPECT_EQ(store_->lesions(patient)->size(), 1u);
    EXPECT_EQ(store_->visits(patient)->size(), 1u);
}

TEST_F(StoreCascadeTest, IntegrityCheckReportsOrphans) {
    populate(1, 1);
    {
        RawDb raw(store_->databasePath());
        raw.exec("PRAGMA foreign_keys = OFF; DELETE FROM lesions;");
    }
    const auto problems = store_->integrityCheck();
    ASSERT_TRUE(problems) << problems.error().message();
    ASSERT_FALSE(problems->empty());
    EXPECT_NE(problems->front(), "ok");
    EXPECT_TRUE(std::any_of(problems->begin(), problems->end(), [](const std::string& p) {
        return p.find("table images") != std::string::npos;
    })) << problems->front();
}

TEST_F(StoreCascadeTest, TransactionCommitsOrRollsBackWhole) {
    ASSERT_TRUE(store_->transaction([&]() -> Result<void> {
        EXPECT_TRUE(store_->addPatient({.name = "committed"}));
        return {};
    }));
    EXPECT_EQ(*store_->patientCount(), 1u);

    const auto failed = store_->transaction([&]() -> Result<void> {
        EXPECT_TRUE(store_->addPatient({.name = "rolled back"}));
        return fail(ErrorCode::Cancelled, "", "the user cancelled the import");
    });
    ASSERT_FALSE(failed);
    EXPECT_EQ(failed.error().code, ErrorCode::Cancelled);
    EXPECT_EQ(*store_->patientCount(), 1u);

    const auto threw = store_->transaction([&]() -> Result<void> {
        EXPECT_TRUE(store_->addPatient({.name = "rolled back too"}));
        throw std::runtime_error("boom");
    });
    ASSERT_FALSE(threw);
    EXPECT_EQ(threw.error().code, ErrorCode::Internal);
    EXPECT_NE(threw.error().reason.find("boom"), std::string::npos);
    EXPECT_EQ(*store_->patientCount(), 1u);
}

TEST_F(StoreCascadeTest, FailedStepInsideATransactionRollsBackOnlyItself) {
    const auto patient = populate(1, 1);
    const auto lesion = store_->lesions(patient)->front().id;
    ASSERT_TRUE(store_->transaction([&]() -> Result<void> {
        EXPECT_TRUE(store_->addImage({.id = fakeId(50), .lesion = lesion, .managed_path = "a"}));
        EXPECT_FALSE(store_->addImage({.id = fakeId(1), .lesion = lesion, .managed_path = "b"}));
        return {};
    }));
    EXPECT_TRUE(store_->findImage(fakeId(50)).value());
    const auto rolled = store_->transaction([&]() -> Result<void> {
        auto removed = store_->deletePatient(patient);  // nested: a savepoint
        EXPECT_TRUE(removed);
        return fail(ErrorCode::Cancelled, "", "changed my mind");
    });
    ASSERT_FALSE(rolled);
    EXPECT_EQ(store_->imagesOfPatient(patient)->size(), 2u);
    EXPECT_EQ(*store_->patientCount(), 1u);
}

}  // namespace
}  // namespace dermalens
