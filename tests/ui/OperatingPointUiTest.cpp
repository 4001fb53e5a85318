// The operating point in the viewer: choosing another point in Settings changes which tiles are
// suspicious (a lesion whose malignant probability lies between two points' thresholds), the
// tile and the prediction panel name the point, and the chooser shows what a point costs.
#include <gtest/gtest.h>

#include <QComboBox>
#include <QLabel>
#include <QSettings>
#include <fstream>
#include <nlohmann/json.hpp>

#include "ModelSeal.h"
#include "SyntheticImages.h"
#include "UiTestSupport.h"
#include "dialogs/SettingsDialog.h"
#include "services/AnalysisService.h"
#include "services/Settings.h"
#include "services/WorkspaceService.h"
#include "support/QtConvert.h"
#include "widgets/LesionTileModel.h"
#include "widgets/OperatingPointChooser.h"
#include "widgets/PredictionPanel.h"

using namespace dermalens;
using namespace dermalens::ui;
namespace fs = std::filesystem;
using nlohmann::json;

namespace {

// A copy of the model package whose card has a malignant ROC with two named points, one
// threshold above `p` (90 % sensitivity) and one below it (95 %).
fs::path modelWithPointsAround(const fs::path& model, double p, const fs::path& dir) {
    fs::create_directories(dir);
    for (const auto& e : fs::directory_iterator(model))
        if (e.is_regular_file()) fs::copy_file(e.path(), dir / e.path().filename());
    json card = json::parse(std::ifstream(dir / "model.json"));
    const double above = (p + 1) / 2, below = p / 2;
    card["roc"] = {
        {"source", "test"},
        {"curves",
         {{{"target", "malignant"},
           {"auc", 0.9},
           {"points",
            {{{"threshold", 0.995}, {"sensitivity", 0.1}, {"specificity", 0.99}},
             {{"threshold", above}, {"sensitivity", 0.9}, {"specificity", 0.7}},
             {{"threshold", below}, {"sensitivity", 0.95}, {"specificity", 0.5}},
             {{"threshold", 0.0}, {"sensitivity", 1.0}, {"specificity", 0.0}}}}}}},
        {"operating_points",
         {{{"name", "malignant sensitivity 90 %"}, {"target", "malignant"},
           {"target_sensitivity", 0.9}, {"threshold", above}, {"sensitivity", 0.9},
           {"specificity", 0.7}},
          {{"name", "malignant sensitivity 95 %"}, {"target", "malignant"},
           {"target_sensitivity", 0.95}, {"threshold", below}, {"sensitivity", 0.95},
           {"specificity", 0.5}}}},
        {"default_operating_point", "malignant sensitivity 90 %"}};
    std::ofstream(dir / "model.json", std::ios::trunc) << card.dump(1);
    EXPECT_EQ(test::resealModel(dir), "");  // "roc" is sealed into the weights
    return dir;
}

// Picks the chooser's entry whose text is `text`, as a user would in the dialog, and
// applies the dialog the way the Settings menu does.
void choose(SettingsDialog& dialog, AnalysisService* service, Settings& settings,
            const QString& text) {
    auto* combo = dialog.operatingPointChooser()->findChild<QComboBox*>(
        QStringLiteral("operatingPoint"));
    ASSERT_NE(combo, nullptr);
    const int index = combo->findText(text, Qt::MatchExactly);
    ASSERT_GE(index, 0) << text.toStdString();
    combo->setCurrentIndex(index);
    dialog.apply();
    service->setOperatingPointChoice(settings.operatingPointChoice());
}

// One imported lesion, analysed, in a tile model: the services the patient page uses.
class OperatingPointUiTest : public ::testing::Test {
protected:
    void SetUp() override {
        QSettings().clear();
        test::useTestModel(settings_);
        if (settings_.modelDirectory().isEmpty()) GTEST_SKIP() << "no model to analyse with";
        ASSERT_TRUE(store_.open(fromPath(dir_ / "store")).isEmpty());
        const fs::path image = dir_ / "images" / "PatientOP" / "L1-back" / "2024-03-01.png";
        fs::create_directories(image.parent_path());
        test::writeRaster(image, test::makeLesionImage(160, 120, 21), test::RasterFormat::Png);
        auto ws = store_.workspace();
        auto plan = ws->planImport({dir_ / "images"});
        ASSERT_TRUE(plan) << plan.error().message();
        auto summary = ws->commitImport(*plan);
        ASSERT_TRUE(summary && summary->imported == 1u);
        auto patients = ws->patients();
        ASSERT_TRUE(patients && patients->size() == 1u);
        auto patient = ws->patient(patients->front().record.id);
        ASSERT_TRUE(patient);
        patient_ = *patient;
    }
    void TearDown() override { QSettings().clear(); }

    // Loads the model and waits until the tile shows the lesion's malignant probability.
    double loadAndShow(const QString& model) {
        service_.loadModel(model, Device::Cpu);
        EXPECT_TRUE(test::waitFor([&] { return service_.modelReady(); }));
        tiles_.setPatient(patient_);
        EXPECT_TRUE(test::waitFor([&] { return malignant() >= 0; }, 120'000));
        return malignant();
    }
    [[nodiscard]] QModelIndex tile() const { return tiles_.index(0, 0); }
    [[nodiscard]] double malignant() const {
        return tile().data(LesionTileModel::MalignantRole).toDouble();
    }

    test::TempDir dir_{"dermalens-ui-operating-point"};
    Settings settings_;
    WorkspaceService store_;
    AnalysisService service_{&store_};
    LesionTileModel tiles_{&service_, &store_};
    Patient patient_;
};

TEST_F(OperatingPointUiTest, ChangingThePointInSettingsChangesTheTilesSuspiciousMarking) {
    const double p = loadAndShow(settings_.modelDirectory());
    ASSERT_EQ(tiles_.rowCount(), 1);
    ASSERT_GT(p, 0.0);
    ASSERT_LT(p, 0.99);
    const fs::path model =
        modelWithPointsAround(toPath(settings_.modelDirectory()), p, dir_ / "model");
    ASSERT_DOUBLE_EQ(loadAndShow(fromPath(model)), p);  // same weights: the stored analysis
    // The card's default (90 %): its threshold is above the lesion's probability.
    EXPECT_EQ(service_.operatingPoint().name, "malignant sensitivity 90 %");
    EXPECT_FALSE(tile().data(LesionTileModel::SuspiciousRole).toBool());

    SettingsDialog dialog(&settings_);
    dialog.setModelCard(service_.card());
    choose(dialog, &service_, settings_, QStringLiteral("95 % malignant sensitivity"));
    EXPECT_EQ(settings_.operatingPointChoice().key(), "malignant:0.95");
    EXPECT_DOUBLE_EQ(service_.operatingPoint().threshold, p / 2);
    EXPECT_TRUE(tile().data(LesionTileModel::SuspiciousRole).toBool());
    EXPECT_DOUBLE_EQ(tile().data(LesionTileModel::ThresholdRole).toDouble(), p / 2);
    EXPECT_TRUE(tile().data(Qt::ToolTipRole).toString().contains(
        QStringLiteral("95 % malignant sensitivity")));
    EXPECT_TRUE(dialog.operatingPointChooser()->costText().contains(QStringLiteral("50.0 %")))
        << qPrintable(dialog.operatingPointChooser()->costText());

    choose(dialog, &service_, settings_, QStringLiteral("90 % malignant sensitivity"));
    EXPECT_FALSE(tile().data(LesionTileModel::SuspiciousRole).toBool());
    EXPECT_TRUE(tile().data(Qt::ToolTipRole).toString().contains(
        QStringLiteral("90 % malignant sensitivity")));
    // A new window reads the saved choice.
    EXPECT_EQ(Settings().operatingPointChoice().key(), "malignant:0.9");
}

TEST(OperatingPointPanelTest, ThePanelSaysWhetherTheResultIsSuspiciousAndNamesThePoint) {
    ModelCard card;
    card.name = "m";
    card.version = "1";
    card.classes = {{"mel", "Melanoma", true}, {"nv", "Melanocytic nevus", false}};
    Prediction prediction;
    prediction.probabilities = {0.3f, 0.7f};
    prediction.top_class = 1;
    prediction.malignant_probability = 0.3f;
    PredictionPanel panel;
    OperatingPoint point{"melanoma sensitivity 95 %", RocTarget::Melanoma, 0.2, 0.95, 0.96, 0.61};
    panel.setOperatingPoint(point);
    panel.setPrediction(prediction, card);
    auto* line = panel.findChild<QLabel*>(QStringLiteral("suspiciousLine"));
    ASSERT_NE(line, nullptr);
    EXPECT_TRUE(line->text().startsWith(QStringLiteral("SUSPICIOUS"))) << qPrintable(line->text());
    EXPECT_TRUE(line->text().contains(QStringLiteral("95 % melanoma sensitivity")));
    EXPECT_TRUE(line->text().contains(QStringLiteral("specificity 61.0 %")));
    EXPECT_TRUE(line->text().contains(QStringLiteral("20.00 %")));
    EXPECT_TRUE(panel.summaryText().contains(QStringLiteral("95 % melanoma sensitivity")));
    point.threshold = 0.4;  // now above the result
    panel.setOperatingPoint(point);
    EXPECT_TRUE(line->text().startsWith(QStringLiteral("Not suspicious"))) << qPrintable(line->text());
    panel.setOperatingPoint(OperatingPoint{});
    EXPECT_TRUE(line->text().contains(QStringLiteral("default")));
}

// The chooser over the shipped card: its ROC, and what 95 % malignant sensitivity costs.
TEST(OperatingPointChooserTest, ShowsTheShippedCardsRocAndTheSpecificityAPointCosts) {
    const auto file = test::defaultModelDir() / "model.json";
    DERMALENS_REQUIRE_DIR(file, "the shipped default model is needed");
    std::ifstream in(file);
    const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    const auto card = parseModelCard(text, file);
    ASSERT_TRUE(card) << card.error().message();
    QSettings().clear();
    Settings settings;
    settings.setOperatingPointChoice(*OperatingPointChoice::fromKey("malignant:0.95"));
    SettingsDialog dialog(&settings);
    dialog.setModelCard(&*card);
    OperatingPointChooser* chooser = dialog.operatingPointChooser();
    const OperatingPoint point = chooser->point();
    EXPECT_EQ(point.name, "malignant sensitivity 95 %");
    ASSERT_TRUE(point.specificity);
    EXPECT_TRUE(chooser->costText().contains(
        QStringLiteral("%1 %").arg(*point.specificity * 100, 0, 'f', 1)))
        << qPrintable(chooser->costText());
    dialog.resize(dialog.sizeHint().expandedTo(QSize(760, 0)));
    dialog.show();
    test::saveScreenshot(&dialog, QStringLiteral("13-operating-point.png"));
    QSettings().clear();
}

}  // namespace
