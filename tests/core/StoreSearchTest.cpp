// Patient search and the recently opened list.
#include "dermalens/store/Store.h"

#include <gtest/gtest.h>

#include "TestPaths.h"

namespace dermalens {
namespace {

class StoreSearchTest : public ::testing::Test {
protected:
    void SetUp() override {
        auto opened = Store::open(dir_.path());
        ASSERT_TRUE(opened) << opened.error().message();
        store_.emplace(std::move(*opened));
        anna_ = add({.name = "Anna Schmidt", .birth_date = "19700512", .external_id = "MRN-0042"});
        ivan_ = add({.name = "Иванов Иван Петрович", .birth_date = "19851130",
                     .external_id = "PAT-7"});
        bob_ = add({.name = "bob Brown", .birth_date = "20010101", .external_id = "X_1"});
        zed_ = add({.name = "Zed", .external_id = "anna-folder"});
    }
    PatientId add(const PatientRecord& p) { return store_->addPatient(p).value(); }
    std::vector<PatientId> search(const std::string& text) const {
        auto found = store_->patients(text);
        EXPECT_TRUE(found) << found.error().message();
        std::vector<PatientId> ids;
        if (found)
            for (const auto& p : *found) ids.push_back(p.id);
        return ids;
    }
    using Ids = std::vector<PatientId>;

    test::TempDir dir_{"dermalens-search"};
    std::optional<Store> store_;
    PatientId anna_, ivan_, bob_, zed_;
};

TEST_F(StoreSearchTest, EmptySearchListsEveryoneByName) {
    const auto twin = add({.name = "Anna Schmidt"});
    EXPECT_EQ(search(""), (Ids{anna_, twin, bob_, zed_, ivan_}));  // case-insensitive, then id
    EXPECT_EQ(search("   "), search(""));
}

TEST_F(StoreSearchTest, MatchesPartOfNameIgnoringAsciiCase) {
    EXPECT_EQ(search("schm"), Ids{anna_});
    EXPECT_EQ(search("BROWN"), Ids{bob_});
    EXPECT_EQ(search(" anna "), (Ids{anna_, zed_}));  // name or external id
    EXPECT_TRUE(search("nobody").empty());
}

TEST_F(StoreSearchTest, MatchesCyrillicNames) {
    EXPECT_EQ(search("Иван"), Ids{ivan_});
    EXPECT_EQ(search("Петрович"), Ids{ivan_});
}

TEST_F(StoreSearchTest, MatchesExternalId) {
    EXPECT_EQ(search("mrn-00"), Ids{anna_});
    EXPECT_EQ(search("PAT-7"), Ids{ivan_});
}

TEST_F(StoreSearchTest, LikeWildcardsAreLiteral) {
    EXPECT_EQ(search("X_1"), Ids{bob_});
    EXPECT_TRUE(search("A_na").empty());
    EXPECT_TRUE(search("%").empty());
}

TEST_F(StoreSearchTest, MatchesBirthDateInBothForms) {
    EXPECT_EQ(search("19700512"), Ids{anna_});
    EXPECT_EQ(search("1985-11-30"), Ids{ivan_});
    EXPECT_TRUE(search("1985-11-31").empty());
    EXPECT_TRUE(search("2001-01").empty());
}

TEST_F(StoreSearchTest, RecentPatientsNewestFirst) {
    EXPECT_TRUE(store_->recentPatients(10)->empty());
    for (auto id : {anna_, ivan_, bob_, anna_}) ASSERT_TRUE(store_->markOpened(id));
    auto recent = *store_->recentPatients(10);
    ASSERT_EQ(recent.size(), 3u);  // zed_ was never opened
    EXPECT_EQ(recent[0].id, anna_);
    EXPECT_EQ(recent[1].id, bob_);
    EXPECT_EQ(recent[2].id, ivan_);
    EXPECT_LT(recent[1].last_opened_at, recent[0].last_opened_at);
    EXPECT_LT(recent[2].last_opened_at, recent[1].last_opened_at);
    EXPECT_EQ(store_->recentPatients(2)->size(), 2u);
    EXPECT_TRUE(store_->recentPatients(0)->empty());
    EXPECT_FALSE(store_->patient(zed_)->last_opened_at.size());
    const auto missing = store_->markOpened(PatientId(999));
    ASSERT_FALSE(missing);
    EXPECT_EQ(missing.error().code, ErrorCode::NotFound);
}

}  // namespace
}  // namespace dermalens
