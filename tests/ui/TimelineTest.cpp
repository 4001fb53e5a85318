// The follow-up timeline: a lesion imaged at two visits (a SYNTHETIC lesion that grew 30 %,
// photographed again closer and turned) opens from the lesion page with both visits, the
// comparison arrives off the GUI thread, the change figures show the growth, and the blend
// slider moves the aligned overlay; flicker alternates the aligned images on a timer, swipe
// splits them at a divider. Two unrelated images of one "lesion" are shown unaligned under a
// warning. The chart has a point per visit; a corrected outline is stored and reloads.
#include <gtest/gtest.h>

#include <QComboBox>
#include <QLineSeries>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSlider>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <algorithm>
#include <cmath>
#include <fstream>

#include "FollowUpScene.h"
#include "MainWindow.h"
#include "SyntheticImages.h"
#include "UiTestSupport.h"
#include "pages/LesionPage.h"
#include "pages/TimelinePage.h"
#include "services/AnalysisService.h"
#include "services/Settings.h"
#include "services/WorkspaceService.h"
#include "support/QtConvert.h"
#include "widgets/ContourOverlay.h"
#include "widgets/ImageView.h"
#include "widgets/OverlayBlendView.h"
#include "widgets/TimelineChart.h"

using namespace dermalens;
using namespace dermalens::ui;

namespace {

namespace fs = std::filesystem;

// The scene of tests/support/FollowUpScene.h; the first visit sees its middle.
cv::Mat firstVisit(unsigned seed) { return test::firstVisit(test::followUpScene(seed, 1.0)); }
cv::Mat scene(unsigned seed, double growth) { return test::followUpScene(seed, growth); }
using test::photograph;

// Pixels whose colour differs by more than a little between two same-sized images.
int differingPixels(const QImage& a, const QImage& b) {
    if (a.size() != b.size()) return -1;
    int n = 0;
    for (int y = 0; y < a.height(); ++y)
        for (int x = 0; x < a.width(); ++x) {
            const QColor p = a.pixelColor(x, y), q = b.pixelColor(x, y);
            if (std::abs(p.red() - q.red()) + std::abs(p.green() - q.green()) +
                    std::abs(p.blue() - q.blue()) >
                12)
                ++n;
        }
    return n;
}

// The pixels of `image` in columns [from, to).
QImage columns(const QImage& image, int from, int to) {
    return image.copy(from, 0, to - from, image.height());
}

// The overlay's frame at blend 0 (before) and 100 (after aligned), back in blend mode at 50.
std::pair<QImage, QImage> blendEnds(OverlayBlendView* overlay) {
    overlay->setMode(OverlayBlendView::Mode::Blend);
    overlay->setBlend(0);
    const QImage before = overlay->composite();
    overlay->setBlend(100);
    const QImage after = overlay->composite();
    overlay->setBlend(50);
    return {before, after};
}

class TimelineTest : public ::testing::Test {
protected:
    void SetUp() override {
        QSettings().clear();
        test::useTestModel(settings_);
    }

    // Imports GROW (grown 30 %) and UNRELATED (two different lesions) at two visits.
    PatientId importTwoVisits(MainWindow& window) {
        const fs::path src = dir_.path() / "src";
        fs::create_directories(src);
        auto write = [&](const std::string& name, const cv::Mat& rgb) {
            test::writeRaster(src / (name + ".png"), rgb, test::RasterFormat::Png);
        };
        write("grow_1", firstVisit(6));
        write("grow_2", photograph(scene(6, 1.3), 12));
        write("unrelated_1", firstVisit(23));
        write("unrelated_2", cv::Mat(firstVisit(11).t()).clone());  // another lesion, turned
        std::ofstream(dir_.path() / "meta.csv")
            << "image_id,lesion_id,patient_id,date\n"
               "grow_1,GROW,SYNTHETIC-FOLLOWUP,2023-01-10\n"
               "grow_2,GROW,SYNTHETIC-FOLLOWUP,2024-01-15\n"
               "unrelated_1,UNRELATED,SYNTHETIC-FOLLOWUP,2023-01-10\n"
               "unrelated_2,UNRELATED,SYNTHETIC-FOLLOWUP,2024-01-15\n";
        auto ws = window.store()->workspace();
        ImportOptions options;
        options.metadata_csv = dir_.path() / "meta.csv";
        auto plan = ws->planImport({src}, options);
        EXPECT_TRUE(plan) << plan.error().message();
        if (!plan) return {};
        auto summary = ws->commitImport(*plan);
        EXPECT_TRUE(summary && summary->imported == 4u);
        window.store()->announceRecordsChanged();
        return test::findPatient(window, QStringLiteral("FOLLOWUP"));
    }

    // Shows the lesion whose id contains `key` and opens its timeline from the lesion page.
    TimelinePage* openTimeline(MainWindow& window, PatientId patient, const std::string& key) {
        EXPECT_TRUE(test::showPatient(window, patient));
        const auto& lesions = window.currentPatient().lesions;
        for (int i = 0; i < static_cast<int>(lesions.size()); ++i)
            if (lesions[i].id.find(key) != std::string::npos) window.showLesion(i);
        EXPECT_NE(window.lesionPage()->lesion().id.find(key), std::string::npos);
        QPushButton* followUp = window.lesionPage()->followUpButton();
        EXPECT_TRUE(followUp->isEnabled());
        followUp->click();
        EXPECT_EQ(window.currentPage(), window.timelinePage());
        TimelinePage* page = window.timelinePage();
        EXPECT_TRUE(test::waitFor([page] { return page->ready(); }, 60'000));
        return page;
    }

    // The lesion the timeline shows (its images oldest first).
    static Lesion shownLesion(MainWindow& window) { return window.lesionPage()->lesion(); }

    Settings settings_;
    test::TestStore store_{settings_};
    test::TempDir dir_{"dermalens-ui-timeline"};
};

TEST_F(TimelineTest, ShowsTwoVisitsTheGrowthAndABlendOfTheAlignedImages) {
    MainWindow window(&settings_);
    window.resize(1600, 1000);
    window.show();
    const PatientId patient = importTwoVisits(window);
    ASSERT_TRUE(patient.valid());
    TimelinePage* page = openTimeline(window, patient, "GROW");
    ASSERT_TRUE(page->ready());
    EXPECT_EQ(page->visitCount(), 2);
    EXPECT_EQ(page->strip()->count(), 2);
    EXPECT_EQ(page->chosenVisits(), std::make_pair(0, 1));
    EXPECT_EQ(page->strip()->selectedItems().size(), 2);
    ASSERT_TRUE(page->comparison().has_value()) << page->changeText().toStdString();

    // The change figures: the lesion grew 30 %.
    const QString text = page->changeText();
    const auto match = QRegularExpression(QStringLiteral("Area ratio: ([0-9.]+)")).match(text);
    ASSERT_TRUE(match.hasMatch()) << text.toStdString();
    EXPECT_GT(match.captured(1).toDouble(), 1.1) << text.toStdString();
    EXPECT_LT(match.captured(1).toDouble(), 1.6) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("2023-01-10 → 2024-01-15"))) << text.toStdString();

    // The aligned overlay: 0 % is the earlier visit, 100 % the later one warped onto it.
    OverlayBlendView* overlay = page->overlay();
    ASSERT_TRUE(page->comparison()->change.registration.trusted)
        << page->comparison()->change.registration.reason;
    ASSERT_TRUE(test::waitFor([overlay] { return overlay->hasOverlay(); }, 10'000));
    overlay->slider()->setValue(0);
    const QImage before = overlay->composite();
    EXPECT_EQ(before.size(), QSize(400, 300));
    EXPECT_EQ(differingPixels(before, toQImage(firstVisit(6)).convertToFormat(before.format())), 0);
    overlay->slider()->setValue(100);
    const QImage after = overlay->composite();
    EXPECT_GT(differingPixels(before, after), 400 * 300 / 50);  // the grown rim at least
    overlay->slider()->setValue(50);
    const QImage half = overlay->composite();
    EXPECT_GT(differingPixels(before, half), 0);
    EXPECT_GT(differingPixels(half, after), 0);

    // Zoom and pan are synchronised between the two visits.
    page->beforeView()->zoomBy(2.0);
    EXPECT_NEAR(page->afterView()->zoom(), page->beforeView()->zoom(), 1e-6);
    page->afterView()->applyViewState(3.0, QPointF(0.3, 0.6));
    page->afterView()->zoomBy(1.25);  // announces the after view's state, which the before follows
    EXPECT_NEAR(page->beforeView()->zoom(), page->afterView()->zoom(), 1e-6);
    page->beforeView()->fitToWindow();

    // Not calibrated: the chart's area is relative to the first visit (the second photograph
    // is 5 % closer, so its pixel area is 1.3 x 1.05^2 of the first).
    ASSERT_TRUE(test::waitFor([page] { return page->timelineReady(); }, 60'000));
    EXPECT_FALSE(page->chart()->areaCalibrated());
    ASSERT_EQ(page->chart()->areaSeries()->count(), 2);
    EXPECT_DOUBLE_EQ(page->chart()->areaSeries()->at(0).y(), 1.0);
    EXPECT_GT(page->chart()->areaSeries()->at(1).y(), 1.25);
    EXPECT_LT(page->chart()->areaSeries()->at(1).y(), 1.65);
    test::saveScreenshot(&window, QStringLiteral("08-timeline.png"));
}

TEST_F(TimelineTest, AnUntrustedAlignmentIsShownUnalignedUnderAWarning) {
    MainWindow window(&settings_);
    window.show();
    const PatientId patient = importTwoVisits(window);
    ASSERT_TRUE(patient.valid());
    TimelinePage* page = openTimeline(window, patient, "UNRELATED");
    ASSERT_TRUE(page->ready());
    ASSERT_TRUE(page->comparison().has_value()) << page->changeText().toStdString();
    const auto& registration = page->comparison()->change.registration;
    ASSERT_FALSE(registration.trusted);
    OverlayBlendView* overlay = page->overlay();
    ASSERT_TRUE(test::waitFor([overlay] { return overlay->hasOverlay(); }, 10'000));
    EXPECT_FALSE(overlay->aligned());
    EXPECT_TRUE(overlay->message().contains(QStringLiteral("NOT ALIGNED")));
    EXPECT_TRUE(overlay->message().contains(QStringLiteral("not trusted")));
    EXPECT_TRUE(overlay->message().contains(qs(registration.reason)));
    EXPECT_TRUE(page->changeText().contains(QStringLiteral("Alignment not trusted")));
    // Every mode keeps the warning; the after frame is the later image merely scaled (here
    // turned 90 degrees, 300x400 into 400x300: black bands left and right).
    const auto [before, after] = blendEnds(overlay);
    EXPECT_EQ(differingPixels(before, toQImage(firstVisit(23)).convertToFormat(before.format())),
              0);
    EXPECT_EQ(after.pixelColor(10, 150), QColor(Qt::black));
    EXPECT_NE(after.pixelColor(200, 150), QColor(Qt::black));
    overlay->setMode(OverlayBlendView::Mode::Swipe);
    EXPECT_FALSE(overlay->aligned());
    EXPECT_TRUE(overlay->message().contains(QStringLiteral("not trusted")));
}

TEST_F(TimelineTest, TheFollowUpButtonNeedsTwoImages) {
    MainWindow window(&settings_);
    window.show();
    const fs::path src = dir_.path() / "one" / "PatientZ" / "L1-arm";
    fs::create_directories(src);
    test::writeRaster(src / "2024-01-10.png", firstVisit(6), test::RasterFormat::Png);
    ASSERT_TRUE(test::importPaths(window, {fromPath(dir_.path() / "one")}));
    ASSERT_TRUE(test::showPatient(window, test::findPatient(window, QStringLiteral("PatientZ"))));
    window.showLesion(0);
    EXPECT_FALSE(window.lesionPage()->followUpButton()->isEnabled());
}

TEST_F(TimelineTest, FlickerAlternatesTheAlignedImagesOnATimerUntilPaused) {
    MainWindow window(&settings_);
    window.show();
    const PatientId patient = importTwoVisits(window);
    ASSERT_TRUE(patient.valid());
    TimelinePage* page = openTimeline(window, patient, "GROW");
    OverlayBlendView* overlay = page->overlay();
    ASSERT_TRUE(test::waitFor([overlay] { return overlay->hasOverlay(); }, 10'000));
    ASSERT_TRUE(overlay->aligned());
    const auto ends = blendEnds(overlay);
    const QImage before = ends.first, after = ends.second;
    ASSERT_GT(differingPixels(before, after), 400 * 300 / 50);

    overlay->modeSelector()->setCurrentIndex(1);  // as the user picks "Flicker"
    ASSERT_EQ(overlay->mode(), OverlayBlendView::Mode::Flicker);
    overlay->setFlickerInterval(40);
    // Each tick shows the other image: before, after, before... and nothing in between.
    std::vector<bool> shown;
    QObject::connect(overlay, &OverlayBlendView::frameChanged, overlay, [&] {
        const QImage frame = overlay->composite();
        shown.push_back(differingPixels(frame, after) == 0);
        EXPECT_TRUE(differingPixels(frame, shown.back() ? after : before) == 0);
    });
    ASSERT_TRUE(test::waitFor([&shown] { return shown.size() >= 4; }, 5'000));
    for (std::size_t i = 1; i < shown.size(); ++i) EXPECT_NE(shown[i], shown[i - 1]) << i;

    overlay->setFlickerPaused(true);
    const std::size_t ticks = shown.size();
    const QImage held = overlay->composite();
    test::waitFor([] { return false; }, 300);
    EXPECT_EQ(shown.size(), ticks);
    EXPECT_EQ(differingPixels(overlay->composite(), held), 0);
    overlay->setFlickerPaused(false);
    EXPECT_TRUE(test::waitFor([&shown, ticks] { return shown.size() > ticks; }, 5'000));
}

TEST_F(TimelineTest, SwipeShowsBeforeLeftOfTheDividerAndAfterRightOfIt) {
    MainWindow window(&settings_);
    window.resize(1600, 1000);
    window.show();
    const PatientId patient = importTwoVisits(window);
    ASSERT_TRUE(patient.valid());
    TimelinePage* page = openTimeline(window, patient, "GROW");
    OverlayBlendView* overlay = page->overlay();
    ASSERT_TRUE(test::waitFor([overlay] { return overlay->hasOverlay(); }, 10'000));
    const auto [before, after] = blendEnds(overlay);
    overlay->modeSelector()->setCurrentIndex(2);  // "Swipe"
    ASSERT_EQ(overlay->mode(), OverlayBlendView::Mode::Swipe);
    overlay->setDivider(0.25);
    const QImage frame = overlay->composite();
    ASSERT_EQ(frame.size(), QSize(400, 300));
    EXPECT_EQ(differingPixels(columns(frame, 0, 100), columns(before, 0, 100)), 0);
    EXPECT_EQ(differingPixels(columns(frame, 100, 400), columns(after, 100, 400)), 0);
    // Both sides differ between the visits, so a wrong side would show.
    EXPECT_GT(differingPixels(columns(before, 0, 100), columns(after, 0, 100)), 100);
    EXPECT_GT(differingPixels(columns(before, 100, 400), columns(after, 100, 400)), 100);

    // Dragging moves the divider to the mouse.
    const QRect shownAt = overlay->imageRect();
    ASSERT_GT(shownAt.width(), 50);
    const int y = shownAt.center().y();
    QTest::mousePress(overlay, Qt::LeftButton, {}, QPoint(shownAt.left() + shownAt.width() / 4, y));
    QTest::mouseMove(overlay, QPoint(shownAt.left() + shownAt.width() * 6 / 10, y));
    QTest::mouseRelease(overlay, Qt::LeftButton, {},
                        QPoint(shownAt.left() + shownAt.width() * 6 / 10, y));
    EXPECT_NEAR(overlay->divider(), 0.6, 0.02);
    EXPECT_EQ(differingPixels(columns(overlay->composite(), 0, 230), columns(before, 0, 230)), 0);

    // For the screenshot: the chart with the model's probabilities (SYNTHETIC images).
    overlay->setDivider(0.5);
    const Lesion shown = shownLesion(window);
    window.service()->analyse({shown.images[0].image_id, shown.images[1].image_id});
    if (test::waitForAnalysis(window))
        test::waitFor([page] { return page->chart()->probabilitySeries()->count() == 2; }, 30'000);
    test::saveScreenshot(&window, QStringLiteral("09-overlay.png"));
}

TEST_F(TimelineTest, TheChartHasAPointPerVisitWithItsCalibratedArea) {
    MainWindow window(&settings_);
    window.show();
    const PatientId patient = importTwoVisits(window);
    ASSERT_TRUE(patient.valid());
    ASSERT_TRUE(test::showPatient(window, patient));
    auto ws = window.store()->workspace();
    // Visit 1 at 0.05 mm per pixel; visit 2's camera was 5 % closer.
    Lesion grow;
    for (const Lesion& lesion : test::storedPatient(window, patient).lesions)
        if (lesion.id.find("GROW") != std::string::npos) grow = lesion;
    ASSERT_EQ(grow.images.size(), 2u);
    ASSERT_TRUE(ws->setCalibration(grow.images[0].image_id, 0.05, "test"));
    ASSERT_TRUE(ws->setCalibration(grow.images[1].image_id, 0.05 / 1.05, "test"));
    TimelinePage* page = openTimeline(window, patient, "GROW");
    ASSERT_TRUE(test::waitFor([page] { return page->timelineReady(); }, 60'000));
    const auto timeline = ws->lesionTimeline(grow.lesion_id);
    ASSERT_TRUE(timeline) << timeline.error().message();

    TimelineChart* chart = page->chart();
    EXPECT_TRUE(chart->areaCalibrated());
    EXPECT_TRUE(chart->datedAxis());
    ASSERT_EQ(chart->areaSeries()->count(), 2);
    for (int i = 0; i < 2; ++i) {
        EXPECT_DOUBLE_EQ(chart->areaSeries()->at(i).y(), timeline->points[i].shape.area) << i;
        EXPECT_EQ(timeline->points[i].shape.area_unit, "mm2");
    }
    const QDateTime first =
        QDateTime::fromMSecsSinceEpoch(qint64(chart->areaSeries()->at(0).x()), Qt::UTC);
    EXPECT_EQ(first.date(), QDate(2023, 1, 10));
    // The lesion's true area: its pigmented pixels (blue < 110) plus the segmentation's
    // margin of 12 % of the radius, at 0.0025 mm2 a pixel; then 30 % more.
    cv::Mat blue;
    cv::extractChannel(firstVisit(6), blue, 2);
    const double pigmentMm2 = cv::countNonZero(blue < 110) * 0.05 * 0.05 * 1.12 * 1.12;
    EXPECT_NEAR(chart->areaSeries()->at(0).y(), pigmentMm2, 0.25 * pigmentMm2);
    EXPECT_NEAR(chart->areaSeries()->at(1).y() / chart->areaSeries()->at(0).y(), 1.3, 0.15);
    // The model's analyses arriving later add the malignant probability of each visit.
    EXPECT_EQ(chart->probabilitySeries()->count(), 0);
    window.service()->analyse({grow.images[0].image_id, grow.images[1].image_id});
    ASSERT_TRUE(test::waitForAnalysis(window)) << "no model could load";
    ASSERT_TRUE(
        test::waitFor([chart] { return chart->probabilitySeries()->count() == 2; }, 30'000));
    const auto analysed = ws->lesionTimeline(grow.lesion_id);
    ASSERT_TRUE(analysed && analysed->points[1].malignant_probability);
    EXPECT_DOUBLE_EQ(chart->probabilitySeries()->at(1).y(),
                     100.0 * *analysed->points[1].malignant_probability);
}

TEST_F(TimelineTest, ACorrectedOutlineIsStoredAsTheUsersAndReloads) {
    MainWindow window(&settings_);
    window.resize(1600, 1000);
    window.show();
    const PatientId patient = importTwoVisits(window);
    ASSERT_TRUE(patient.valid());
    TimelinePage* page = openTimeline(window, patient, "GROW");
    ASSERT_TRUE(test::waitFor([page] { return page->outlinesReady(); }, 60'000));
    ASSERT_TRUE(test::waitFor([page] { return page->timelineReady(); }, 60'000));
    ContourOverlay* contour = page->contour(0);
    ASSERT_TRUE(contour->hasContour());
    EXPECT_FALSE(contour->userDrawn());
    const QString figuresBefore = page->changeText();
    // Not calibrated: the chart's areas are relative to the first visit, whose outline grows.
    const double relativeBefore = page->chart()->areaSeries()->at(1).y();
    EXPECT_FALSE(page->saveOutlinesButton()->isEnabled());

    page->editOutlinesButton()->click();
    ASSERT_GE(contour->vertexCount(), 3);
    ASSERT_LE(contour->vertexCount(), 48);
    ASSERT_NE(contour->handle(0), nullptr);
    // Drag with the mouse the vertex that can go 40 px (image) out from the outline's centre
    // and stay farthest inside the 400x300 image.
    QPolygonF ring;
    for (int i = 0; i < contour->vertexCount(); ++i) ring << contour->vertex(i);
    const QPointF centre = ring.boundingRect().center();
    auto outward = [&](int i) {
        const QPointF v = ring[i];
        return v + 40.0 * (v - centre) / std::max(1.0, QLineF(centre, v).length());
    };
    auto margin = [](QPointF p) { return std::min({p.x(), p.y(), 400 - p.x(), 300 - p.y()}); };
    int k = 0;
    for (int i = 1; i < ring.size(); ++i)
        if (margin(outward(i)) > margin(outward(k))) k = i;
    const QPointF out = outward(k);
    ASSERT_GT(margin(out), 2.0);
    ImageView* view = page->beforeView();
    const QPoint press = view->mapFromScene(ring[k]), release = view->mapFromScene(out);
    QTest::mousePress(view->viewport(), Qt::LeftButton, {}, press);
    QTest::mouseMove(view->viewport(), (press + release) / 2);
    QTest::mouseMove(view->viewport(), release);
    QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, release);
    ASSERT_TRUE(contour->isModified()) << "the drag did not move the vertex";
    const QPointF moved = contour->vertex(k);
    EXPECT_LT(QLineF(moved, out).length(), 2.0 / view->zoom() + 0.5);
    const ImagePolygon edited = contour->polygon();
    ASSERT_TRUE(page->saveOutlinesButton()->isEnabled());

    page->saveOutlinesButton()->click();
    ASSERT_TRUE(test::waitFor(
        [page] { return page->outlinesReady() && page->ready() && page->timelineReady(); },
        60'000));
    const ImageId image = shownLesion(window).images[0].image_id;
    const auto stored = window.store()->workspace()->lesionContour(image);
    ASSERT_TRUE(stored) << stored.error().message();
    EXPECT_EQ(stored->source, ContourSource::User);
    ASSERT_EQ(stored->points.size(), edited.size());
    EXPECT_NEAR(stored->points[k].x, moved.x(), 1e-6);
    EXPECT_NEAR(stored->points[k].y, moved.y(), 1e-6);
    // The figures were recomputed from the corrected outline.
    EXPECT_TRUE(contour->userDrawn());
    EXPECT_FALSE(contour->isModified());
    EXPECT_NE(page->changeText(), figuresBefore);
    EXPECT_LT(page->chart()->areaSeries()->at(1).y(), relativeBefore - 0.01);

    // Shown again, the page draws the user's outline from the store.
    openTimeline(window, patient, "GROW");
    ASSERT_TRUE(test::waitFor([page] { return page->outlinesReady(); }, 60'000));
    EXPECT_TRUE(page->contour(0)->userDrawn());
    ASSERT_EQ(page->contour(0)->vertexCount(), static_cast<int>(edited.size()));
    EXPECT_NEAR(page->contour(0)->vertex(k).x(), moved.x(), 1e-6);
    EXPECT_NEAR(page->contour(0)->vertex(k).y(), moved.y(), 1e-6);
}

}  // namespace
