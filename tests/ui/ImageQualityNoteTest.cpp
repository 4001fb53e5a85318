// The prediction panel's "Image quality" section: checks run through WorkspaceService off
// the GUI thread, a flagged image shows its warning line, a clean one the all-clear, and an
// answer for an image the user has left is ignored.
#include <gtest/gtest.h>
#include <opencv2/imgproc.hpp>

#include "ImageDefects.h"
#include "SyntheticImages.h"
#include "UiTestSupport.h"
#include "services/WorkspaceService.h"
#include "support/QtConvert.h"
#include "widgets/ImageQualityNote.h"
#include "widgets/PredictionPanel.h"

using namespace dermalens;
using namespace dermalens::ui;

namespace {

namespace fs = std::filesystem;

cv::Mat sharpLesion() {
    const cv::Mat smooth = test::makeLesionImage(200, 150, 4);
    cv::Mat texture(smooth.size(), CV_16SC3), sharp;
    cv::RNG(4).fill(texture, cv::RNG::NORMAL, 0, 4.0);
    smooth.convertTo(sharp, CV_16SC3);
    sharp += texture;
    sharp.convertTo(sharp, CV_8UC3);
    return sharp;
}

class ImageQualityNoteTest : public ::testing::Test {
protected:
    void SetUp() override {
        const cv::Mat lesion = sharpLesion();
        clean_ = write("L01", lesion);
        dark_ = write("L02", test::withExposure(lesion, 0.3));
        ASSERT_TRUE(service_.open(qs((dir_ / "store").string())).isEmpty());
        auto& ws = *service_.workspace();
        auto plan = ws.planImport({dir_ / "src"});
        ASSERT_TRUE(plan);
        ASSERT_EQ(ws.commitImport(*plan)->imported, 2u);
    }
    ImageId write(const std::string& lesion, const cv::Mat& rgb) {
        const fs::path file = dir_ / "src" / "Carol" / lesion / "a.png";
        fs::create_directories(file.parent_path());
        test::writeRaster(file, rgb, test::RasterFormat::Png);
        return ImageId::ofFile(file.string()).value();
    }
    bool settled(const ImageQualityNote& note) {
        return test::waitFor([&] {
            return !note.text().isEmpty() && !note.text().contains(QStringLiteral("Checking"));
        });
    }

    test::TempDir dir_{"dermalens-ui-quality"};
    WorkspaceService service_;
    ImageId clean_, dark_;
};

TEST_F(ImageQualityNoteTest, DarkImageShowsItsWarningBesideThePrediction) {
    PredictionPanel panel;
    ImageQualityNote* note = panel.qualityNote();
    ASSERT_NE(note, nullptr);
    note->showImage(&service_, dark_);
    EXPECT_TRUE(note->text().contains(QStringLiteral("Checking")));
    ASSERT_TRUE(settled(*note));
    EXPECT_TRUE(note->hasWarning());
    EXPECT_TRUE(note->text().contains(ImageQualityNote::warningLine(QualityCheck::Underexposure)))
        << note->text().toStdString();
    EXPECT_TRUE(panel.summaryText().contains(QStringLiteral("too dark")));
    panel.setMessage(QStringLiteral("Analysing…"));  // the model's state leaves the note alone
    EXPECT_TRUE(note->hasWarning());
}

TEST_F(ImageQualityNoteTest, CleanImageShowsTheAllClear) {
    ImageQualityNote note;
    note.showImage(&service_, clean_);
    ASSERT_TRUE(settled(note));
    EXPECT_FALSE(note.hasWarning()) << note.text().toStdString();
    EXPECT_TRUE(note.text().contains(QStringLiteral("No blur")));
}

TEST_F(ImageQualityNoteTest, AnswerForAnImageTheUserLeftIsIgnored) {
    ImageQualityNote note;
    note.showImage(&service_, dark_);
    note.showImage(&service_, clean_);
    ASSERT_TRUE(settled(note));
    test::waitFor([] { return false; }, 300);  // let the dark image's answer arrive too
    EXPECT_FALSE(note.hasWarning()) << note.text().toStdString();
}

TEST_F(ImageQualityNoteTest, UnknownImageSaysWhyNothingWasChecked) {
    ImageQualityNote note;
    note.showImage(&service_, ImageId{});
    ASSERT_TRUE(settled(note));
    EXPECT_FALSE(note.hasWarning());
    EXPECT_TRUE(note.text().contains(QStringLiteral("not checked")));
}

}  // namespace
