// Follow-up through the Workspace: two visits compared with stored contours and calibrations,
// a lesion's timeline, and the patient-level flags (new, changed, unchanged).
#include <fstream>

#include <gtest/gtest.h>

#include "FollowUpScene.h"
#include "SyntheticImages.h"
#include "TestPaths.h"
#include "dermalens/workspace/Workspace.h"

namespace dermalens {
namespace {

namespace fs = std::filesystem;

using test::firstVisit;
using test::photograph;

class ChangeMeasuresWorkspaceTest : public ::testing::Test {
protected:
    void SetUp() override {
        const fs::path src = dir_ / "src";
        fs::create_directories(src);
        auto write = [&](const std::string& name, const cv::Mat& rgb) {
            test::writeRaster(src / (name + ".png"), rgb, test::RasterFormat::Png);
        };
        write("grow_1", firstVisit(test::followUpScene(6, 1.0)));
        write("grow_2", photograph(test::followUpScene(6, 1.3), 12));
        write("same_1", firstVisit(test::followUpScene(23, 1.0)));
        write("same_2", photograph(test::followUpScene(23, 1.0), -8));
        write("new_2", firstVisit(test::followUpScene(11, 1.0)));
        std::ofstream(dir_ / "meta.csv") << "image_id,lesion_id,patient_id,date\n"
                                            "grow_1,GROW,PAT,2023-01-10\n"
                                            "grow_2,GROW,PAT,2024-01-15\n"
                                            "same_1,SAME,PAT,2023-01-10\n"
                                            "same_2,SAME,PAT,2024-01-15\n"
                                            "new_2,NEW,PAT,2024-01-15\n";
        auto ws = Workspace::open(dir_ / "store");
        ASSERT_TRUE(ws) << ws.error().message();
        ws_.emplace(std::move(*ws));
        ImportOptions options;
        options.metadata_csv = dir_ / "meta.csv";
        auto plan = ws_->planImport({src}, options);
        ASSERT_TRUE(plan);
        ASSERT_EQ(ws_->commitImport(*plan)->imported, 5u);
        patient_ = ws_->patients()->front().record.id;
        const auto tree = ws_->patient(patient_);
        ASSERT_TRUE(tree);
        for (const auto& lesion : tree->lesions) {
            lesions_[lesion.id] = lesion.lesion_id;
            for (const auto& image : lesion.images) images_[lesion.id].push_back(image.image_id);
        }
        ASSERT_EQ(images_.size(), 3u);
    }
    LesionId lesion(const std::string& key) {
        for (const auto& [id, lesion_id] : lesions_)
            if (id.find(key) != std::string::npos) return lesion_id;
        return {};
    }
    const std::vector<ImageId>& images(const std::string& key) {
        for (const auto& [id, list] : images_)
            if (id.find(key) != std::string::npos) return list;
        return images_.begin()->second;
    }

    test::TempDir dir_{"dermalens-followup"};
    std::optional<Workspace> ws_;
    PatientId patient_;
    std::map<std::string, LesionId> lesions_;
    std::map<std::string, std::vector<ImageId>> images_;
};

TEST_F(ChangeMeasuresWorkspaceTest, CompareVisitsMeasuresGrowthAndStoresTheOutlines) {
    const auto& grow = images("GROW");
    ASSERT_EQ(grow.size(), 2u);
    auto comparison = ws_->compareVisits(grow[0], grow[1]);
    ASSERT_TRUE(comparison) << comparison.error().message();
    EXPECT_EQ(comparison->before_date, "20230110");
    EXPECT_EQ(comparison->after_date, "20240115");
    EXPECT_EQ(comparison->change.basis, SizeBasis::Registered);
    EXPECT_NEAR(comparison->change.area_ratio, 1.30, 0.06);
    EXPECT_TRUE(comparison->change.registration.trusted);
    auto stored = ws_->lesionContour(grow[0]);
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->source, ContourSource::Automatic);
    EXPECT_EQ(stored->points, comparison->change.before_outline);
}

TEST_F(ChangeMeasuresWorkspaceTest, CalibratedImagesCompareInMillimetresThroughTheStore) {
    const auto& grow = images("GROW");
    ASSERT_TRUE(ws_->setCalibration(grow[0], 0.05, "ruler"));
    ASSERT_TRUE(ws_->setCalibration(grow[1], 0.05 / 1.05, "ruler"));
    auto comparison = ws_->compareVisits(grow[0], grow[1]);
    ASSERT_TRUE(comparison);
    EXPECT_EQ(comparison->change.basis, SizeBasis::Calibrated);
    EXPECT_EQ(comparison->change.before.area_unit, "mm2");
    EXPECT_NEAR(comparison->change.area_ratio, 1.30, 0.06);
    auto timeline = ws_->lesionTimeline(lesion("GROW"));
    ASSERT_TRUE(timeline) << timeline.error().message();
    ASSERT_EQ(timeline->points.size(), 2u);
    EXPECT_EQ(timeline->points[0].date, "20230110");
    EXPECT_EQ(timeline->points[1].date, "20240115");
    ASSERT_TRUE(timeline->points[0].outlined && timeline->points[1].outlined);
    EXPECT_EQ(timeline->points[0].shape.area_unit, "mm2");
    EXPECT_NEAR(timeline->points[1].shape.area / timeline->points[0].shape.area, 1.30, 0.06);
    EXPECT_FALSE(timeline->points[0].malignant_probability);  // no model loaded
}

TEST_F(ChangeMeasuresWorkspaceTest, TheTimelineCarriesTheModelsOutputAndTheFindings) {
    const auto model = test::tinyModelsDir() / "tiny";
    DERMALENS_REQUIRE_DIR(model / "model.json", "the tiny test model is needed");
    ClassifierConfig config;
    config.device = Device::Cpu;
    config.threads = 1;
    ASSERT_TRUE(ws_->loadModel(model, config));
    const auto& grow = images("GROW");
    ASSERT_TRUE(ws_->analyse(grow));
    Finding f;
    f.image = grow[1];
    f.management = {ManagementDecision::Excise, 0, ""};
    ASSERT_TRUE(ws_->recordFinding(f));
    auto timeline = ws_->lesionTimeline(lesion("GROW"));
    ASSERT_TRUE(timeline);
    for (const auto& point : timeline->points) {
        ASSERT_TRUE(point.malignant_probability);
        EXPECT_NEAR(*point.malignant_probability,
                    (**ws_->currentAnalysis(point.image)).prediction.malignant_probability, 1e-6);
        EXPECT_FALSE(point.top_class.empty());
    }
    EXPECT_FALSE(timeline->points[0].finding);
    ASSERT_TRUE(timeline->points[1].finding);
    EXPECT_EQ(timeline->points[1].finding->management.decision, ManagementDecision::Excise);
}

TEST_F(ChangeMeasuresWorkspaceTest, PatientChangesFlagsNewChangedAndUnchangedLesions) {
    auto changes = ws_->patientChanges(patient_);
    ASSERT_TRUE(changes) << changes.error().message();
    EXPECT_TRUE(changes->latest_visit.valid());
    EXPECT_TRUE(changes->previous_visit.valid());
    ASSERT_EQ(changes->lesions.size(), 3u);
    for (const auto& flag : changes->lesions) {
        std::string reasons;
        for (const auto& r : flag.reasons) reasons += r + "; ";
        SCOPED_TRACE(std::string(toString(flag.flag)) + ": " + reasons);
        if (flag.lesion == lesion("GROW")) {
            EXPECT_EQ(flag.flag, LesionFlag::Changed);
            ASSERT_TRUE(flag.comparison);
            EXPECT_GT(flag.comparison->change.area_ratio, 1.2);
        } else if (flag.lesion == lesion("SAME")) {
            EXPECT_EQ(flag.flag, LesionFlag::Unchanged);
        } else {
            EXPECT_EQ(flag.lesion, lesion("NEW"));
            EXPECT_EQ(flag.flag, LesionFlag::New);
            EXPECT_FALSE(flag.comparison);
        }
    }
    ChangeThresholds lenient;
    lenient.area_ratio = 0.5;
    lenient.diameter_ratio = 0.5;
    const auto relaxed = ws_->patientChanges(patient_, lenient);
    ASSERT_TRUE(relaxed) << relaxed.error().message();
    for (const auto& flag : relaxed->lesions)
        if (flag.lesion == lesion("GROW")) EXPECT_EQ(flag.flag, LesionFlag::Unchanged);
}

TEST_F(ChangeMeasuresWorkspaceTest, UnknownRecordsAreNotFound) {
    EXPECT_EQ(ws_->lesionTimeline(LesionId(999)).error().code, ErrorCode::NotFound);
    EXPECT_EQ(ws_->patientChanges(PatientId(999)).error().code, ErrorCode::NotFound);
    const ImageId missing = *ImageId::fromHex(std::string(64, 'e'));
    EXPECT_EQ(ws_->compareVisits(missing, images("SAME")[0]).error().code, ErrorCode::NotFound);
}

}  // namespace
}  // namespace dermalens
