// Automatic lesion segmentation on synthetic images with a known lesion.
#include <cmath>

#include <gtest/gtest.h>
#include <opencv2/imgproc.hpp>

#include "SyntheticImages.h"
#include "dermalens/followup/LesionSegmentation.h"

namespace dermalens {
namespace {

// Skin with mild texture and a brown ellipse; `truth` gets the ellipse.
cv::Mat lesionOnSkin(cv::Size size, cv::Point centre, cv::Size axes, cv::Mat& truth) {
    cv::Mat img(size, CV_8UC3, cv::Scalar(222, 170, 148));
    cv::Mat noise(size, CV_8UC3);
    cv::RNG(4).fill(noise, cv::RNG::NORMAL, 0, 6);
    img += noise;
    truth = cv::Mat::zeros(size, CV_8UC1);
    cv::ellipse(truth, centre, axes, 20, 0, 360, 255, cv::FILLED);
    img.setTo(cv::Scalar(115, 70, 50), truth);
    cv::GaussianBlur(img, img, cv::Size(3, 3), 0);
    return img;
}

TEST(SegmentationTest, OutlinesTheLesionWithTheStatedMargin) {
    cv::Mat truth;
    const cv::Mat img = lesionOnSkin({400, 300}, {210, 140}, {80, 55}, truth);
    auto found = segmentLesion(img);
    ASSERT_TRUE(found) << found.error().message();
    ASSERT_TRUE(found->found) << found->reason;
    EXPECT_EQ(found->mask.size(), img.size());
    EXPECT_GE(found->contour.size(), 8u);
    const double covered = cv::countNonZero(found->mask & truth) / double(cv::countNonZero(truth));
    EXPECT_GT(covered, 0.99);  // the whole lesion is inside
    // The margin is 12 % of the equivalent radius: area about 1.12^2 of the lesion's.
    EXPECT_NEAR(found->area_px / cv::countNonZero(truth), 1.12 * 1.12, 0.08);
    EXPECT_EQ(found->method, kSegmentationMethod);
}

TEST(SegmentationTest, PrefersTheCentralLesionToADarkCorner) {
    cv::Mat truth;
    cv::Mat img = lesionOnSkin({400, 300}, {200, 150}, {50, 40}, truth);
    cv::circle(img, {0, 0}, 60, cv::Scalar(8, 6, 5), cv::FILLED);  // dermoscope vignette
    auto found = segmentLesion(img);
    ASSERT_TRUE(found && found->found);
    EXPECT_EQ(found->mask.at<std::uint8_t>(10, 10), 0);
    EXPECT_GT(found->mask.at<std::uint8_t>(150, 200), 0);
}

TEST(SegmentationTest, ScalesWithTheImage) {
    cv::Mat small_truth, large_truth;
    auto small = segmentLesion(lesionOnSkin({200, 150}, {100, 75}, {40, 28}, small_truth));
    auto large = segmentLesion(lesionOnSkin({1600, 1200}, {800, 600}, {320, 224}, large_truth));
    ASSERT_TRUE(small && small->found && large && large->found);
    EXPECT_NEAR(large->area_px / small->area_px, 64.0, 64.0 * 0.06);
}

TEST(SegmentationTest, PlainSkinHasNoLesion) {
    cv::Mat skin(300, 400, CV_8UC3, cv::Scalar(222, 170, 148));
    auto found = segmentLesion(skin);
    ASSERT_TRUE(found);
    EXPECT_FALSE(found->found);
    EXPECT_FALSE(found->reason.empty());
    EXPECT_EQ(cv::countNonZero(found->mask), 0);
}

TEST(SegmentationTest, TheSyntheticDemoLesionIsFound) {
    const cv::Mat img = test::makeLesionImage(320, 240, 3);
    auto found = segmentLesion(img);
    ASSERT_TRUE(found && found->found);
    // The blob is a quarter of the width by a fifth of the height (ellipse axes).
    const double ellipse = CV_PI * 80 * 48;
    EXPECT_NEAR(found->area_px / ellipse, 1.25, 0.3);
}

TEST(SegmentationTest, PolygonMaskFillsTheOutline) {
    const cv::Mat mask = polygonMask({{10, 10}, {50, 10}, {50, 30}, {10, 30}}, {64, 48});
    EXPECT_EQ(cv::countNonZero(mask), 41 * 21);
    EXPECT_EQ(cv::countNonZero(polygonMask({{1, 1}, {5, 5}}, {8, 8})), 0);
}

TEST(SegmentationTest, BadInputIsAnError) {
    EXPECT_FALSE(segmentLesion(cv::Mat()));
    EXPECT_FALSE(segmentLesion(test::makeGreyImage(64, 48)));
}

}  // namespace
}  // namespace dermalens
