#include "dermalens/evaluation/UglyDucklingSimulation.h"

#include <algorithm>
#include <fstream>
#include <numeric>
#include <set>

#include <gtest/gtest.h>

#include "TestPaths.h"
#include "dermalens/evaluation/PredictionCache.h"

namespace dermalens {
namespace {

// A tiny table: 40 naevi the "model" finds benign, 4 melanomas it finds malignant.
std::vector<PooledLesion> tinyPool() {
    std::vector<PooledLesion> pool;
    for (int i = 0; i < 40; ++i)
        pool.push_back(
            {"nv" + std::to_string(i), "nv", false, 0.01f * (i % 10), {}, {1, 0.01f * i}});
    for (int i = 0; i < 4; ++i)
        pool.push_back({"mel" + std::to_string(i), "mel", true, 0.9f + 0.01f * i, {}, {0, 1}});
    return pool;
}

using Patient = std::vector<const PooledLesion*>;

Result<MethodRanking> byProbability(const Patient& p) {
    std::vector<int> order(p.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        return p[a]->malignant_probability > p[b]->malignant_probability;
    });
    return MethodRanking{order, p[order[0]]->malignant_probability >= 0.5f};
}

// The worst possible method: most benign-looking first, always flags.
Result<MethodRanking> backwards(const Patient& p) {
    auto r = byProbability(p);
    std::reverse(r->order.begin(), r->order.end());
    return MethodRanking{r->order, true};
}

TEST(UglyDucklingSimulation, PatientsHaveTheConfiguredShape) {
    const auto pool = tinyPool();
    SimulationConfig config{200, 7, 3, 10, 100, 0};
    const auto patients = simulatePatients(pool, {"mel", {"nv"}, "mel"}, config);
    ASSERT_TRUE(patients) << patients.error().message();
    ASSERT_EQ(patients->size(), 200u);
    std::set<std::size_t> sizes;
    for (const auto& p : *patients) {
        ASSERT_GE(p.malignant, 0);
        EXPECT_EQ(pool[p.lesions[p.malignant]].label, "mel");
        EXPECT_EQ(std::set<int>(p.lesions.begin(), p.lesions.end()).size(), p.lesions.size())
            << "a lesion appears twice in one patient";
        sizes.insert(p.lesions.size());
        EXPECT_GE(p.lesions.size(), 4u);
        EXPECT_LE(p.lesions.size(), 11u);
    }
    EXPECT_EQ(sizes.size(), 8u) << "every N in 3..10 should occur in 200 patients";
    const auto again = simulatePatients(pool, {"mel", {"nv"}, "mel"}, config);
    ASSERT_TRUE(again);
    EXPECT_EQ(again->front().lesions, patients->front().lesions) << "same seed, same patients";
}

TEST(UglyDucklingSimulation, AllBenignPatientsHaveNoMalignantLesion) {
    const auto patients = simulatePatients(tinyPool(), {"benign", {"nv"}, ""}, {50, 1, 3, 30});
    ASSERT_TRUE(patients) << patients.error().message();
    for (const auto& p : *patients) {
        EXPECT_EQ(p.malignant, -1);
        for (int i : p.lesions) EXPECT_EQ(tinyPool()[i].label, "nv");
    }
}

TEST(UglyDucklingSimulation, ScoresMethodsOnTheSamePatients) {
    const std::vector<UglyDucklingScenario> scenarios{{"mel", {"nv"}, "mel"},
                                                      {"benign", {"nv"}, ""}};
    const auto outcomes = runUglyDucklingSimulation(
        tinyPool(), scenarios, {{"probability", byProbability}, {"backwards", backwards}},
        {300, 2, 3, 20, 200, 0});
    ASSERT_TRUE(outcomes) << outcomes.error().message();
    ASSERT_EQ(outcomes->size(), 2u);
    const auto& mel = (*outcomes)[0];
    EXPECT_EQ(mel.distinct_malignant, 4);
    EXPECT_DOUBLE_EQ(mel.methods[0].top1.value, 1.0);
    EXPECT_DOUBLE_EQ(mel.methods[0].top3.value, 1.0);
    EXPECT_DOUBLE_EQ(mel.methods[0].flagged.value, 1.0);
    EXPECT_DOUBLE_EQ(mel.methods[1].top1.value, 0.0);
    EXPECT_DOUBLE_EQ(mel.methods[1].top1_gain.value, -1.0);
    EXPECT_DOUBLE_EQ(mel.methods[0].top1_gain.value, 0.0);
    const auto& benign = (*outcomes)[1];
    EXPECT_DOUBLE_EQ(benign.methods[0].flagged.value, 0.0);  // benign probabilities < 0.5
    EXPECT_DOUBLE_EQ(benign.methods[1].flagged.value, 1.0);  // always flags
    EXPECT_GT(benign.mean_lesions, 3.0);
    EXPECT_LT(benign.mean_lesions, 20.0);
}

TEST(UglyDucklingSimulation, IntervalsContainThePointAndWidenWithFewClusters) {
    // A coin-flip method: the interval must hold the estimate and not be degenerate.
    auto coin = [](const Patient& p) -> Result<MethodRanking> {
        auto r = byProbability(p);
        if (p.front()->lesion_id < p.back()->lesion_id) std::swap(r->order[0], r->order[1]);
        return r;
    };
    const auto outcomes = runUglyDucklingSimulation(tinyPool(), {{"mel", {"nv"}, "mel"}},
                                                    {{"coin", coin}}, {400, 3, 3, 20, 300, 0});
    ASSERT_TRUE(outcomes) << outcomes.error().message();
    const auto& top1 = outcomes->front().methods.front().top1;
    EXPECT_GT(top1.value, 0.2);
    EXPECT_LT(top1.value, 0.8);
    EXPECT_LE(top1.lower, top1.value);
    EXPECT_GE(top1.upper, top1.value);
    EXPECT_GT(top1.upper - top1.lower, 0.02);
}

TEST(UglyDucklingSimulation, RejectsPoolsThatCannotMakeThePatients) {
    const auto pool = tinyPool();
    EXPECT_FALSE(simulatePatients(pool, {"x", {"nv"}, "bcc"}, {10, 1, 3, 30}));  // no bcc
    EXPECT_FALSE(simulatePatients(pool, {"x", {"nv"}, "mel"}, {10, 1, 3, 41}));  // 40 naevi
    EXPECT_FALSE(simulatePatients(pool, {"x", {"nv"}, "mel"}, {10, 1, 5, 4}));
    EXPECT_FALSE(runUglyDucklingSimulation(pool, {{"x", {"nv"}, "mel"}}, {}, {10, 1, 3, 30}));
    auto failing = [](const Patient&) -> Result<MethodRanking> {
        return fail(ErrorCode::InvalidArgument, "", "boom");
    };
    const auto r =
        runUglyDucklingSimulation(pool, {{"x", {"nv"}, "mel"}}, {{"bad", failing}}, {10, 1, 3, 30});
    ASSERT_FALSE(r);
    EXPECT_NE(r.error().reason.find("bad: boom"), std::string::npos) << r.error().reason;
}

TEST(UglyDucklingSimulation, LesionHalvesAreStableAndBalanced) {
    EXPECT_EQ(lesionHalf("HAM_0000550"), LesionHalf::Test);  // bit 16 of FNV-1a
    EXPECT_EQ(lesionHalf("HAM_0003577"), LesionHalf::Tune);
    int tune = 0;
    for (int i = 0; i < 2000; ++i)
        tune += lesionHalf("HAM_" + std::to_string(i)) == LesionHalf::Tune;
    EXPECT_GT(tune, 900);
    EXPECT_LT(tune, 1100);
}

TEST(PredictionCache, RoundTripsAndRejectsDamage) {
    test::TempDir dir;
    PredictionCache cache{"abc", {"mel", "nv"}, {}};
    cache.entries.push_back(
        {"ISIC_1", "HAM_1", "mel", 0.75f, {0.75f, 0.25f}, {0.125f, -3e-7f, 1e6f}});
    cache.entries.push_back({"ISIC_2", "HAM_2", "nv", 0.1f, {0.1f, 0.9f}, {1, 2, 3}});
    ASSERT_TRUE(writePredictionCache(cache, dir / "c.cache"));
    const auto back = readPredictionCache(dir / "c.cache");
    ASSERT_TRUE(back) << back.error().message();
    EXPECT_EQ(back->model_sha256, "abc");
    EXPECT_EQ(back->classes, cache.classes);
    ASSERT_EQ(back->entries.size(), 2u);
    EXPECT_EQ(back->entries[0].embedding, cache.entries[0].embedding);  // exact, %.9g
    EXPECT_EQ(back->entries[1].label, "nv");
    EXPECT_FLOAT_EQ(back->entries[0].malignant_probability, 0.75f);

    std::ofstream(dir / "bad.cache") << "dermalens-prediction-cache 1\nmodel x\nclasses a,b\n"
                                     << "I,L,a,0.5,0.5,zero,1\n";
    const auto bad = readPredictionCache(dir / "bad.cache");
    ASSERT_FALSE(bad);
    EXPECT_EQ(bad.error().code, ErrorCode::Corrupt);
    EXPECT_NE(bad.error().reason.find("line 4"), std::string::npos) << bad.error().reason;
    EXPECT_EQ(readPredictionCache(dir / "missing").error().code, ErrorCode::NotFound);
    cache.entries[1].embedding.pop_back();
    EXPECT_FALSE(writePredictionCache(cache, dir / "d.cache"));
}

}  // namespace
}  // namespace dermalens
