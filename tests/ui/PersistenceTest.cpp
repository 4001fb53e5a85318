// Records that last: what one window puts into the record store (imported patients and
// lesions, a manual assignment, a ruler calibration, the analyses) is what a new window over
// the same store shows, without analysing anything again.
#include <gtest/gtest.h>

#include <QSettings>
#include <QTest>
#include <map>

#include "MainWindow.h"
#include "SyntheticImages.h"
#include "UiTestSupport.h"
#include "pages/LesionPage.h"
#include "pages/PatientPage.h"
#include "services/AnalysisService.h"
#include "services/Settings.h"
#include "services/WorkspaceService.h"
#include "support/QtConvert.h"
#include "widgets/ImageView.h"
#include "widgets/LesionTileModel.h"
#include "widgets/PatientListPanel.h"

using namespace dermalens;
using namespace dermalens::ui;

namespace {

constexpr double kMmPerPixel = 0.1;  // a 50 px ruler line said to be 5 mm

// <root>/PatientX/{L1-back,L2-arm}/…, <root>/PatientY/L1-leg/…: two patients, three lesions.
void writeImages(const std::filesystem::path& root) {
    const std::pair<const char*, unsigned> files[] = {{"PatientX/L1-back/2024-01-10.png", 11},
                                                      {"PatientX/L2-arm/2024-01-10.png", 12},
                                                      {"PatientY/L1-leg/2024-02-01.png", 13}};
    for (const auto& [file, seed] : files) {
        std::filesystem::create_directories((root / file).parent_path());
        test::writeRaster(root / file, test::makeLesionImage(160, 120, seed),
                          test::RasterFormat::Png);
    }
}

// Draws a horizontal ruler of `px` image pixels on the shown image.
void drawRuler(ImageView* view, double px) {
    view->setMeasureMode(true);
    const QPoint a = view->mapFromScene(QPointF(10, 10));
    const QPoint b = view->mapFromScene(QPointF(10 + px, 10));
    QTest::mousePress(view->viewport(), Qt::LeftButton, Qt::NoModifier, a);
    QTest::mouseMove(view->viewport(), b);
    QTest::mouseRelease(view->viewport(), Qt::LeftButton, Qt::NoModifier, b);
    view->setMeasureMode(false);
}

// What the first window leaves in the store.
struct Recorded {
    PatientId x, y;
    ImageId moved;       // X's back lesion, assigned to Y
    ImageId calibrated;  // X's arm lesion
    std::map<ImageId, AnalysisId> analyses;
};

class PersistenceTest : public ::testing::Test {
protected:
    void SetUp() override {
        QSettings().clear();
        test::useTestModel(settings_);
        writeImages(images_.path());
    }

    Recorded firstSession();
    void lesionPageShows(MainWindow& window, int lesion);

    Settings settings_;
    test::TestStore store_{settings_};
    test::TempDir images_{"dermalens-ui-persist"};
};

void PersistenceTest::lesionPageShows(MainWindow& window, int lesion) {
    window.showLesion(lesion);
    ImageView* view = window.lesionPage()->imageView();
    ASSERT_TRUE(test::waitFor([view] { return view->hasImage(); }, 30'000));
}

Recorded PersistenceTest::firstSession() {
    Recorded r;
    MainWindow window(&settings_);
    window.show();
    EXPECT_TRUE(test::importPaths(window, {fromPath(images_.path())}));
    r.x = test::findPatient(window, QStringLiteral("PatientX"));
    r.y = test::findPatient(window, QStringLiteral("PatientY"));
    EXPECT_TRUE(test::showPatient(window, r.x));
    const Patient x = window.currentPatient();
    EXPECT_EQ(x.lesions.size(), 2u);
    if (x.lesions.size() != 2) return r;
    r.moved = x.lesions[0].images.back().image_id;       // "L1 (back)" sorts first
    r.calibrated = x.lesions[1].images.back().image_id;  // "L2 (arm)"
    AssignTarget target;
    target.patient = r.y;
    target.newLesionLabel = QStringLiteral("from X");
    EXPECT_EQ(test::await(window.assignLesions({0}, target)), QString());

    lesionPageShows(window, 0);  // X's only lesion now: the arm
    EXPECT_EQ(window.lesionPage()->currentImage(), r.calibrated);
    drawRuler(window.lesionPage()->imageView(), 50);
    QObject scope;
    bool saved = false;
    QObject::connect(window.lesionPage(), &LesionPage::calibrationSaved, &scope,
                     [&] { saved = true; });
    window.lesionPage()->calibrateRuler(50 * kMmPerPixel);
    EXPECT_TRUE(test::waitFor([&] { return saved; }, 10'000));

    if (!test::waitForAnalysis(window)) return r;  // no model: the analysis part is skipped
    auto ws = window.store()->workspace();
    for (const ImageId& id : {r.moved, r.calibrated}) {
        auto stored = ws->currentAnalysis(id);
        EXPECT_TRUE(stored && *stored) << "not analysed: " << id.hex();
        if (stored && *stored) r.analyses[id] = (*stored)->id;
    }
    return r;
}

}  // namespace

TEST_F(PersistenceTest, ANewWindowShowsWhatTheLastOneStored) {
    const Recorded before = firstSession();
    ASSERT_TRUE(before.x.valid() && before.y.valid() && before.moved.valid());

    MainWindow window(&settings_);  // the first window is gone; same store
    window.show();
    const QList<PatientId> listed = window.patientList()->shownPatients();
    EXPECT_TRUE(listed.contains(before.x) && listed.contains(before.y));
    EXPECT_EQ(listed.size(), 2);

    // The assignment: Y has its own lesion and the one moved from X.
    ASSERT_TRUE(test::showPatient(window, before.y));
    const Patient y = window.currentPatient();
    ASSERT_EQ(y.lesions.size(), 2u);
    const auto moved = std::find_if(y.lesions.begin(), y.lesions.end(),
                                    [](const Lesion& l) { return l.label == "from X"; });
    ASSERT_NE(moved, y.lesions.end());
    EXPECT_EQ(moved->images.back().image_id, before.moved);
    EXPECT_EQ(test::storedPatient(window, before.x).lesions.size(), 1u);

    // The calibration, in the store and on screen.
    auto ws = window.store()->workspace();
    const auto calibration = ws->calibration(before.calibrated);
    ASSERT_TRUE(calibration && *calibration);
    EXPECT_NEAR((*calibration)->mm_per_pixel, kMmPerPixel, 1e-3);
    EXPECT_EQ((*calibration)->source, "ruler");
    ASSERT_TRUE(test::showPatient(window, before.x));
    lesionPageShows(window, 0);
    ImageView* view = window.lesionPage()->imageView();
    EXPECT_TRUE(test::waitFor([view] { return view->mmPerPixel().has_value(); }, 10'000));
    EXPECT_NEAR(view->mmPerPixel().value_or(0), kMmPerPixel, 1e-3);

    if (before.analyses.empty()) GTEST_SKIP() << "no model: predictions not checked";
    // The stored predictions come back; no analysis is run (or stored) again.
    ASSERT_TRUE(test::showPatient(window, before.y));
    AnalysisService* service = window.service();
    ASSERT_TRUE(test::waitFor([service] { return service->modelReady(); }, 180'000));
    LesionTileModel* tiles = window.patientPage()->tileModel();
    EXPECT_TRUE(
        test::waitFor([tiles] { return tiles->analysedCount() == tiles->rowCount(); }, 30'000));
    EXPECT_TRUE(test::waitFor([service] { return !service->analysing(); }, 30'000));
    for (const auto& [id, analysis] : before.analyses) {
        auto stored = ws->currentAnalysis(id);
        ASSERT_TRUE(stored && *stored);
        EXPECT_EQ((*stored)->id, analysis) << "analysed again: " << id.hex();
        if (service->analysis(id)) EXPECT_EQ(service->analysis(id)->id, analysis);
    }
    EXPECT_TRUE(ws->needingAnalysis().value_or(std::vector<ImageId>(1)).empty());
}
