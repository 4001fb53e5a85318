#include <gtest/gtest.h>

#include <QFile>
#include <QSettings>
#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>

#include <QLabel>

#include "MainWindow.h"
#include "TestPaths.h"
#include "UiTestSupport.h"
#include "dialogs/ProblemsDialog.h"
#include "services/AnalysisService.h"
#include "services/Settings.h"
#include "support/QtConvert.h"

using namespace dermalens;
using namespace dermalens::ui;

TEST(BadFileTest, UnreadableFileIsReportedByNameAndOthersStillOpen) {
    QSettings().clear();
    test::TempDir dir("dermalens-ui-bad");
    const auto good = dir / "good.png";
    cv::Mat pixels(60, 80, CV_8UC3, cv::Scalar(120, 90, 60));
    ASSERT_TRUE(cv::imwrite(good.string(), pixels));
    const auto bad = dir / "broken.jpg";
    QFile file(fromPath(bad));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("\xFF\xD8\xFF\xE0 this is not really a JPEG");
    file.close();

    Settings settings;
    test::TestStore store(settings);
    settings.overrideModelDirectory(fromPath(dir / "no-model-here"));
    MainWindow window(&settings);
    ASSERT_TRUE(test::importPaths(window, {fromPath(dir.path())}));
    EXPECT_EQ(window.currentPatient().lesions.size(), 1u);  // the good file
    const bool reported = test::waitFor(
        [&] {
            for (const QString& entry : window.problems()->entries())
                if (entry.contains(QStringLiteral("broken.jpg"))) return true;
            return false;
        },
        30'000);
    EXPECT_TRUE(reported) << window.problems()->entries().join(u'|').toStdString();
}

TEST(BadFileTest, MissingModelShowsBannerAndAppStillOpens) {
    QSettings().clear();
    Settings settings;
    test::TestStore store(settings);
    settings.overrideModelDirectory(QStringLiteral("/nonexistent/model-dir"));
    MainWindow window(&settings);
    window.show();
    ASSERT_TRUE(test::waitFor([&] { return !window.service()->modelLoading(); }, 30'000));
    EXPECT_FALSE(window.service()->modelReady());
    EXPECT_TRUE(window.modelBanner()->isVisible());
    EXPECT_TRUE(window.modelBanner()->text().contains(QStringLiteral("No AI model")));
}
