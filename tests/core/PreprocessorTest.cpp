#include "dermalens/inference/Preprocessor.h"

#include <gtest/gtest.h>

namespace dermalens {
namespace {

InputSpec spec(int w, int h, ResizePolicy resize) {
    InputSpec s;
    s.width = w;
    s.height = h;
    s.resize = resize;
    return s;
}

// Left half red, right half blue: tells a stretch from a crop by where the colours end up.
cv::Mat halves(int w, int h) {
    cv::Mat rgb(h, w, CV_8UC3, cv::Scalar(255, 0, 0));
    rgb(cv::Rect(w / 2, 0, w - w / 2, h)).setTo(cv::Scalar(0, 0, 255));
    return rgb;
}

TEST(PreprocessorTest, StretchUsesTheWholeImage) {
    const cv::Mat out = resizeForModel(halves(200, 50), spec(20, 20, ResizePolicy::Stretch));
    ASSERT_EQ(out.size(), cv::Size(20, 20));
    EXPECT_EQ(out.at<cv::Vec3b>(10, 0), cv::Vec3b(255, 0, 0));
    EXPECT_EQ(out.at<cv::Vec3b>(10, 19), cv::Vec3b(0, 0, 255));
}

TEST(PreprocessorTest, CenterCropKeepsAspectAndTakesTheMiddle) {
    // 200x50 covering 20x20 scales to 80x20; the centre crop spans x 30..50 of it,
    // i.e. the middle of the original: left 10 columns red, right 10 blue.
    cv::Mat rgb = halves(200, 50);
    rgb(cv::Rect(0, 0, 60, 50)).setTo(cv::Scalar(0, 255, 0));  // outside the crop
    const cv::Mat out = resizeForModel(rgb, spec(20, 20, ResizePolicy::CenterCrop));
    ASSERT_EQ(out.size(), cv::Size(20, 20));
    EXPECT_EQ(out.at<cv::Vec3b>(10, 0), cv::Vec3b(255, 0, 0));
    EXPECT_EQ(out.at<cv::Vec3b>(10, 19), cv::Vec3b(0, 0, 255));
    const cv::Rect2d region = modelInputRegion(rgb.size(), spec(20, 20, ResizePolicy::CenterCrop));
    EXPECT_NEAR(region.x, 75.0, 1e-9);
    EXPECT_NEAR(region.width, 50.0, 1e-9);
    EXPECT_NEAR(region.height, 50.0, 1e-9);
}

TEST(PreprocessorTest, StretchRegionIsTheWholeImage) {
    const cv::Rect2d region = modelInputRegion({30, 40}, spec(8, 8, ResizePolicy::Stretch));
    EXPECT_EQ(region, cv::Rect2d(0, 0, 30, 40));
}

TEST(PreprocessorTest, MeanStdMathOnConstantImage) {
    InputSpec s = spec(4, 3, ResizePolicy::Stretch);
    const cv::Mat rgb(9, 7, CV_8UC3, cv::Scalar(51, 102, 204));
    const std::vector<float> chw = preprocessToChw(rgb, s);
    ASSERT_EQ(chw.size(), 3u * 4 * 3);
    const float values[3] = {51, 102, 204};
    for (int c = 0; c < 3; ++c) {
        const float expected = (values[c] / 255.0f - s.mean[c]) / s.std[c];
        for (int i = 0; i < 12; ++i) EXPECT_FLOAT_EQ(chw[c * 12 + i], expected) << c << "," << i;
    }
}

TEST(PreprocessorTest, BgrOrderPutsBlueFirst) {
    InputSpec s = spec(2, 2, ResizePolicy::Stretch);
    s.color_order = ColorOrder::BGR;
    s.mean = {0, 0, 0};
    s.std = {1, 1, 1};
    s.scale = 1.0f;
    const cv::Mat rgb(2, 2, CV_8UC3, cv::Scalar(10, 20, 30));
    const std::vector<float> chw = preprocessToChw(rgb, s);
    ASSERT_EQ(chw.size(), 12u);
    EXPECT_FLOAT_EQ(chw[0], 30.0f);
    EXPECT_FLOAT_EQ(chw[4], 20.0f);
    EXPECT_FLOAT_EQ(chw[8], 10.0f);
}

TEST(PreprocessorTest, RejectsEmptyAndNonRgbInput) {
    const InputSpec s = spec(4, 4, ResizePolicy::Stretch);
    EXPECT_TRUE(preprocessToChw(cv::Mat(), s).empty());
    EXPECT_TRUE(preprocessToChw(cv::Mat(4, 4, CV_8UC1, cv::Scalar(1)), s).empty());
    EXPECT_TRUE(resizeForModel(cv::Mat(), s).empty());
}

}  // namespace
}  // namespace dermalens
