// Image statistics of the out-of-distribution rule: values on images whose statistics are known,
// the distance, and the card block that carries them.
#include "dermalens/inference/ImageStatistics.h"

#include <cmath>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <opencv2/imgproc.hpp>

namespace dermalens {
namespace {

enum Stat { LMean, AMean, BMean, LStd, AStd, BStd, Laplacian, Gradient, Flat, SMean, SStd };

TEST(ImageStatisticsTest, FlatColourHasNoTextureAndItsOwnColour) {
    const cv::Mat rgb(48, 64, CV_8UC3, cv::Scalar(200, 120, 100));
    const auto s = imageStatistics(rgb);
    ASSERT_EQ(s.size(), kImageStatisticCount);
    cv::Mat lab, hsv;
    cv::cvtColor(rgb, lab, cv::COLOR_RGB2Lab);
    cv::cvtColor(rgb, hsv, cv::COLOR_RGB2HSV);
    const auto l = lab.at<cv::Vec3b>(0, 0);
    EXPECT_DOUBLE_EQ(s[LMean], l[0]);
    EXPECT_DOUBLE_EQ(s[AMean], l[1]);
    EXPECT_DOUBLE_EQ(s[BMean], l[2]);
    EXPECT_GT(s[AMean], 128);  // reddish: a* above neutral
    EXPECT_DOUBLE_EQ(s[SMean], hsv.at<cv::Vec3b>(0, 0)[1]);
    for (Stat zero : {LStd, AStd, BStd, Laplacian, Gradient, SStd}) EXPECT_NEAR(s[zero], 0, 1e-9);
    EXPECT_DOUBLE_EQ(s[Flat], 1.0);
}

TEST(ImageStatisticsTest, StripesHaveTheirKnownTexture) {
    cv::Mat rgb(48, 64, CV_8UC3);  // columns 0,0,255,255,0,0,... in grey
    for (int x = 0; x < rgb.cols; ++x)
        rgb.col(x).setTo(x % 4 < 2 ? cv::Scalar(0, 0, 0) : cv::Scalar(255, 255, 255));
    const auto s = imageStatistics(rgb);
    ASSERT_EQ(s.size(), kImageStatisticCount);
    // Inside, one horizontal neighbour differs: |Laplacian| = 255 and |Sobel_x| = 4 * 255. The two
    // border columns mirror (BORDER_REFLECT_101) onto equal neighbours: 0 there.
    EXPECT_NEAR(s[Laplacian], std::log1p(255.0 * 62 / 64), 1e-9);
    EXPECT_NEAR(s[Gradient], std::log1p(1020.0 * 62 / 64), 1e-9);
    EXPECT_DOUBLE_EQ(s[Flat], 2.0 / 64);
    EXPECT_NEAR(s[LStd], 127.5, 0.5);  // half L = 0, half L = 255 (8-bit scale)
    EXPECT_NEAR(s[AStd], 0.0, 1.0);
    EXPECT_NEAR(s[SMean], 0.0, 1e-9);
}

TEST(ImageStatisticsTest, RejectsEmptyAndNonRgbImages) {
    EXPECT_TRUE(imageStatistics(cv::Mat()).empty());
    EXPECT_TRUE(imageStatistics(cv::Mat(8, 8, CV_8UC1, cv::Scalar(3))).empty());
    EXPECT_TRUE(imageStatistics(cv::Mat(8, 8, CV_32FC3, cv::Scalar(0.5))).empty());
}

TEST(ImageStatisticsTest, NamesMatchTheContract) {
    const auto& names = imageStatisticNames();
    EXPECT_EQ(names.front(), "lab_l_mean");
    EXPECT_EQ(names[Flat], "flat_fraction");
    EXPECT_EQ(names.back(), "saturation_std");
}

TEST(ImageStatisticsTest, DistanceIsMahalanobisOverTheCount) {
    ImageStatisticsSpec spec;
    spec.mean = {1.0, 2.0};
    spec.inverse_covariance = {4.0, 0.0, 0.0, 1.0};  // std 0.5 and 1, uncorrelated
    // d = (1, 2): d^T C^-1 d = 4 + 4 = 8, over n = 2 -> sqrt(4) = 2.
    EXPECT_DOUBLE_EQ(imageStatisticsDistance({2.0, 4.0}, spec), 2.0);
    EXPECT_DOUBLE_EQ(imageStatisticsDistance({1.0, 2.0}, spec), 0.0);
    spec.inverse_covariance = {4.0, 1.0, 1.0, 1.0};  // correlation enters through the cross terms
    EXPECT_DOUBLE_EQ(imageStatisticsDistance({2.0, 4.0}, spec), std::sqrt(12.0 / 2.0));
    EXPECT_DOUBLE_EQ(imageStatisticsDistance({2.0}, spec), 0.0);  // size mismatch: rule off
    EXPECT_DOUBLE_EQ(imageStatisticsDistance({2.0, 4.0}, ImageStatisticsSpec{}), 0.0);
}

nlohmann::json cardWithImageStatistics() {
    nlohmann::json card = nlohmann::json::parse(R"({
      "format_version": 1, "name": "t", "version": "1", "architecture": "tiny_cnn",
      "weights_file": "model.pt",
      "weights_sha256": "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
      "classes": [{"code": "mel", "name": "Melanoma"}, {"code": "nv", "name": "Nevus"}],
      "input": {"width": 64, "height": 48, "resize": "stretch", "interpolation": "area",
                "color_order": "RGB", "scale": 255.0, "mean": [0, 0, 0], "std": [1, 1, 1]},
      "calibration": {"temperature": 1.0}, "ood": {}})");
    nlohmann::json stats;
    for (auto name : imageStatisticNames()) stats["features"].push_back(std::string(name));
    stats["mean"] = std::vector<double>(kImageStatisticCount, 1.0);
    std::vector<double> identity(kImageStatisticCount * kImageStatisticCount, 0.0);
    for (std::size_t i = 0; i < kImageStatisticCount; ++i)
        identity[i * kImageStatisticCount + i] = 1;
    stats["inverse_covariance"] = identity;
    stats["max_distance"] = 2.5;
    card["ood"]["image_statistics"] = stats;
    return card;
}

TEST(ImageStatisticsTest, CardBlockParses) {
    const auto card = parseModelCard(cardWithImageStatistics().dump(), "m/model.json");
    ASSERT_TRUE(card) << card.error().message();
    EXPECT_EQ(card->ood.image_statistics.mean.size(), kImageStatisticCount);
    EXPECT_EQ(card->ood.image_statistics.inverse_covariance.size(),
              kImageStatisticCount * kImageStatisticCount);
    EXPECT_DOUBLE_EQ(card->ood.image_statistics.max_distance, 2.5);
}

// A card from another version of the statistics must not be applied with this version's numbers.
TEST(ImageStatisticsTest, CardBlockWithOtherFeaturesOrSizesIsRejected) {
    auto renamed = cardWithImageStatistics();
    renamed["ood"]["image_statistics"]["features"][3] = "lab_l_variance";
    auto shorter = cardWithImageStatistics();
    shorter["ood"]["image_statistics"]["inverse_covariance"].erase(0);
    auto missing = cardWithImageStatistics();
    missing["ood"]["image_statistics"].erase("mean");
    for (const auto& [card, field] : {std::pair{renamed, "ood.image_statistics.features"},
                                      std::pair{shorter, "ood.image_statistics.mean"},
                                      std::pair{missing, "ood.image_statistics.mean"}}) {
        const auto parsed = parseModelCard(card.dump(), "m/model.json");
        ASSERT_FALSE(parsed);
        EXPECT_EQ(parsed.error().code, ErrorCode::InvalidModel);
        EXPECT_NE(parsed.error().reason.find(field), std::string::npos) << parsed.error().reason;
    }
}

}  // namespace
}  // namespace dermalens
