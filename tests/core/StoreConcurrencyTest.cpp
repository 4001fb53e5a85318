// Two connections on one store (WAL), read-only opens, locks, and the online backup.
#include "dermalens/store/Store.h"

#include <gtest/gtest.h>

#include <chrono>
#include <iomanip>
#include <sstream>

#include "TestPaths.h"

namespace dermalens {
namespace {

namespace fs = std::filesystem;

ImageId fakeId(int n) {
    std::ostringstream hex;
    hex << std::hex << std::setw(64) << std::setfill('0') << n;
    return *ImageId::fromHex(hex.str());
}

class StoreConcurrencyTest : public ::testing::Test {
protected:
    void SetUp() override {
        auto opened = Store::open(dir_.path() / "store");
        ASSERT_TRUE(opened) << opened.error().message();
        store_.emplace(std::move(*opened));
        patient_ = *store_->addPatient({.name = "Committed"});
        const auto lesion = *store_->addLesion({.patient = patient_});
        ImageEntry e{.id = fakeId(1), .lesion = lesion, .managed_path = "images/1.png"};
        ASSERT_TRUE(store_->addImage(e));
        AnalysisRecord a{.image = e.id};
        a.prediction.embedding = {1.5f, -2.5f, 1e-30f};
        ASSERT_TRUE(store_->addAnalysis(a));
    }
    Store second(const StoreOptions& options = {}) const {
        auto opened = Store::open(dir_.path() / "store", options);
        EXPECT_TRUE(opened) << opened.error().message();
        return std::move(*opened);
    }
    test::TempDir dir_{"dermalens-concurrency"};
    std::optional<Store> store_;
    PatientId patient_;
};

TEST_F(StoreConcurrencyTest, ReaderSeesOnlyCommittedRowsWhileAWriterWorks) {
    Store reader = second();
    ASSERT_TRUE(store_->transaction([&]() -> Result<void> {
        EXPECT_TRUE(store_->addPatient({.name = "Uncommitted"}));
        EXPECT_EQ(*store_->patientCount(), 2u);  // the writer sees its own row
        const auto seen = reader.patients();
        EXPECT_TRUE(seen) << seen.error().message();  // not blocked by the writer
        if (seen) {
            EXPECT_EQ(seen->size(), 1u);
            EXPECT_EQ(seen->front().name, "Committed");
        }
        return {};
    }));
    EXPECT_EQ(*reader.patientCount(), 2u);
}

TEST_F(StoreConcurrencyTest, SecondWriterGetsALockedErrorAfterTheTimeout) {
    Store writer = second({.busy_timeout_ms = 100});
    const auto started = std::chrono::steady_clock::now();
    Result<PatientId> blocked = PatientId();
    ASSERT_TRUE(store_->transaction([&]() -> Result<void> {
        EXPECT_TRUE(store_->addPatient({.name = "Holder"}));
        blocked = writer.addPatient({.name = "Waiter"});
        return {};
    }));
    const auto waited = std::chrono::steady_clock::now() - started;
    ASSERT_FALSE(blocked);
    EXPECT_EQ(blocked.error().code, ErrorCode::Unreadable);
    EXPECT_EQ(blocked.error().file, store_->databasePath().string());
    EXPECT_NE(blocked.error().reason.find("store is locked by another process"),
              std::string::npos)
        << blocked.error().reason;
    EXPECT_NE(blocked.error().reason.find("add a patient"), std::string::npos);
    EXPECT_GE(waited, std::chrono::milliseconds(90));
    EXPECT_TRUE(writer.addPatient({.name = "After"}));  // the lock is gone
}

TEST_F(StoreConcurrencyTest, ReadOnlyStoreReadsButRefusesWrites) {
    Store reader = second({.read_only = true});
    EXPECT_EQ(reader.patient(patient_)->name, "Committed");
    EXPECT_EQ(*reader.imageCount(), 1u);
    const auto added = reader.addPatient({.name = "Nope"});
    ASSERT_FALSE(added);
    EXPECT_EQ(added.error().file, store_->databasePath().string());
    EXPECT_NE(added.error().reason.find("store is read-only"), std::string::npos)
        << added.error().reason;
    EXPECT_FALSE(reader.markOpened(patient_));
    EXPECT_FALSE(reader.deletePatient(patient_));
    const auto transaction = reader.transaction([] { return Result<void>{}; });
    EXPECT_FALSE(transaction);
    EXPECT_EQ(*store_->patientCount(), 1u);
    EXPECT_EQ(*store_->imageCount(), 1u);
}

TEST_F(StoreConcurrencyTest, BackupHoldsTheCommittedRows) {
    const fs::path target = dir_.path() / "backup" / Store::kDatabaseFile;
    Store writer = second();
    ASSERT_TRUE(writer.transaction([&]() -> Result<void> {
        EXPECT_TRUE(writer.addPatient({.name = "Not yet committed"}));
        const auto backup = store_->backupDatabase(target);
        EXPECT_TRUE(backup) << backup.error().message();
        return {};
    }));
    auto copy = Store::open(target.parent_path());
    ASSERT_TRUE(copy) << copy.error().message();
    EXPECT_EQ(copy->integrityCheck().value(), std::vector<std::string>{"ok"});
    const auto patients = *copy->patients();
    ASSERT_EQ(patients.size(), 1u);
    EXPECT_EQ(patients[0].name, "Committed");
    EXPECT_EQ(copy->image(fakeId(1))->managed_path, "images/1.png");
    const auto analysis = copy->latestAnalysis(fakeId(1)).value();
    ASSERT_TRUE(analysis);
    EXPECT_EQ(analysis->prediction.embedding, (std::vector<float>{1.5f, -2.5f, 1e-30f}));
    const auto onto = store_->backupDatabase(store_->databasePath());
    ASSERT_FALSE(onto);
    EXPECT_EQ(onto.error().code, ErrorCode::InvalidArgument);
}

TEST_F(StoreConcurrencyTest, IntegrityCheckOfAHealthyStoreIsOk) {
    EXPECT_EQ(store_->integrityCheck().value(), std::vector<std::string>{"ok"});
}

}  // namespace
}  // namespace dermalens
