// The demo study end to end through the main window: open, analyse, rank, lesion view with
// overlay, compare view.
#include <gtest/gtest.h>

#include <QImage>
#include <QListView>
#include <QSettings>
#include <QTest>

#include "services/AnalysisService.h"
#include "pages/CompareView.h"
#include "widgets/ImageView.h"
#include "pages/LesionPage.h"
#include "widgets/LesionTileModel.h"
#include "MainWindow.h"
#include "widgets/OverlayControls.h"
#include "pages/PatientPage.h"
#include "support/QtConvert.h"
#include "services/Settings.h"
#include "services/StudyLoader.h"
#include "TestPaths.h"
#include "UiTestSupport.h"
#include "dermalens/synthetic/DemoStudyGenerator.h"

using namespace dermalens;
using namespace dermalens::ui;

namespace {

class DemoStudyTest : public ::testing::Test {
protected:
    void SetUp() override {
        QSettings().clear();
        model_ = test::chooseModel();
        if (!model_.directory.isEmpty()) settings_.overrideModelDirectory(model_.directory);
        settings_.setDevice(Device::Cpu);
        window_ = std::make_unique<MainWindow>(&settings_);
        window_->show();
        bool opened = false;
        QObject::connect(window_.get(), &MainWindow::studyOpened, [&opened] { opened = true; });
        window_->openDemo();
        ASSERT_TRUE(test::waitFor([&] { return opened; }, 120'000)) << "demo study did not open";
    }

    void requireAnalysis() {
        AnalysisService* service = window_->service();
        ASSERT_TRUE(test::waitFor([service] { return !service->modelLoading(); }, 180'000));
        if (!service->modelReady())
            GTEST_SKIP() << "no model available (default model and tiny test models missing): "
                         << service->modelProblem().toStdString();
        ASSERT_TRUE(test::waitFor([service] { return !service->analysing(); }, 600'000));
    }

    int patientA() const {
        const Study& s = window_->study();
        for (int i = 0; i < static_cast<int>(s.patients.size()); ++i)
            if (qs(s.patients[i].id).contains(QStringLiteral("Patient-A"))) return i;
        return 0;
    }

    Settings settings_;
    test::ModelChoice model_;
    std::unique_ptr<MainWindow> window_;
};

}  // namespace

TEST_F(DemoStudyTest, OpensAsSyntheticData) {
    ASSERT_FALSE(window_->study().patients.empty());
    EXPECT_TRUE(window_->studySynthetic());
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
    window_->showPatient(patientA());
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
    const auto info = DemoStudyGenerator().write(toPath(StudyLoader::demoDirectory()));
    ASSERT_TRUE(info.has_value());
    window_->showPatient(patientA());
    LesionTileModel* tiles = window_->patientPage()->tileModel();
    ASSERT_TRUE(test::waitFor([tiles] { return tiles->ranked(); }, 5'000));
    const Lesion& top = tiles->patient().lesions.at(tiles->topRankedLesion());
    const QString expected = qs(info->ugly_duckling_lesion);
    EXPECT_TRUE(qs(top.id).contains(expected) || qs(top.label).contains(expected) ||
                fromPath(top.images.back().path).contains(u'/' + expected + u'/'))
        << "rank 1 is " << top.id << ", planted is " << info->ugly_duckling_lesion;
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
    EXPECT_EQ(window_->lesionPage()->currentPath(), fromPath(images.back().path));
}
