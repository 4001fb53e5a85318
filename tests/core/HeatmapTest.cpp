#include "dermalens/inference/Heatmap.h"

#include <gtest/gtest.h>
#include <opencv2/core.hpp>

namespace dermalens {
namespace {

Heatmap rampMap(float scale) {
    Heatmap map;
    map.upsampled = cv::Mat(10, 20, CV_32F);
    for (int y = 0; y < 10; ++y)
        for (int x = 0; x < 20; ++x) map.upsampled.at<float>(y, x) = scale * x;
    map.raw = map.upsampled;
    return map;
}

double maxOf(const cv::Mat& m) {
    double lo = 0, hi = 0;
    cv::minMaxLoc(m, &lo, &hi);
    return hi;
}

TEST(HeatmapTest, PerImageMinMaxSpansZeroToOne) {
    OverlayOptions options;
    const cv::Mat n = normalizeHeatmap(rampMap(3.0f), options);
    double lo = 0, hi = 0;
    cv::minMaxLoc(n, &lo, &hi);
    EXPECT_FLOAT_EQ(lo, 0.0);
    EXPECT_FLOAT_EQ(hi, 1.0);
    // Both a strong and a weak map fill the whole range: not comparable.
    EXPECT_FLOAT_EQ(maxOf(normalizeHeatmap(rampMap(0.01f), options)), 1.0);
}

TEST(HeatmapTest, FixedNormalizationKeepsRatiosAcrossMaps) {
    OverlayOptions options;
    options.normalization = HeatmapNormalization::Fixed;
    options.fixed_max = 19.0f * 2.0f;
    const double strong = maxOf(normalizeHeatmap(rampMap(2.0f), options));
    const double weak = maxOf(normalizeHeatmap(rampMap(1.0f), options));
    EXPECT_NEAR(strong, 1.0, 1e-6);
    EXPECT_NEAR(weak / strong, 0.5, 1e-6);
}

TEST(HeatmapTest, AllZeroMapStaysZero) {
    Heatmap map;
    map.upsampled = cv::Mat::zeros(5, 5, CV_32F);
    EXPECT_EQ(maxOf(normalizeHeatmap(map, {})), 0.0);
}

TEST(HeatmapTest, AlphaIsZeroWithoutEvidenceAndTheOpacityAtTheStrongest) {
    cv::Mat unit = (cv::Mat_<float>(1, 3) << 0.0f, 0.5f, 1.0f);
    const cv::Mat alpha = overlayAlpha(unit, 0.6f);
    ASSERT_EQ(alpha.type(), CV_32F);
    EXPECT_FLOAT_EQ(alpha.at<float>(0, 0), 0.0f);
    EXPECT_FLOAT_EQ(alpha.at<float>(0, 1), 0.3f);
    EXPECT_FLOAT_EQ(alpha.at<float>(0, 2), 0.6f);
    EXPECT_FLOAT_EQ(overlayAlpha(unit, 3.0f).at<float>(0, 2), 1.0f);  // clamped
}

TEST(HeatmapTest, OpacityFollowsTheMap) {
    const cv::Mat rgb(10, 20, CV_8UC3, cv::Scalar(12, 34, 56));
    OverlayOptions options;
    options.colormap = ColorMap::Viridis;
    options.opacity = 0.0f;
    const cv::Mat image_only = renderOverlay(rgb, rampMap(1.0f), options);
    ASSERT_EQ(image_only.type(), CV_8UC3);
    EXPECT_EQ(cv::norm(image_only, rgb, cv::NORM_INF), 0.0);

    options.opacity = 1.0f;
    const cv::Mat full = renderOverlay(rgb, rampMap(1.0f), options);
    const cv::Mat bar = colorBar(ColorMap::Viridis, 20, 10);  // same ramp, left to right
    // The lowest evidence (left column) is transparent: the photo, no colour wash.
    EXPECT_EQ(cv::norm(full.col(0), rgb.col(0), cv::NORM_INF), 0.0);
    // The strongest (right column) gets the full opacity: the colour map alone.
    EXPECT_EQ(cv::norm(full.col(19), bar.col(19), cv::NORM_INF), 0.0);
    // In between, the colour's share grows with the map.
    const auto share = [&](int x) {
        const double to_colour = cv::norm(bar.at<cv::Vec3b>(0, x), rgb.at<cv::Vec3b>(0, x));
        return cv::norm(full.at<cv::Vec3b>(0, x), rgb.at<cv::Vec3b>(0, x)) / to_colour;
    };
    EXPECT_NEAR(share(5), 5.0 / 19.0, 0.05);
    EXPECT_NEAR(share(14), 14.0 / 19.0, 0.05);
}

TEST(HeatmapTest, OverlayRejectsSizeMismatch) {
    const cv::Mat rgb(11, 20, CV_8UC3, cv::Scalar(0, 0, 0));
    EXPECT_TRUE(renderOverlay(rgb, rampMap(1.0f), {}).empty());
    EXPECT_TRUE(renderOverlay(cv::Mat(), rampMap(1.0f), {}).empty());
}

TEST(HeatmapTest, ColorBarSizeAndOrder) {
    for (ColorMap cm : {ColorMap::Jet, ColorMap::Viridis, ColorMap::Inferno, ColorMap::Cividis}) {
        const cv::Mat bar = colorBar(cm, 64, 8);
        ASSERT_EQ(bar.size(), cv::Size(64, 8));
        EXPECT_EQ(bar.type(), CV_8UC3);
        EXPECT_NE(bar.at<cv::Vec3b>(0, 0), bar.at<cv::Vec3b>(0, 63));
    }
    // RGB order: Jet runs from blue (low) to red (high).
    const cv::Mat jet = colorBar(ColorMap::Jet, 64, 1);
    EXPECT_GT(jet.at<cv::Vec3b>(0, 0)[2], jet.at<cv::Vec3b>(0, 0)[0]);
    EXPECT_GT(jet.at<cv::Vec3b>(0, 63)[0], jet.at<cv::Vec3b>(0, 63)[2]);
    EXPECT_TRUE(colorBar(ColorMap::Jet, 0, 5).empty());
}

}  // namespace
}  // namespace dermalens
