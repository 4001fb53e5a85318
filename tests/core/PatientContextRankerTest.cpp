#include "dermalens/ranking/PatientContextRanker.h"

#include <cmath>
#include <limits>
#include <random>

#include <gtest/gtest.h>

namespace dermalens {
namespace {

using Inputs = std::vector<PatientContextInput>;

// `n` look-alike lesions: embeddings scattered a little around one direction, malignant
// probabilities spread between `low` and `high`.
Inputs lookAlikes(int n, unsigned seed, float low = 0.02f, float high = 0.10f) {
    std::mt19937 rng(seed);
    std::normal_distribution<float> noise(0.0f, 0.05f);
    std::uniform_real_distribution<float> probability(low, high);
    Inputs out;
    for (int i = 0; i < n; ++i) {
        std::vector<float> e(16, 1.0f);
        for (auto& v : e) v += noise(rng);
        out.push_back({probability(rng), e});
    }
    return out;
}

std::vector<float> otherDirection() {
    std::vector<float> e(16, 0.0f);
    for (int k = 0; k < 16; k += 2) e[k] = 1.0f;
    return e;
}

TEST(PatientContextRanker, OddSuspiciousLesionRanksFirstAndIsFlagged) {
    auto lesions = lookAlikes(15, 1);
    lesions.insert(lesions.begin() + 6, PatientContextInput{0.95f, otherDirection()});
    const auto r = PatientContextRanker{}.rank(lesions);
    ASSERT_TRUE(r) << r.error().message();
    EXPECT_EQ(r->order.front(), 6);
    EXPECT_EQ(r->lesions[6].rank, 1);
    EXPECT_TRUE(r->lesions[6].flagged);
    EXPECT_GT(r->lesions[6].evidence_z, 3.0f);
    EXPECT_GT(r->lesions[6].outlier_z, 3.0f);
    for (std::size_t i = 0; i < lesions.size(); ++i)
        if (i != 6) EXPECT_FALSE(r->lesions[i].flagged) << "only rank 1 may be flagged";
}

TEST(PatientContextRanker, AllLookAlikeBenignPatientGetsNoFlag) {
    for (unsigned seed = 1; seed <= 20; ++seed) {
        const auto r = PatientContextRanker{}.rank(lookAlikes(12, seed));
        ASSERT_TRUE(r) << r.error().message();
        for (const auto& s : r->lesions) EXPECT_FALSE(s.flagged) << "seed " << seed;
    }
}

TEST(PatientContextRanker, OddButBenignLookingLesionIsNotFlagged) {
    // Unusual in appearance, but the model sees no malignant evidence: ranked high, no flag.
    auto lesions = lookAlikes(10, 3);
    lesions.push_back({0.05f, otherDirection()});
    const auto r = PatientContextRanker{}.rank(lesions);
    ASSERT_TRUE(r) << r.error().message();
    EXPECT_GT(r->lesions.back().outlier_z, 3.0f);
    EXPECT_FALSE(r->lesions[r->order.front()].flagged);
}

TEST(PatientContextRanker, EvidenceIsRelativeToThePatientsBaseline) {
    // The same 0.4 stands out more among clearly benign lesions than among borderline ones.
    auto calm = lookAlikes(10, 4, 0.01f, 0.03f);
    auto borderline = lookAlikes(10, 4, 0.1f, 0.6f);
    calm.push_back({0.4f, calm.front().embedding});
    borderline.push_back({0.4f, borderline.front().embedding});
    const auto a = PatientContextRanker{}.rank(calm);
    const auto b = PatientContextRanker{}.rank(borderline);
    ASSERT_TRUE(a && b);
    EXPECT_GT(a->lesions.back().evidence_z, 2 * b->lesions.back().evidence_z);
    EXPECT_NEAR(a->lesions.back().evidence, std::log(0.4 / 0.6), 1e-5);
    EXPECT_EQ(a->lesions.back().rank, 1);
}

TEST(PatientContextRanker, WithoutOutlierWeightItIsTheProbabilitySort) {
    PatientContextConfig config;
    config.outlier_weight = 0;
    auto lesions = lookAlikes(9, 5, 0.01f, 0.9f);
    lesions.push_back({0.001f, otherDirection()});  // very odd, very benign
    const auto r = PatientContextRanker(config).rank(lesions);
    ASSERT_TRUE(r) << r.error().message();
    for (std::size_t k = 1; k < r->order.size(); ++k)
        EXPECT_GE(lesions[r->order[k - 1]].malignant_probability,
                  lesions[r->order[k]].malignant_probability);
    EXPECT_EQ(r->order.back(), 9);
}

TEST(PatientContextRanker, NearestFarthestAndClusters) {
    // Two tight groups, {0, 2, 3} along x and {1, 4} along y.
    const Inputs lesions{
        {0.1f, {1, 0.03f}}, {0.1f, {0.02f, 1}}, {0.1f, {1, 0}}, {0.1f, {1, 0.1f}}, {0.1f, {0, 1}}};
    const auto r = PatientContextRanker{}.rank(lesions);
    ASSERT_TRUE(r) << r.error().message();
    EXPECT_EQ(r->lesions[0].nearest, 2);  // 1.7 degrees apart; lesion 3 is 4.0 degrees away
    EXPECT_EQ(r->lesions[1].nearest, 4);
    EXPECT_EQ(r->lesions[4].nearest, 1);
    EXPECT_EQ(r->lesions[2].farthest, 4);  // orthogonal: distance 1
    EXPECT_NEAR(r->lesions[2].farthest_distance, 1.0f, 1e-6);
    EXPECT_EQ(r->lesions[3].nearest, 0);
    EXPECT_LT(r->lesions[0].nearest_distance, r->lesions[0].farthest_distance);
    EXPECT_EQ(r->lesions[0].cluster, 0);
    EXPECT_EQ(r->lesions[2].cluster, 0);
    EXPECT_EQ(r->lesions[3].cluster, 0);
    EXPECT_EQ(r->lesions[1].cluster, 1);
    EXPECT_EQ(r->lesions[4].cluster, 1);
    for (std::size_t i = 0; i < lesions.size(); ++i) {
        EXPECT_NE(r->lesions[i].nearest, static_cast<int>(i));
        EXPECT_NE(r->lesions[i].farthest, static_cast<int>(i));
    }
}

TEST(PatientContextRanker, RanksArePermutationAndDeterministic) {
    const auto lesions = lookAlikes(20, 6, 0.01f, 0.9f);
    const auto a = PatientContextRanker{}.rank(lesions);
    const auto b = PatientContextRanker{}.rank(lesions);
    ASSERT_TRUE(a && b);
    std::vector<bool> seen(lesions.size(), false);
    for (std::size_t r = 0; r < a->order.size(); ++r) {
        const auto i = static_cast<std::size_t>(a->order[r]);
        EXPECT_FALSE(seen[i]);
        seen[i] = true;
        EXPECT_EQ(a->lesions[i].rank, static_cast<int>(r) + 1);
        if (r > 0) EXPECT_GE(a->lesions[a->order[r - 1]].score, a->lesions[i].score);
    }
    EXPECT_EQ(a->order, b->order);
}

TEST(PatientContextRanker, InvalidInputIsRejected) {
    const PatientContextRanker ranker;
    const std::vector<float> e{1, 0, 0};
    EXPECT_FALSE(ranker.rank({}));
    EXPECT_FALSE(ranker.rank({{0.5f, e}}));
    const auto out_of_range = ranker.rank({{0.5f, e}, {1.5f, e}});
    ASSERT_FALSE(out_of_range);
    EXPECT_EQ(out_of_range.error().code, ErrorCode::InvalidArgument);
    EXPECT_NE(out_of_range.error().reason.find("lesion 2"), std::string::npos);
    EXPECT_FALSE(ranker.rank({{std::numeric_limits<float>::quiet_NaN(), e}, {0.1f, e}}));
    EXPECT_FALSE(ranker.rank({{0.5f, e}, {0.1f, {1, 0}}}));  // unequal lengths
    EXPECT_FALSE(ranker.rank({{0.5f, e}, {0.1f, {}}}));      // empty embedding
    EXPECT_FALSE(ranker.rank({{0.5f, e}, {0.1f, {std::numeric_limits<float>::infinity(), 0, 0}}}));
}

TEST(PatientContextRanker, TwoLesionsRankByEvidence) {
    const auto r = PatientContextRanker{}.rank({{0.1f, {1, 0}}, {0.6f, {0, 1}}});
    ASSERT_TRUE(r) << r.error().message();
    EXPECT_EQ(r->order.front(), 1);
    EXPECT_EQ(r->lesions[0].nearest, 1);
    EXPECT_EQ(r->lesions[0].farthest, 1);
}

}  // namespace
}  // namespace dermalens
