// Change measures between two visits: shape (area, longest diameter, border irregularity),
// colour (Delta E, histogram EMD), and the whole comparison after registration, including a
// lesion grown by 20 % in area under a new camera position and exposure.
#include <cmath>
#include <iostream>

#include <gtest/gtest.h>
#include <opencv2/imgproc.hpp>

#include "SyntheticImages.h"
#include "dermalens/followup/ColourChange.h"
#include "dermalens/followup/FollowUpReports.h"
#include "dermalens/followup/LesionChange.h"
#include "dermalens/followup/LesionShape.h"

namespace dermalens {
namespace {

ImagePolygon circle(double cx, double cy, double r, int n = 720) {
    ImagePolygon p;
    for (int i = 0; i < n; ++i)
        p.push_back({cx + r * std::cos(2 * CV_PI * i / n), cy + r * std::sin(2 * CV_PI * i / n)});
    return p;
}

TEST(ChangeMeasuresTest, ShapeOfACircleAndASquare) {
    const ShapeMeasures c = measureShape(circle(50, 50, 20));
    EXPECT_NEAR(c.area, CV_PI * 400, 1.0);
    EXPECT_NEAR(c.perimeter, 2 * CV_PI * 20, 0.1);
    EXPECT_NEAR(c.longest_diameter, 40, 0.01);
    EXPECT_NEAR(c.compactness, 1.0, 0.01);
    EXPECT_NEAR(c.solidity, 1.0, 0.01);
    EXPECT_EQ(c.length_unit, "px");
    const ShapeMeasures sq = measureShape({{0, 0}, {10, 0}, {10, 10}, {0, 10}}, 0.5);
    EXPECT_TRUE(sq.calibrated);
    EXPECT_EQ(sq.area_unit, "mm2");
    EXPECT_NEAR(sq.area, 25.0, 1e-9);
    EXPECT_NEAR(sq.perimeter, 20.0, 1e-9);
    EXPECT_NEAR(sq.longest_diameter, std::sqrt(2.0) * 5, 1e-9);
    EXPECT_NEAR(sq.compactness, CV_PI / 4, 1e-9);
}

TEST(ChangeMeasuresTest, ANotchedBorderIsLessCompactAndLessSolid) {
    const ShapeMeasures smooth = measureShape(circle(50, 50, 20));
    ImagePolygon star;
    for (int i = 0; i < 16; ++i) {
        const double r = i % 2 ? 10 : 20, a = 2 * CV_PI * i / 16;
        star.push_back({50 + r * std::cos(a), 50 + r * std::sin(a)});
    }
    const ShapeMeasures notched = measureShape(star);
    EXPECT_LT(notched.compactness, smooth.compactness - 0.3);
    EXPECT_LT(notched.solidity, 0.8);
    EXPECT_EQ(measureShape({{0, 0}, {1, 1}}).area, 0.0);
}

cv::Mat lesionMask(const cv::Mat& rgb) {
    cv::Mat blue, mask;
    cv::extractChannel(rgb, blue, 2);
    return blue < 110;
}

TEST(ChangeMeasuresTest, ColourChangeSeesADarkerLesionButNotAnotherExposure) {
    const cv::Mat before = test::makeLesionImage(320, 240, 4);
    const cv::Mat mask = lesionMask(before);
    cv::Mat darker = before.clone();
    cv::Mat lesion = darker.clone() * 0.6;
    lesion.copyTo(darker, mask);
    auto changed = colourChange(before, mask, darker, mask);
    ASSERT_TRUE(changed) << changed.error().message();
    EXPECT_GT(changed->mean_delta_e, 10.0);
    EXPECT_GT(changed->distribution_emd, 5.0);
    cv::Mat exposed;
    cv::multiply(before, cv::Scalar(1.15, 1.05, 0.9), exposed);  // brighter, warmer light
    auto same = colourChange(before, mask, exposed, mask);
    ASSERT_TRUE(same);
    EXPECT_LT(same->mean_delta_e, 3.0);
    auto itself = colourChange(before, mask, before, mask);
    EXPECT_NEAR(itself->mean_delta_e, 0.0, 1e-9);
    EXPECT_NEAR(itself->distribution_emd, 0.0, 1e-6);
    EXPECT_FALSE(colourChange(before, cv::Mat::zeros(before.size(), CV_8UC1), before, mask));
}

// `src` blended over `dst` where `alpha` (CV_8UC1) is set, feathered.
cv::Mat blendOver(const cv::Mat& dst, const cv::Mat& src, const cv::Mat& alpha) {
    cv::Mat a, a3, fd, fs, out;
    cv::dilate(alpha, a, cv::Mat::ones(7, 7, CV_8U));
    cv::GaussianBlur(a, a, cv::Size(7, 7), 0);
    cv::cvtColor(a, a3, cv::COLOR_GRAY2RGB);
    a3.convertTo(a3, CV_32FC3, 1.0 / 255);
    dst.convertTo(fd, CV_32FC3);
    src.convertTo(fs, CV_32FC3);
    cv::Mat blend = fs.mul(a3) + fd.mul(cv::Scalar::all(1.0) - a3);
    blend.convertTo(out, CV_8UC3);
    return out;
}

// A 600x450 scene: textured skin (mottling and hairs, which registration follows on real skin)
// with makeLesionImage's lesion in the middle.
cv::Mat lesionScene(unsigned seed) {
    const cv::Size size(600, 450);
    cv::Mat mottling(size, CV_32FC1), mottling3, skin;
    cv::RNG rng(seed + 100);
    rng.fill(mottling, cv::RNG::NORMAL, 0, 1);
    cv::GaussianBlur(mottling, mottling, cv::Size(0, 0), 3.0);
    cv::normalize(mottling, mottling, -30, 30, cv::NORM_MINMAX);
    cv::cvtColor(mottling, mottling3, cv::COLOR_GRAY2RGB);
    cv::Mat(size, CV_32FC3, cv::Scalar(224, 172, 150)).copyTo(skin);
    skin += mottling3;
    skin.convertTo(skin, CV_8UC3);
    for (int h = 0; h < 16; ++h) {
        cv::Point p(rng.uniform(0, size.width), rng.uniform(0, size.height));
        for (int step = 0; step < 12; ++step) {
            const cv::Point q = p + cv::Point(rng.uniform(-12, 13), rng.uniform(-12, 13));
            cv::line(skin, p, q, cv::Scalar(90, 60, 45), 1, cv::LINE_AA);
            p = q;
        }
    }
    cv::Mat lesion(size, CV_8UC3, cv::Scalar(224, 172, 150));
    test::makeLesionImage(400, 300, seed).copyTo(lesion(cv::Rect(100, 75, 400, 300)));
    return blendOver(skin, lesion, lesionMask(lesion));
}

// The same skin with the lesion scaled by sqrt(area_factor) about `centre`.
cv::Mat grown(const cv::Mat& before, double area_factor, cv::Point2f centre) {
    cv::Mat scaled;
    const cv::Mat m = cv::getRotationMatrix2D(centre, 0, std::sqrt(area_factor));
    cv::warpAffine(before, scaled, m, before.size(), cv::INTER_LINEAR, cv::BORDER_REFLECT);
    return blendOver(before, scaled, lesionMask(scaled));
}

// A new visit of the scene: the camera turned, moved closer and the light changed.
cv::Mat newVisit(const cv::Mat& rgb) {
    cv::Mat r = cv::getRotationMatrix2D(cv::Point2f(rgb.cols / 2.0f, rgb.rows / 2.0f), 15, 1.05);
    r.at<double>(0, 2) += 8;
    r.at<double>(1, 2) -= 5;
    cv::Mat out;
    cv::warpAffine(rgb, out, r, rgb.size(), cv::INTER_LINEAR, cv::BORDER_REFLECT);
    cv::multiply(out, cv::Scalar(1.1, 1.05, 0.95), out);
    return out;
}

// The middle 400x300 of a 600x450 scene: both visits see part of the same skin.
cv::Mat centre(const cv::Mat& scene) { return scene(cv::Rect(100, 75, 400, 300)).clone(); }

cv::Point2f lesionCentre(const cv::Mat& rgb) {
    const cv::Moments m = cv::moments(lesionMask(rgb), true);
    return {static_cast<float>(m.m10 / m.m00), static_cast<float>(m.m01 / m.m00)};
}

TEST(ChangeMeasuresTest, ALesionGrownByTwentyPercentReportsAnAreaRatioOf1_20) {
    for (unsigned seed : {6u, 11u, 23u}) {
        SCOPED_TRACE(testing::Message() << "seed " << seed);
        const cv::Mat scene = lesionScene(seed);
        const cv::Mat before = centre(scene);
        const cv::Mat after = centre(newVisit(grown(scene, 1.20, lesionCentre(scene))));
        auto change = measureLesionChange({before, {}, {}}, {after, {}, {}});
        ASSERT_TRUE(change) << change.error().message();
        EXPECT_TRUE(change->size_registration.trusted) << change->size_registration.reason;
        EXPECT_EQ(change->basis, SizeBasis::Registered);
        EXPECT_NEAR(change->area_ratio, 1.20, 0.05);
        EXPECT_NEAR(change->diameter_ratio, std::sqrt(1.20), 0.05);
        EXPECT_GT(change->diameter_change, 0);
        EXPECT_NEAR(change->size_registration.transform.scale(), 1.05, 0.02);
        EXPECT_LT(change->colour.mean_delta_e, 5.0);
        std::cout << "  grown lesion (seed " << seed << "): area ratio " << change->area_ratio
                  << ", diameter ratio " << change->diameter_ratio << ", colour Delta E "
                  << change->colour.mean_delta_e << "; skin registration "
                  << change->size_registration.quality.inliers << " inliers, correlation "
                  << change->size_registration.quality.correlation << "; whole-image scale "
                  << change->registration.transform.scale() << "\n";
        auto same = measureLesionChange({before, {}, {}}, {centre(newVisit(scene)), {}, {}});
        ASSERT_TRUE(same);
        EXPECT_NEAR(same->area_ratio, 1.0, 0.05);
    }
}

TEST(ChangeMeasuresTest, CalibratedImagesCompareInMillimetres) {
    const cv::Mat before = centre(lesionScene(6));
    cv::Mat half;
    cv::resize(before, half, cv::Size(200, 150), 0, 0, cv::INTER_AREA);
    auto change = measureLesionChange({before, {}, 0.05}, {half, {}, 0.10});
    ASSERT_TRUE(change);
    EXPECT_EQ(change->basis, SizeBasis::Calibrated);
    EXPECT_EQ(change->before.area_unit, "mm2");
    EXPECT_NEAR(change->area_ratio, 1.0, 0.05);
    EXPECT_NEAR(change->registration.transform.scale(), 0.5, 0.02);
}

TEST(ChangeMeasuresTest, UnalignedUncalibratedSizesAreNotCompared) {
    auto change = measureLesionChange({test::makeLesionImage(400, 300, 1), {}, {}},
                                      {test::makeLesionImage(400, 300, 8), {}, {}});
    ASSERT_TRUE(change) << change.error().message();
    EXPECT_FALSE(change->registration.trusted);
    EXPECT_FALSE(change->size_registration.trusted);
    EXPECT_EQ(change->basis, SizeBasis::None);
    EXPECT_FALSE(change->comparable);
    EXPECT_TRUE(std::isnan(change->area_ratio));
    const LesionChangeFlag flag = classifyChange(*change, {});
    EXPECT_EQ(flag.flag, LesionFlag::NotComparable);
}

TEST(ChangeMeasuresTest, AGivenOutlineIsUsedAsIs) {
    const cv::Mat img = test::makeLesionImage(400, 300, 2);
    auto change =
        measureLesionChange({img, circle(200, 150, 40), {}}, {img, circle(200, 150, 50), {}});
    ASSERT_TRUE(change);
    EXPECT_NEAR(change->area_ratio, 25.0 / 16.0, 0.01);
    EXPECT_TRUE(change->segmentation_method.empty());
}

TEST(ChangeMeasuresTest, ClassifyChangeAgainstThresholds) {
    LesionChange c;
    c.comparable = true;
    c.area_ratio = 1.1;
    c.diameter_ratio = 1.04;
    c.colour.mean_delta_e = 4;
    EXPECT_EQ(classifyChange(c, {}).flag, LesionFlag::Unchanged);
    c.area_ratio = 1.25;
    auto grown = classifyChange(c, {});
    EXPECT_EQ(grown.flag, LesionFlag::Changed);
    ASSERT_EQ(grown.reasons.size(), 1u);
    EXPECT_NE(grown.reasons[0].find("area"), std::string::npos);
    c.area_ratio = 0.75;  // shrinking counts too
    EXPECT_EQ(classifyChange(c, {}).flag, LesionFlag::Changed);
    c.area_ratio = 1.0;
    c.colour.mean_delta_e = 12;
    EXPECT_EQ(classifyChange(c, {}).flag, LesionFlag::Changed);
    EXPECT_EQ(classifyChange(c, {0.2, 0.1, 15.0}).flag, LesionFlag::Unchanged);
}

}  // namespace
}  // namespace dermalens
