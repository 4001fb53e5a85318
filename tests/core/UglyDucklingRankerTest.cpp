#include "dermalens/ranking/UglyDucklingRanker.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <random>

#include <gtest/gtest.h>

namespace dermalens {
namespace {

using Embeddings = std::vector<std::vector<float>>;

// `n` points scattered a little around one direction, in `dim` dimensions.
Embeddings cluster(int n, int dim, unsigned seed, float spread = 0.05f) {
    std::mt19937 rng(seed);
    std::normal_distribution<float> noise(0.0f, spread);
    Embeddings out;
    for (int i = 0; i < n; ++i) {
        std::vector<float> e(dim, 1.0f);
        for (auto& v : e) v += noise(rng);
        out.push_back(e);
    }
    return out;
}

std::vector<float> farAway(int dim) {
    std::vector<float> e(dim, 0.0f);
    for (int k = 0; k < dim; k += 2) e[k] = 1.0f;  // a different direction
    return e;
}

TEST(UglyDucklingRanker, PlantedOutlierRanksFirstAndIsFlagged) {
    auto emb = cluster(20, 16, 1);
    emb.insert(emb.begin() + 7, farAway(16));
    const auto r = UglyDucklingRanker{}.rank(emb);
    ASSERT_TRUE(r) << r.error().message();
    EXPECT_EQ(r->ranks[7], 1);
    EXPECT_EQ(r->order.front(), 7);
    EXPECT_TRUE(r->outlier[7]);
    int flagged = 0;
    for (bool o : r->outlier) flagged += o ? 1 : 0;
    EXPECT_EQ(flagged, 1) << "only the planted lesion should be an outlier";
    EXPECT_GT(r->z_scores[7], 3.0f);
}

TEST(UglyDucklingRanker, TwoLesionsTie) {
    const auto r = UglyDucklingRanker{}.rank({{1, 0, 0}, {0, 1, 0}});
    ASSERT_TRUE(r) << r.error().message();
    EXPECT_FLOAT_EQ(r->z_scores[0], 0.0f);
    EXPECT_FLOAT_EQ(r->z_scores[1], 0.0f);
    EXPECT_FLOAT_EQ(r->raw_scores[0], r->raw_scores[1]);
    EXPECT_EQ(r->ranks, (std::vector<int>{1, 2}));  // ties keep input order
    EXPECT_FALSE(r->outlier[0]);
    EXPECT_FALSE(r->outlier[1]);
}

TEST(UglyDucklingRanker, ThreeLesionsOddOneOutFirst) {
    const auto r = UglyDucklingRanker{}.rank({{1, 0.1f, 0}, {0, 0, 1}, {1, 0, 0.1f}});
    ASSERT_TRUE(r) << r.error().message();
    EXPECT_EQ(r->order.front(), 1);
    EXPECT_EQ(r->ranks[1], 1);
    EXPECT_GT(r->raw_scores[1], r->raw_scores[0]);
    EXPECT_GT(r->raw_scores[1], r->raw_scores[2]);
}

TEST(UglyDucklingRanker, RawScoreIsCosineDistanceToNearestNeighbour) {
    // n = 3 -> k = round(sqrt(2)) = 1. Lesion 1 is orthogonal to both others: distance 1.
    const auto r = UglyDucklingRanker{}.rank({{1, 0}, {0, 1}, {1, 0}});
    ASSERT_TRUE(r) << r.error().message();
    EXPECT_NEAR(r->raw_scores[0], 0.0f, 1e-6);
    EXPECT_NEAR(r->raw_scores[1], 1.0f, 1e-6);
    EXPECT_NEAR(r->raw_scores[2], 0.0f, 1e-6);
}

TEST(UglyDucklingRanker, InvariantToEmbeddingScale) {
    auto emb = cluster(12, 8, 2);
    emb.push_back(farAway(8));
    auto scaled = emb;
    for (std::size_t i = 0; i < scaled.size(); ++i)
        for (auto& v : scaled[i]) v *= (i % 2 == 0 ? 1000.0f : 0.001f);
    const auto a = UglyDucklingRanker{}.rank(emb);
    const auto b = UglyDucklingRanker{}.rank(scaled);
    ASSERT_TRUE(a && b);
    EXPECT_EQ(a->ranks, b->ranks);
    for (std::size_t i = 0; i < emb.size(); ++i) EXPECT_NEAR(a->z_scores[i], b->z_scores[i], 1e-3);
}

TEST(UglyDucklingRanker, IdenticalLesionsDoNotExplode) {
    const auto r = UglyDucklingRanker{}.rank(Embeddings(6, std::vector<float>{0.3f, 0.4f}));
    ASSERT_TRUE(r) << r.error().message();
    for (float z : r->z_scores) EXPECT_TRUE(std::isfinite(z));
    for (bool o : r->outlier) EXPECT_FALSE(o);
}

TEST(UglyDucklingRanker, ZeroEmbeddingIsFarFromTheRest) {
    auto emb = cluster(8, 4, 3);
    emb.push_back({0, 0, 0, 0});
    const auto r = UglyDucklingRanker{}.rank(emb);
    ASSERT_TRUE(r) << r.error().message();
    EXPECT_EQ(r->order.front(), 8);
}

TEST(UglyDucklingRanker, RejectsInvalidInput) {
    const UglyDucklingRanker ranker;
    EXPECT_FALSE(ranker.rank({}));
    const auto one = ranker.rank({{1, 2}});
    ASSERT_FALSE(one);
    EXPECT_EQ(one.error().code, ErrorCode::InvalidArgument);
    EXPECT_NE(one.error().reason.find("at least 2"), std::string::npos);
    EXPECT_FALSE(ranker.rank({{1, 2}, {1, 2, 3}}));
    EXPECT_FALSE(ranker.rank({{}, {}}));
    EXPECT_FALSE(ranker.rank({{1, std::numeric_limits<float>::quiet_NaN()}, {1, 2}}));
    const auto inf = ranker.rank({{1, 2}, {std::numeric_limits<float>::infinity(), 2}});
    ASSERT_FALSE(inf);
    EXPECT_NE(inf.error().reason.find("lesion 2"), std::string::npos);
}

TEST(UglyDucklingRanker, SeveralHundredLesions) {
    auto emb = cluster(300, 64, 4, 0.1f);
    emb[123] = farAway(64);
    const auto r = UglyDucklingRanker{}.rank(emb);
    ASSERT_TRUE(r) << r.error().message();
    ASSERT_EQ(r->ranks.size(), 300u);
    EXPECT_EQ(r->order.front(), 123);
    std::vector<int> sorted = r->ranks;
    std::sort(sorted.begin(), sorted.end());
    for (int i = 0; i < 300; ++i) EXPECT_EQ(sorted[i], i + 1);
    for (std::size_t i = 1; i < r->order.size(); ++i)
        EXPECT_GE(r->z_scores[r->order[i - 1]], r->z_scores[r->order[i]]);
}

TEST(UglyDucklingRanker, OutlierThresholdIsConfigurable) {
    auto emb = cluster(20, 16, 5);
    emb.push_back(farAway(16));
    const auto r = UglyDucklingRanker{{5, 1e9f}}.rank(emb);
    ASSERT_TRUE(r);
    for (bool o : r->outlier) EXPECT_FALSE(o);
}

}  // namespace
}  // namespace dermalens
