// The follow-up timeline: a lesion imaged at two visits (a SYNTHETIC lesion that grew 30 %,
// photographed again closer and turned) opens from the lesion page with both visits, the
// comparison arrives off the GUI thread, the change figures show the growth, and the blend
// slider moves the aligned overlay. Two unrelated images of one "lesion" get no overlay.
#include <gtest/gtest.h>

#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSlider>
#include <cmath>
#include <fstream>

#include "FollowUpScene.h"
#include "MainWindow.h"
#include "SyntheticImages.h"
#include "UiTestSupport.h"
#include "pages/LesionPage.h"
#include "pages/TimelinePage.h"
#include "services/Settings.h"
#include "services/WorkspaceService.h"
#include "support/QtConvert.h"
#include "widgets/ImageView.h"
#include "widgets/OverlayBlendView.h"

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
    page->beforeView()->fitToWindow();
    test::saveScreenshot(&window, QStringLiteral("08-timeline.png"));
}

TEST_F(TimelineTest, AnUntrustedAlignmentShowsWhyAndNoOverlay) {
    MainWindow window(&settings_);
    window.show();
    const PatientId patient = importTwoVisits(window);
    ASSERT_TRUE(patient.valid());
    TimelinePage* page = openTimeline(window, patient, "UNRELATED");
    ASSERT_TRUE(page->ready());
    ASSERT_TRUE(page->comparison().has_value()) << page->changeText().toStdString();
    const auto& registration = page->comparison()->change.registration;
    ASSERT_FALSE(registration.trusted);
    EXPECT_FALSE(page->overlay()->hasOverlay());
    EXPECT_TRUE(page->overlay()->message().contains(QStringLiteral("not trusted")));
    EXPECT_TRUE(page->overlay()->message().contains(qs(registration.reason)));
    EXPECT_FALSE(page->overlay()->slider()->isEnabled());
    EXPECT_TRUE(page->changeText().contains(QStringLiteral("Alignment not trusted")));
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

}  // namespace
