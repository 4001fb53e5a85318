// The image quality checks on synthetic images: each defect drawn on a sharp lesion is
// flagged by its own check, and no check fires on the clean lesion.
#include <gtest/gtest.h>
#include <opencv2/imgproc.hpp>

#include "ImageDefects.h"
#include "SyntheticImages.h"
#include "dermalens/quality/ImageQuality.h"

namespace dermalens {
namespace {

// makeLesionImage is smoothed for lossy codecs; real skin has fine texture, so add some.
cv::Mat sharpLesion(unsigned seed) {
    const cv::Mat smooth = test::makeLesionImage(200, 150, seed);
    cv::Mat texture(smooth.size(), CV_16SC3), sharp;
    cv::RNG(seed).fill(texture, cv::RNG::NORMAL, 0, 4.0);
    smooth.convertTo(sharp, CV_16SC3);
    sharp += texture;
    sharp.convertTo(sharp, CV_8UC3);
    return sharp;
}

ImageQualityReport assess(const cv::Mat& rgb) {
    auto report = assessImageQuality(Image{rgb, {}});
    EXPECT_TRUE(report) << report.error().message();
    return report ? *report : ImageQualityReport{};
}

// Only `expected` fires (the other checks stay quiet on a single defect).
void expectOnly(const ImageQualityReport& report, QualityCheck expected) {
    ASSERT_EQ(report.findings.size(), 6u);
    for (const auto& f : report.findings)
        EXPECT_EQ(f.flagged, f.check == expected)
            << qualityCheckName(f.check) << ": " << f.reason << " (looking for "
            << qualityCheckName(expected) << ")";
}

class ImageQualityTest : public ::testing::TestWithParam<unsigned> {};

TEST_P(ImageQualityTest, CleanSharpLesionIsNotFlagged) {
    const auto report = assess(sharpLesion(GetParam()));
    EXPECT_FALSE(report.anyFlagged());
    for (const auto& f : report.findings) EXPECT_FALSE(f.flagged) << f.reason;
}

TEST_P(ImageQualityTest, BlurredCopyIsFlaggedBlur) {
    const auto report = assess(test::withBlur(sharpLesion(GetParam())));
    expectOnly(report, QualityCheck::Blur);
    EXPECT_NE(report.find(QualityCheck::Blur)->reason.find("blurred"), std::string::npos);
}

TEST_P(ImageQualityTest, DarkCopyIsFlaggedUnderexposed) {
    expectOnly(assess(test::withExposure(sharpLesion(GetParam()), 0.3)),
               QualityCheck::Underexposure);
}

TEST_P(ImageQualityTest, BrightCopyIsFlaggedOverexposed) {
    expectOnly(assess(test::withExposure(sharpLesion(GetParam()), 1.7)),
               QualityCheck::Overexposure);
}

TEST_P(ImageQualityTest, PurpleMarkerStrokesAreFlaggedInk) {
    expectOnly(assess(test::withInk(sharpLesion(GetParam()), GetParam())), QualityCheck::Ink);
}

TEST_P(ImageQualityTest, RulerWithTicksIsFlaggedRuler) {
    expectOnly(assess(test::withRuler(sharpLesion(GetParam()), GetParam())),
               QualityCheck::Ruler);
}

TEST_P(ImageQualityTest, ManyThinDarkCurvedLinesAreFlaggedHair) {
    expectOnly(assess(test::withHair(sharpLesion(GetParam()), GetParam())), QualityCheck::Hair);
}

INSTANTIATE_TEST_SUITE_P(Seeds, ImageQualityTest, ::testing::Values(1u, 2u, 3u));

TEST(ImageQualityCheckTest, AFewHairsAreNotHeavyHair) {
    const auto report = assess(test::withHair(sharpLesion(4), 4, 3));
    EXPECT_FALSE(report.flagged(QualityCheck::Hair)) << report.find(QualityCheck::Hair)->reason;
}

TEST(ImageQualityCheckTest, TicklessStraightEdgeIsNotARuler) {
    cv::Mat rgb = sharpLesion(5);
    cv::rectangle(rgb, cv::Rect(0, 130, 200, 16), cv::Scalar(235, 232, 220), cv::FILLED);
    const auto report = assess(rgb);
    EXPECT_FALSE(report.flagged(QualityCheck::Ruler)) << report.find(QualityCheck::Ruler)->reason;
}

TEST(ImageQualityCheckTest, LargeImagesAreJudgedAtTheSameScale) {
    cv::Mat large;
    cv::resize(sharpLesion(6), large, cv::Size(800, 600), 0, 0, cv::INTER_NEAREST);
    EXPECT_FALSE(assess(large).flagged(QualityCheck::Blur));
    EXPECT_TRUE(assess(test::withExposure(large, 0.3)).flagged(QualityCheck::Underexposure));
}

TEST(ImageQualityCheckTest, FindingsCarryFigureThresholdAndReason) {
    const auto report = assess(sharpLesion(7));
    const QualityThresholds defaults;
    const auto* blur = report.find(QualityCheck::Blur);
    ASSERT_NE(blur, nullptr);
    EXPECT_DOUBLE_EQ(blur->threshold, defaults.blur_max_ratio);
    EXPECT_GT(blur->value, 0.0);
    EXPECT_LT(blur->value, defaults.blur_max_ratio);
    EXPECT_EQ(std::string(qualityCheckName(QualityCheck::Hair)), "hair");
    for (const auto& f : report.findings) EXPECT_FALSE(f.reason.empty());
}

TEST(ImageQualityCheckTest, ThresholdsAreTheCallersToChoose) {
    QualityThresholds strict;
    strict.underexposure_max_median = 255;
    EXPECT_FALSE(assess(sharpLesion(8)).anyFlagged());
    auto report = assessImageQuality(Image{sharpLesion(8), {}}, strict);
    ASSERT_TRUE(report);
    EXPECT_TRUE(report->flagged(QualityCheck::Underexposure));
}

TEST(ImageQualityCheckTest, EmptyOrWrongTypeImagesAreRefusedWithTheirName) {
    Image empty;
    empty.meta.source_path = "nothing.png";
    auto refused = assessImageQuality(empty);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, ErrorCode::InvalidArgument);
    EXPECT_EQ(refused.error().file, "nothing.png");
    EXPECT_FALSE(assessImageQuality(Image{cv::Mat(10, 10, CV_8UC1, cv::Scalar(3)), {}}));
}

TEST(ImageQualityCheckTest, OnePixelHighStripIsAssessedWithoutReadingOutside) {
    const cv::Mat strip = sharpLesion(9).rowRange(70, 71).clone();
    auto report = assessImageQuality(Image{strip, {}});
    ASSERT_TRUE(report) << report.error().message();
    EXPECT_FALSE(report->flagged(QualityCheck::Ruler));
}

TEST(ImageQualityCheckTest, FlatImageIsFlaggedBlurNotCrashing) {
    const auto report = assess(cv::Mat(150, 200, CV_8UC3, cv::Scalar(200, 160, 140)));
    EXPECT_TRUE(report.flagged(QualityCheck::Blur));
    EXPECT_FALSE(report.flagged(QualityCheck::Ruler));
}

}  // namespace
}  // namespace dermalens
