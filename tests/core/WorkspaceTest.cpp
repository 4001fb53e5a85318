// The Workspace beyond import: organising, deleting with the managed files, analysis through
// the batched queue, ranking from stored analyses, persistence across reopening, backup/restore.
#include <gtest/gtest.h>

#include "SyntheticImages.h"
#include "TestPaths.h"
#include "dermalens/store/Store.h"
#include "dermalens/workspace/Workspace.h"

namespace dermalens {
namespace {

namespace fs = std::filesystem;

class WorkspaceTest : public ::testing::Test {
protected:
    void SetUp() override {
        for (int l = 0; l < 4; ++l) {
            const fs::path file = dir_ / "src" / "Alice" / ("L0" + std::to_string(l)) / "a.png";
            fs::create_directories(file.parent_path());
            test::writeRaster(file, test::makeLesionImage(96, 72, 10 + l), test::RasterFormat::Png);
        }
        reopen();
        auto plan = ws_->planImport({dir_ / "src"});
        ASSERT_TRUE(plan);
        ASSERT_EQ(ws_->commitImport(*plan)->imported, 4u);
        alice_ = ws_->patients()->front().record.id;
    }
    void reopen() {
        ws_.reset();
        auto ws = Workspace::open(dir_ / "store");
        ASSERT_TRUE(ws) << ws.error().message();
        ws_.emplace(std::move(*ws));
    }
    bool loadTinyModel() {
        const auto model = test::tinyModelsDir() / "tiny";
        if (!fs::exists(model / "model.json")) return false;
        ClassifierConfig config;
        config.device = Device::Cpu;
        config.threads = 1;
        config.batch_size = 3;  // 4 images: one full batch and one partial
        auto loaded = ws_->loadModel(model, config);
        EXPECT_TRUE(loaded) << loaded.error().message();
        return loaded.has_value();
    }
    test::TempDir dir_{"dermalens-ws"};
    std::optional<Workspace> ws_;
    PatientId alice_;
};

TEST_F(WorkspaceTest, AssignMovesAnImageToAnotherPatientAndPrunesWhatIsLeftEmpty) {
    PatientRecord bob;
    bob.name = "Bob";
    bob.external_id = "B-1";
    auto bob_id = ws_->createPatient(bob);
    ASSERT_TRUE(bob_id);
    LesionRecord lesion;
    lesion.patient = *bob_id;
    lesion.label = "Back";
    auto lesion_id = ws_->createLesion(lesion);
    ASSERT_TRUE(lesion_id);
    const ImageId moved = ws_->patient(alice_)->lesions[0].images[0].image_id;
    ASSERT_TRUE(ws_->assignImage(moved, *lesion_id));
    reopen();  // the move persists
    EXPECT_EQ(ws_->patient(alice_)->lesions.size(), 3u);
    auto b = ws_->patient(*bob_id);
    ASSERT_EQ(b->lesions.size(), 1u);
    EXPECT_EQ(b->lesions[0].images[0].image_id, moved);
    EXPECT_TRUE(ws_->image(moved)->visit.valid());
}

TEST_F(WorkspaceTest, DeletingAPatientRemovesItsManagedFiles) {
    auto tree = ws_->patient(alice_);
    std::vector<fs::path> files;
    for (const auto& l : tree->lesions) files.push_back(l.images[0].path);
    for (const auto& f : files) ASSERT_TRUE(fs::exists(f));
    ASSERT_TRUE(ws_->deletePatient(alice_));
    for (const auto& f : files) EXPECT_FALSE(fs::exists(f)) << f;
    EXPECT_TRUE(ws_->patients()->empty());
    EXPECT_FALSE(ws_->patient(alice_));
}

TEST_F(WorkspaceTest, DeletingAnImageRemovesOnlyThatFile) {
    auto tree = ws_->patient(alice_);
    const auto& gone = tree->lesions[0].images[0];
    const auto& kept = tree->lesions[1].images[0];
    ASSERT_TRUE(ws_->deleteImage(gone.image_id));
    EXPECT_FALSE(fs::exists(gone.path));
    EXPECT_TRUE(fs::exists(kept.path));
}

TEST_F(WorkspaceTest, CalibrationPersists) {
    const ImageId id = ws_->patient(alice_)->lesions[0].images[0].image_id;
    EXPECT_FALSE(ws_->setCalibration(id, -1, "ruler"));
    ASSERT_TRUE(ws_->setCalibration(id, 0.025, "ruler"));
    reopen();
    auto c = ws_->calibration(id);
    ASSERT_TRUE(c && *c);
    EXPECT_DOUBLE_EQ((*c)->mm_per_pixel, 0.025);
    EXPECT_EQ((*c)->source, "ruler");
}

TEST_F(WorkspaceTest, AnalyseStoresResultsOnceAndRanksFromThem) {
    if (!loadTinyModel()) GTEST_SKIP() << "tiny test model not built (make_tiny_models fixture)";
    auto pending = ws_->needingAnalysis(alice_);
    ASSERT_TRUE(pending);
    EXPECT_EQ(pending->size(), 4u);
    std::vector<ImageId> reported;
    std::size_t last_done = 0;
    auto summary = ws_->analyse(
        *pending,
        [&](const ImageId& id, const Result<AnalysisRecord>& r) {
            EXPECT_TRUE(r) << r.error().message();
            reported.push_back(id);
        },
        [&](std::size_t done, std::size_t) { last_done = done; });
    ASSERT_TRUE(summary);
    EXPECT_EQ(summary->analysed, 4u);
    EXPECT_EQ(reported.size(), 4u);
    EXPECT_EQ(last_done, 4u);
    EXPECT_TRUE(ws_->needingAnalysis(alice_)->empty());
    // Reopened, the results are there without running the model again.
    reopen();
    ASSERT_TRUE(loadTinyModel());
    EXPECT_TRUE(ws_->needingAnalysis(alice_)->empty());
    auto again = ws_->analyse(*pending);
    EXPECT_EQ(again->analysed, 0u);
    EXPECT_EQ(again->already_current, 4u);
    auto ranking = ws_->rank(alice_);
    ASSERT_TRUE(ranking) << ranking.error().message();
    ASSERT_EQ(ranking->lesions.size(), 4u);
    EXPECT_EQ(ranking->lesions[0].rank, 1);
    EXPECT_EQ(ranking->unanalysed, 0);
}

TEST_F(WorkspaceTest, CancelledAnalysisStoresOnlyWhatFinished) {
    if (!loadTinyModel()) GTEST_SKIP() << "tiny test model not built (make_tiny_models fixture)";
    auto pending = ws_->needingAnalysis(alice_);
    int calls = 0;
    auto summary = ws_->analyse(*pending, [&](const ImageId&, const Result<AnalysisRecord>&) { ++calls; },
                                {}, [&] { return calls >= 3; });
    ASSERT_TRUE(summary);
    EXPECT_TRUE(summary->cancelled);
    EXPECT_EQ(ws_->needingAnalysis(alice_)->size(), 4u - summary->analysed);
}

TEST_F(WorkspaceTest, HeatmapIsComputedAndStoredWithTheAnalysis) {
    if (!loadTinyModel()) GTEST_SKIP() << "tiny test model not built (make_tiny_models fixture)";
    const ImageId id = ws_->patient(alice_)->lesions[0].images[0].image_id;
    ASSERT_TRUE(ws_->analyse({id}));
    auto map = ws_->heatmap(id, 0);
    ASSERT_TRUE(map) << map.error().message();
    auto stored = ws_->currentAnalysis(id);
    ASSERT_TRUE(stored && *stored && (*stored)->heatmap);
    EXPECT_EQ((*stored)->heatmap->width, map->raw.cols);
    EXPECT_EQ((*stored)->heatmap->class_index, 0);
}

TEST_F(WorkspaceTest, BackupRestoresIntoAnEmptyFolderWithEverything) {
    const ImageId id = ws_->patient(alice_)->lesions[0].images[0].image_id;
    ASSERT_TRUE(ws_->setCalibration(id, 0.05, "ruler"));
    ASSERT_TRUE(ws_->backup(dir_ / "backup"));
    EXPECT_FALSE(ws_->backup(dir_ / "backup"));  // not empty any more
    ASSERT_TRUE(Workspace::restore(dir_ / "backup", dir_ / "restored"));
    auto restored = Workspace::open(dir_ / "restored");
    ASSERT_TRUE(restored);
    auto original = ws_->study();
    auto copy = restored->study();
    ASSERT_EQ(copy->patients.size(), original->patients.size());
    ASSERT_EQ(copy->imageCount(), original->imageCount());
    for (std::size_t l = 0; l < original->patients[0].lesions.size(); ++l) {
        const auto& a = original->patients[0].lesions[l].images[0];
        const auto& b = copy->patients[0].lesions[l].images[0];
        EXPECT_EQ(a.image_id, b.image_id);
        EXPECT_EQ(test::readBytes(a.path), test::readBytes(b.path));
        EXPECT_TRUE(b.path.string().find((dir_ / "restored").string()) == 0);
    }
    EXPECT_DOUBLE_EQ((*restored->calibration(id))->mm_per_pixel, 0.05);
}

TEST_F(WorkspaceTest, RestoreRefusesATamperedImage) {
    ASSERT_TRUE(ws_->backup(dir_ / "backup"));
    const auto entry = ws_->image(ws_->patient(alice_)->lesions[0].images[0].image_id);
    test::writeBytes(dir_ / "backup" / entry->managed_path, {1, 2, 3});
    auto restored = Workspace::restore(dir_ / "backup", dir_ / "restored");
    ASSERT_FALSE(restored);
    EXPECT_NE(restored.error().message().find(entry->managed_path), std::string::npos);
}

TEST_F(WorkspaceTest, ASecondWorkspaceReadsWhileTheFirstWrites) {
    auto reader = Workspace::open(dir_ / "store", StoreOptions{true, 5000});
    ASSERT_TRUE(reader) << reader.error().message();
    EXPECT_EQ(reader->patients()->size(), 1u);
    PatientRecord p;
    p.name = "Carol";
    p.external_id = "C-1";
    ASSERT_TRUE(ws_->createPatient(p));
    EXPECT_EQ(reader->patients()->size(), 2u);  // sees the committed row
}

}  // namespace
}  // namespace dermalens
