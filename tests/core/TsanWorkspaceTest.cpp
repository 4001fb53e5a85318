// Workspace from two threads at once, as the GUI uses it: a worker runs the analysis queue while
// the GUI thread reads the patient list and current analyses and imports another folder. Run
// under ThreadSanitizer by the `tsan` preset; in the normal build it checks the results.
#include <gtest/gtest.h>

#include <atomic>
#include <thread>

#include "SyntheticImages.h"
#include "TestPaths.h"
#include "dermalens/workspace/Workspace.h"

namespace dermalens {
namespace {

namespace fs = std::filesystem;

class TsanWorkspaceTest : public ::testing::Test {
protected:
    void SetUp() override {
        const auto model = test::tinyModelsDir() / "tiny";
        if (!fs::exists(model / "model.json"))
            GTEST_SKIP() << "tiny test model not built (make_tiny_models fixture)";
        auto ws = Workspace::open(dir_ / "store");
        ASSERT_TRUE(ws) << ws.error().message();
        ws_.emplace(std::move(*ws));
        ClassifierConfig config;
        config.device = Device::Cpu;
        config.threads = 1;  // LibTorch's own OpenMP pool is not what this test is about
        config.batch_size = 2;
        auto loaded = ws_->loadModel(model, config);
        ASSERT_TRUE(loaded) << loaded.error().message();
        auto imported = import(writeFolder("Alice", 6, 1));
        ASSERT_EQ(imported.size(), 6u);
    }
    fs::path writeFolder(const std::string& patient, int lesions, unsigned seed) {
        const fs::path root = dir_ / ("src-" + patient);
        for (int l = 0; l < lesions; ++l) {
            const fs::path file = root / patient / ("L" + std::to_string(l)) / "a.png";
            fs::create_directories(file.parent_path());
            test::writeRaster(file, test::makeLesionImage(64, 48, seed + l),
                              test::RasterFormat::Png);
        }
        return root;
    }
    std::vector<ImageId> import(const fs::path& root) {
        auto plan = ws_->planImport({root});
        EXPECT_TRUE(plan) << plan.error().message();
        if (!plan) return {};
        auto summary = ws_->commitImport(*plan);
        EXPECT_TRUE(summary) << summary.error().message();
        return summary ? summary->imported_ids : std::vector<ImageId>{};
    }
    // What the GUI thread does while the worker analyses; returns how many rounds it read.
    int readAndImportUntil(const std::atomic<bool>& done, const std::vector<ImageId>& ids) {
        int rounds = 0;
        bool imported = false;
        while (!done.load() || rounds == 0) {
            auto patients = ws_->patients();
            EXPECT_TRUE(patients) << patients.error().message();
            for (const ImageId& id : ids) {
                auto analysis = ws_->currentAnalysis(id);
                EXPECT_TRUE(analysis) << analysis.error().message();
            }
            if (patients && !patients->empty())
                EXPECT_TRUE(ws_->patient(patients->front().record.id));
            if (!imported) {
                EXPECT_EQ(import(writeFolder("Bob", 2, 20)).size(), 2u);
                imported = true;
            }
            ++rounds;
        }
        return rounds;
    }
    test::TempDir dir_{"dermalens-tsan"};
    std::optional<Workspace> ws_;
};

TEST_F(TsanWorkspaceTest, AnalysisOnAWorkerWhileTheGuiThreadReadsAndImports) {
    auto pending = ws_->needingAnalysis();
    ASSERT_TRUE(pending) << pending.error().message();
    ASSERT_EQ(pending->size(), 6u);
    std::atomic<bool> done{false};
    std::atomic<int> reported{0};
    Result<AnalysisSummary> summary = tl::unexpected(Error{});
    std::thread worker([&] {
        summary = ws_->analyse(*pending, [&](const ImageId&, const Result<AnalysisRecord>& r) {
            EXPECT_TRUE(r) << r.error().message();
            reported.fetch_add(1);
        });
        done.store(true);
    });
    const int rounds = readAndImportUntil(done, *pending);
    worker.join();
    ASSERT_TRUE(summary) << summary.error().message();
    EXPECT_EQ(summary->analysed, 6u);
    EXPECT_EQ(reported.load(), 6);
    EXPECT_GE(rounds, 1);
    for (const ImageId& id : *pending) EXPECT_TRUE(*ws_->currentAnalysis(id)) << id.hex();
    EXPECT_EQ(ws_->patients()->size(), 2u);  // Bob came in meanwhile
    auto left = ws_->needingAnalysis();
    ASSERT_TRUE(left);
    EXPECT_EQ(left->size(), 2u);  // only Bob's images
}

// Two workers: one analyses Alice, one computes a Grad-CAM and ranks, both against the one
// model lock, while this thread keeps reading.
TEST_F(TsanWorkspaceTest, HeatmapAndRankingBesideTheQueue) {
    auto pending = ws_->needingAnalysis();
    ASSERT_TRUE(pending);
    const ImageId first = pending->front();
    std::atomic<bool> done{false};
    std::thread analyser([&] { EXPECT_TRUE(ws_->analyse(*pending)); });
    std::thread explainer([&] {
        auto map = ws_->heatmap(first);
        EXPECT_TRUE(map) << map.error().message();
        done.store(true);
    });
    while (!done.load()) EXPECT_TRUE(ws_->study());
    analyser.join();
    explainer.join();
    auto patients = ws_->patients();
    ASSERT_TRUE(patients);
    auto ranking = ws_->rank(patients->front().record.id);
    ASSERT_TRUE(ranking) << ranking.error().message();
    EXPECT_EQ(ranking->lesions.size(), 6u);
}

}  // namespace
}  // namespace dermalens
