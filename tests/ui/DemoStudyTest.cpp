// The demo study end to end through the main window: import into a temporary record store,
// analyse, rank, lesion view with overlay, compare view.
#include <gtest/gtest.h>

#include <QImage>
#include <QListView>
#include <QSettings>
#include <QTest>

#include "MainWindow.h"
#include "TestPaths.h"
#include "UiTestSupport.h"
#include "dermalens/synthetic/DemoStudyGenerator.h"
#include "pages/CompareView.h"
#include "pages/LesionPage.h"
#include "pages/PatientPage.h"
#include "services/AnalysisService.h"
#include "services/DemoStudy.h"
#include "services/Settings.h"
#include "services/WorkspaceService.h"
#include "support/QtConvert.h"
#include "widgets/ImageView.h"
#include "widgets/LesionTileModel.h"
#include "widgets/OverlayControls.h"

using namespace dermalens;
using namespace dermalens::ui;

namespace {

class DemoStudyTest : public ::testing::Test {
protected:
    void SetUp() override {
        QSettings().clear();
        model_ = test::chooseModel();
        test::useTestModel(settings_);
        window_ = std::make_unique<MainWindow>(&settings_);
        window_->show();
        ASSERT_TRUE(test::openDemo(*window_)) << "demo study did not open";
    }

    void requireAnalysis() {
        if (!test::waitForAnalysis(*window_))
            GTEST_SKIP() << "no model available (default model and tiny test models missing): "
                         << window_->service()->modelProblem().toStdString();
    }

    PatientId patientA() const { return test::findPatient(*window_, QStringLiteral("Patient-A")); }

    Settings settings_;
    test::TestStore store_{settings_};
    test::ModelChoice model_;
    std::unique_ptr<MainWindow> window_;
};

}  // namespace

TEST_F(DemoStudyTest, OpensAsSyntheticData) {
    ASSERT_TRUE(window_->hasPatient());
    EXPECT_EQ(window_->currentPatient().patient_id, patientA());  // the planted ugly duckling's
    EXPECT_TRUE(window_->currentPatient().synthetic);
    EXPECT_TRUE(window_->windowTitle().contains(QStringLiteral("SYNTHETIC")));
    EXPECT_EQ(window_->currentPage(), window_->patientPage());
    EXPECT_TRUE(
        window_->patientPage()
            ->tileModel()
            ->data(window_->patientPage()->tileModel()->index(0), LesionTileModel::SyntheticRole)
            .toBool());
}

TEST_F(DemoStudyTest, AnalysisCompletesAndRanksThePatient) {
    requireAnalysis();
    if (IsSkipped()) return;
    ASSERT_TRUE(test::showPatient(*window_, patientA()));
    LesionTileModel* tiles = window_->patientPage()->tileModel();
    ASSERT_GE(tiles->rowCount(), 2);
    // Tiles pick up cached predictions through queued signals: give them a moment.
    EXPECT_TRUE(
        test::waitFor([tiles] { return tiles->analysedCount() == tiles->rowCount(); }, 10'000));
    ASSERT_TRUE(test::waitFor([tiles] { return tiles->ranked(); }, 10'000));
    const int top = tiles->topRankedLesion();
    ASSERT_GE(top, 0);
    EXPECT_FALSE(
        tiles->data(tiles->index(top), LesionTileModel::TopClassRole).toString().isEmpty());
    const double malignant =
        tiles->data(tiles->index(top), LesionTileModel::MalignantRole).toDouble();
    EXPECT_GE(malignant, 0.0);
    EXPECT_LE(malignant, 1.0);
}

TEST_F(DemoStudyTest, PlantedUglyDucklingIsRankedFirstWithTheDefaultModel) {
    requireAnalysis();
    if (IsSkipped()) return;
    if (!model_.isDefault)
        GTEST_SKIP() << "only the trained default model's embeddings make this meaningful; "
                        "a tiny random test model is in use";
    const auto info = DemoStudyGenerator().write(toPath(DemoStudy::directory()));
    ASSERT_TRUE(info.has_value());
    ASSERT_TRUE(test::showPatient(*window_, patientA()));
    LesionTileModel* tiles = window_->patientPage()->tileModel();
    ASSERT_TRUE(test::waitFor([tiles] { return tiles->ranked(); }, 10'000));
    const Lesion& top = tiles->patient().lesions.at(tiles->topRankedLesion());
    const QString expected = qs(info->ugly_duckling_lesion);
    const QString source = qs(top.images.back().meta.source_path);
    EXPECT_TRUE(qs(top.id).contains(expected) || source.contains(u'/' + expected + u'/'))
        << "rank 1 is " << top.id << ", planted is " << info->ugly_duckling_lesion;
}

TEST_F(DemoStudyTest, OpeningTheDemoAgainImportsNothingNew) {
    const auto before = window_->store()->workspace()->patients().value();
    ASSERT_TRUE(test::openDemo(*window_));
    const auto after = window_->store()->workspace()->patients().value();
    ASSERT_EQ(after.size(), before.size());
    for (std::size_t i = 0; i < after.size(); ++i)
        EXPECT_EQ(after[i].image_count, before[i].image_count);
    EXPECT_EQ(window_->currentPatient().patient_id, patientA());
}

TEST_F(DemoStudyTest, OverlayToggles) {
    requireAnalysis();
    if (IsSkipped()) return;
    window_->showLesion(0);
    LesionPage* page = window_->lesionPage();
    ASSERT_TRUE(test::waitFor([page] { return page->ready(); }, 120'000)) << "no Grad-CAM overlay";
    EXPECT_TRUE(page->imageView()->hasOverlay());
    EXPECT_TRUE(page->imageView()->overlayVisible());
    page->toggleOverlay();
    EXPECT_FALSE(page->overlayControls()->overlayEnabled());
    EXPECT_FALSE(page->imageView()->overlayVisible());
    page->toggleOverlay();
    EXPECT_TRUE(page->imageView()->overlayVisible());
}

TEST_F(DemoStudyTest, CompareViewOpensWithTwoSelected) {
    PatientPage* page = window_->patientPage();
    ASSERT_GE(page->tileModel()->rowCount(), 2);
    page->selectLesions({0, 1});
    ASSERT_EQ(page->selectedLesions().size(), 2);
    Q_EMIT page->compareRequested(page->selectedLesions());
    EXPECT_EQ(window_->currentPage(), window_->compareView());
    EXPECT_EQ(window_->compareView()->viewCount(), 2);
    ASSERT_TRUE(test::waitFor([this] { return window_->compareView()->ready(); }, 30'000));
    // Zoom in one view: the other follows.
    window_->compareView()->view(0)->zoomBy(2.0);
    EXPECT_NEAR(window_->compareView()->view(1)->zoom(), window_->compareView()->view(0)->zoom(),
                1e-6);
}

TEST_F(DemoStudyTest, ExportWritesAReportPng) {
    requireAnalysis();
    if (IsSkipped()) return;
    window_->showLesion(0);
    LesionPage* page = window_->lesionPage();
    ASSERT_TRUE(test::waitFor([page] { return page->ready(); }, 120'000));
    test::TempDir dir("dermalens-ui-export");
    const QString path = fromPath(dir / "view.png");
    EXPECT_TRUE(window_->exportView(path).isEmpty());
    const QImage image(path);
    ASSERT_FALSE(image.isNull());
    EXPECT_GT(image.width(), page->imageView()->imageSize().width());  // image + text column
    EXPECT_TRUE(window_->exportView(QStringLiteral("/nonexistent-dir/view.png"))
                    .contains(QStringLiteral("/nonexistent-dir/view.png")));
}

TEST_F(DemoStudyTest, KeyboardOpensALesionFromTheGrid) {
    QListView* grid = window_->patientPage()->grid();
    grid->setFocus();
    QTest::keyClick(grid, Qt::Key_Right);
    const QModelIndex current = grid->currentIndex();
    ASSERT_TRUE(current.isValid());
    QTest::keyClick(grid, Qt::Key_Return);
    EXPECT_EQ(window_->currentPage(), window_->lesionPage());
    const int lesion = current.data(LesionTileModel::LesionIndexRole).toInt();
    const auto& images = window_->patientPage()->patient().lesions.at(lesion).images;
    EXPECT_EQ(window_->lesionPage()->currentImage(), images.back().image_id);
}
