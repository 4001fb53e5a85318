// The clinician's findings, measurements, lesion contours and body-map positions persist
// through the Workspace and reload after reopening the store.
#include <fstream>
#include <map>

#include <gtest/gtest.h>

#include "SyntheticImages.h"
#include "TestPaths.h"
#include "dermalens/followup/BodyMap.h"
#include "dermalens/followup/SevenPointChecklist.h"
#include "dermalens/workspace/Workspace.h"

namespace dermalens {
namespace {

namespace fs = std::filesystem;

class FindingsPersistenceTest : public ::testing::Test {
protected:
    void SetUp() override {
        const fs::path src = dir_ / "src";
        fs::create_directories(src);
        for (int i = 0; i < 3; ++i)
            test::writeRaster(src / ("IMG_" + std::to_string(i) + ".png"),
                              test::makeLesionImage(200, 150, 30 + i), test::RasterFormat::Png);
        std::ofstream(dir_ / "meta.csv") << "image_id,lesion_id,patient_id,date\n"
                                            "IMG_0,LES_1,PAT_A,2023-01-10\n"
                                            "IMG_1,LES_1,PAT_A,2024-01-15\n"
                                            "IMG_2,LES_9,PAT_B,2024-02-01\n";
        reopen();
        ImportOptions options;
        options.metadata_csv = dir_ / "meta.csv";
        auto plan = ws_->planImport({src}, options);
        ASSERT_TRUE(plan) << plan.error().message();
        ASSERT_EQ(ws_->commitImport(*plan)->imported, 3u);
        const auto patients = ws_->patients();
        ASSERT_TRUE(patients);
        for (const auto& p : *patients) {
            auto tree = ws_->patient(p.record.id);
            ASSERT_TRUE(tree) << tree.error().message();
            const auto& lesion = tree->lesions.at(0);
            (p.record.external_id == "PAT_A" ? lesion_a_ : lesion_b_) = lesion.lesion_id;
            for (const auto& image : lesion.images)
                images_[p.record.external_id].push_back(image.image_id);
        }
        ASSERT_EQ(images_["PAT_A"].size(), 2u);
    }
    void reopen() {
        ws_.reset();
        auto ws = Workspace::open(dir_ / "store");
        ASSERT_TRUE(ws) << ws.error().message();
        ws_.emplace(std::move(*ws));
    }
    ImageEntry entry(const ImageId& id) { return *ws_->image(id); }

    test::TempDir dir_{"dermalens-findings"};
    std::optional<Workspace> ws_;
    LesionId lesion_a_, lesion_b_;
    std::map<std::string, std::vector<ImageId>> images_;
};

Finding atypicalFinding() {
    Finding f;
    f.structures.pigment_network = NetworkFinding::Atypical;
    f.structures.blue_whitish_veil = PresenceFinding::Present;
    f.structures.streaks = PatternFinding::Irregular;
    f.structures.other = {"shiny white lines"};
    f.notes = "Asymmetric, grew since last year. Пациент жалуется на зуд.";
    f.management = {ManagementDecision::Monitor, 3, ""};
    f.clinician = "Dr. A. Tschandl";
    f.agreement = AiAgreement::Disagree;
    AiShown ai;
    ai.top_class = "nv";
    ai.top_probability = 0.81;
    ai.malignant_probability = 0.12;
    ai.model = {"efficientnet_b0_ham10000", "1.0", std::string(64, 'a')};
    f.ai_shown = ai;
    return f;
}

TEST_F(FindingsPersistenceTest, AFindingWithDecisionAndAiResultReloads) {
    Finding f = atypicalFinding();
    f.image = images_["PAT_A"][1];
    auto stored = ws_->recordFinding(f);
    ASSERT_TRUE(stored) << stored.error().message();
    EXPECT_TRUE(stored->id.valid());
    EXPECT_EQ(stored->lesion, lesion_a_);  // taken from the image
    EXPECT_EQ(stored->visit, entry(f.image).visit);
    EXPECT_FALSE(stored->created_at.empty());
    reopen();
    auto all = ws_->findings(lesion_a_);
    ASSERT_TRUE(all);
    ASSERT_EQ(all->size(), 1u);
    const Finding& back = all->front();
    EXPECT_EQ(back.structures.pigment_network, NetworkFinding::Atypical);
    EXPECT_EQ(back.structures.blue_whitish_veil, PresenceFinding::Present);
    EXPECT_EQ(back.structures.streaks, PatternFinding::Irregular);
    EXPECT_EQ(back.structures.dots_globules, PatternFinding::NotAssessed);
    EXPECT_EQ(back.structures.other, f.structures.other);
    EXPECT_EQ(back.notes, f.notes);
    EXPECT_EQ(back.management.decision, ManagementDecision::Monitor);
    EXPECT_EQ(back.management.monitor_interval_months, 3);
    EXPECT_EQ(back.clinician, f.clinician);
    EXPECT_EQ(back.agreement, AiAgreement::Disagree);
    ASSERT_TRUE(back.ai_shown);
    EXPECT_EQ(back.ai_shown->top_class, "nv");
    EXPECT_DOUBLE_EQ(back.ai_shown->malignant_probability, 0.12);
    EXPECT_EQ(back.ai_shown->model.sha256, f.ai_shown->model.sha256);
    EXPECT_EQ(back.image, f.image);
    EXPECT_EQ(back.created_at, stored->created_at);
    EXPECT_EQ(sevenPointScore(back.structures).total, 5);
}

TEST_F(FindingsPersistenceTest, FindingsAreAppendedNotOverwritten) {
    Finding first = atypicalFinding();
    first.image = images_["PAT_A"][0];
    Finding second;
    second.image = images_["PAT_A"][1];
    second.management = {ManagementDecision::Excise, 0, ""};
    second.clinician = "Dr. B";
    ASSERT_TRUE(ws_->recordFinding(first));
    ASSERT_TRUE(ws_->recordFinding(second));
    reopen();
    auto all = ws_->findings(lesion_a_);
    ASSERT_EQ(all->size(), 2u);
    EXPECT_EQ((*all)[0].clinician, first.clinician);
    EXPECT_EQ((*all)[1].management.decision, ManagementDecision::Excise);
    EXPECT_FALSE((*all)[1].ai_shown);  // no model loaded, none given
}

TEST_F(FindingsPersistenceTest, AFindingMustBelongToOnePatient) {
    Finding wrong;
    wrong.lesion = lesion_a_;
    wrong.visit = entry(images_["PAT_B"][0]).visit;  // Bob's visit
    auto refused = ws_->recordFinding(wrong);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, ErrorCode::InvalidArgument);
    Finding nowhere;
    nowhere.lesion = LesionId(999);
    nowhere.visit = entry(images_["PAT_A"][0]).visit;
    EXPECT_EQ(ws_->recordFinding(nowhere).error().code, ErrorCode::NotFound);
    EXPECT_TRUE(ws_->findings(lesion_a_)->empty());
}

TEST_F(FindingsPersistenceTest, TheLoadedModelsResultIsCopiedBesideTheVerdict) {
    const auto model = test::tinyModelsDir() / "tiny";
    DERMALENS_REQUIRE_DIR(model / "model.json", "the tiny test model is needed");
    ClassifierConfig config;
    config.device = Device::Cpu;
    config.threads = 1;
    ASSERT_TRUE(ws_->loadModel(model, config));
    const ImageId image = images_["PAT_A"][1];
    ASSERT_TRUE(ws_->analyse({image}));
    const auto analysis = **ws_->currentAnalysis(image);
    Finding f;
    f.image = image;
    f.agreement = AiAgreement::Agree;
    auto stored = ws_->recordFinding(f);
    ASSERT_TRUE(stored) << stored.error().message();
    ASSERT_TRUE(stored->ai_shown);
    EXPECT_EQ(stored->ai_shown->analysis, analysis.id);
    EXPECT_FLOAT_EQ(static_cast<float>(stored->ai_shown->malignant_probability),
                    analysis.prediction.malignant_probability);
    EXPECT_EQ(stored->ai_shown->top_class,
              ws_->card()->classes[static_cast<std::size_t>(analysis.prediction.top_class)].code);
}

TEST_F(FindingsPersistenceTest, MeasurementsUseTheCalibrationAndReload) {
    const ImageId image = images_["PAT_A"][0];
    ASSERT_TRUE(ws_->setCalibration(image, 0.05, "ruler"));
    Measurement ruler;
    ruler.image = image;
    ruler.kind = MeasurementKind::Line;
    ruler.geometry = {{10, 10}, {40, 50}};  // 50 px
    ruler.label = "diameter";
    auto line = ws_->addMeasurement(ruler);
    ASSERT_TRUE(line) << line.error().message();
    EXPECT_NEAR(*line->value, 2.5, 1e-9);
    EXPECT_EQ(line->unit, "mm");
    Measurement area;
    area.image = images_["PAT_A"][1];  // not calibrated
    area.kind = MeasurementKind::Area;
    area.geometry = {{0, 0}, {20, 0}, {20, 10}, {0, 10}};
    ASSERT_TRUE(ws_->addMeasurement(area));
    Measurement bad = ruler;
    bad.geometry = {{1, 1}};
    EXPECT_EQ(ws_->addMeasurement(bad).error().code, ErrorCode::InvalidArgument);
    reopen();
    auto kept = ws_->measurements(image);
    ASSERT_EQ(kept->size(), 1u);
    EXPECT_EQ((*kept)[0].geometry, ruler.geometry);
    EXPECT_EQ((*kept)[0].label, "diameter");
    EXPECT_EQ((*kept)[0].kind, MeasurementKind::Line);
    auto areas = ws_->measurements(area.image);
    ASSERT_EQ(areas->size(), 1u);
    EXPECT_NEAR(*(*areas)[0].value, 200.0, 1e-9);
    EXPECT_EQ((*areas)[0].unit, "px2");
    ASSERT_TRUE(ws_->deleteMeasurement((*kept)[0].id));
    EXPECT_TRUE(ws_->measurements(image)->empty());
    EXPECT_EQ(ws_->deleteMeasurement((*kept)[0].id).error().code, ErrorCode::NotFound);
}

TEST_F(FindingsPersistenceTest, TheAutomaticContourIsStoredAndTheUsersReplacesIt) {
    const ImageId image = images_["PAT_A"][0];
    auto automatic = ws_->lesionContour(image);
    ASSERT_TRUE(automatic) << automatic.error().message();
    EXPECT_EQ(automatic->source, ContourSource::Automatic);
    EXPECT_GE(automatic->points.size(), 8u);
    const ImagePolygon drawn{{50, 40}, {150, 40}, {150, 110}, {50, 110}};
    ASSERT_TRUE(ws_->setLesionContour(image, drawn));
    reopen();
    auto back = ws_->lesionContour(image);
    ASSERT_TRUE(back);
    EXPECT_EQ(back->source, ContourSource::User);
    EXPECT_EQ(back->points, drawn);
    EXPECT_FALSE(ws_->setLesionContour(image, {{1, 1}, {2, 2}}));
}

TEST_F(FindingsPersistenceTest, PlacingALesionOnTheBodyMapCodesItsSite) {
    auto placed = ws_->placeOnBodyMap(lesion_a_, {BodyView::Front, 0.25, 0.38});
    ASSERT_TRUE(placed) << placed.error().message();
    EXPECT_EQ(placed->body_site, "right forearm");  // the patient's right: viewer's left
    EXPECT_EQ(placed->body_site_code, "14975008");
    EXPECT_EQ(placed->laterality, "R");
    EXPECT_EQ(ws_->placeOnBodyMap(lesion_a_, {BodyView::Front, 0.02, 0.5}).error().code,
              ErrorCode::InvalidArgument);  // beside the figure
    reopen();
    auto position = ws_->bodyMapPosition(lesion_a_);
    ASSERT_TRUE(position && *position);
    EXPECT_EQ((*position)->view, BodyView::Front);
    EXPECT_DOUBLE_EQ((*position)->x, 0.25);
    EXPECT_DOUBLE_EQ((*position)->y, 0.38);
    const auto patients = ws_->patients();
    ASSERT_TRUE(patients);
    for (const auto& p : *patients) {
        const auto tree = ws_->patient(p.record.id);
        ASSERT_TRUE(tree);
        for (const auto& l : tree->lesions)
            if (l.lesion_id == lesion_a_) {
                EXPECT_EQ(l.body_site, "right forearm");
                EXPECT_EQ(l.laterality, "R");
            }
    }
    EXPECT_FALSE(*ws_->bodyMapPosition(lesion_b_));
}

// A lesion created on the map before its images is listed with its position, and the pruning
// after a move (which removes empty lesions) keeps it.
TEST_F(FindingsPersistenceTest, ALesionPlacedBeforeItsImagesIsListedAndKept) {
    const auto patients = ws_->patients();
    ASSERT_TRUE(patients);
    PatientId patient;
    for (const auto& p : *patients)
        if (p.record.external_id == "PAT_A") patient = p.record.id;
    const auto created = ws_->createLesion({.patient = patient, .label = "L02"});
    ASSERT_TRUE(created) << created.error().message();
    ASSERT_TRUE(ws_->placeOnBodyMap(*created, {BodyView::Back, 0.5, 0.25}));
    auto map = ws_->bodyMap(patient);
    ASSERT_TRUE(map) << map.error().message();
    ASSERT_EQ(map->size(), 2u);
    EXPECT_EQ((*map)[0].lesion.id, lesion_a_);
    EXPECT_FALSE((*map)[0].position);
    EXPECT_EQ((*map)[1].lesion.body_site, "upper back");
    ASSERT_TRUE((*map)[1].position);
    EXPECT_EQ((*map)[1].position->view, BodyView::Back);
    // Moving an image out of PAT_A prunes PAT_A's empty lesions: the placed one stays.
    ASSERT_TRUE(ws_->assignImage(images_["PAT_A"][0], lesion_b_));
    EXPECT_EQ(ws_->bodyMap(patient)->size(), 2u);
    EXPECT_EQ(ws_->bodyMap(PatientId(999)).error().code, ErrorCode::NotFound);
}

TEST(BodyMapTest, RegionsGiveSiteCodeAndLaterality) {
    const auto back_left = bodySiteAt({BodyView::Back, 0.25, 0.38});
    ASSERT_TRUE(back_left);
    EXPECT_EQ(back_left->words, "left forearm");  // seen from behind: viewer's left is left
    EXPECT_EQ(back_left->laterality, "L");
    const auto chest = bodySiteAt({BodyView::Front, 0.5, 0.25});
    ASSERT_TRUE(chest);
    EXPECT_EQ(chest->words, "chest");
    EXPECT_EQ(chest->code, "816094009");
    EXPECT_EQ(chest->laterality, "B");
    EXPECT_EQ(bodySiteAt({BodyView::Back, 0.5, 0.25})->words, "upper back");
    EXPECT_EQ(bodySiteAt({BodyView::Front, 0.45, 0.98})->words, "right foot");
    EXPECT_EQ(bodySiteAt({BodyView::Front, 0.5, 0.05})->words, "face");
    EXPECT_FALSE(bodySiteAt({BodyView::Front, 1.5, 0.5}));
    for (const auto& r : bodyMapRegions()) {
        EXPECT_LT(r.x0, r.x1);
        EXPECT_LT(r.y0, r.y1);
        EXPECT_FALSE(std::string(r.code).empty()) << r.site;
    }
}

}  // namespace
}  // namespace dermalens
