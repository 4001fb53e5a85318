// Registration of two images of one lesion: a synthetic lesion rotated, scaled, shifted and
// re-exposed with known parameters is recovered within rotation +-1 degree, scale +-2 % and
// translation +-2 px; unrelated or featureless images are reported as not trusted.
#include <cmath>
#include <iostream>

#include <gtest/gtest.h>
#include <opencv2/imgproc.hpp>

#include "SyntheticImages.h"
#include "dermalens/followup/Registration.h"

namespace dermalens {
namespace {

struct Motion {
    double degrees, scale, dx, dy;
    double gain, gamma;  // exposure: out = gain * in^gamma
    cv::Scalar tint;     // white balance, per RGB channel
};

struct Moved {
    cv::Mat image;
    AffineTransform truth;  // BEFORE -> AFTER
};

Moved move(const cv::Mat& rgb, const Motion& m) {
    cv::Mat r =
        cv::getRotationMatrix2D(cv::Point2f(rgb.cols / 2.0f, rgb.rows / 2.0f), m.degrees, m.scale);
    r.at<double>(0, 2) += m.dx;
    r.at<double>(1, 2) += m.dy;
    cv::Mat warped, f;
    cv::warpAffine(rgb, warped, r, rgb.size(), cv::INTER_LINEAR, cv::BORDER_REFLECT);
    warped.convertTo(f, CV_32FC3, 1.0 / 255);
    cv::pow(f, m.gamma, f);
    cv::multiply(f, m.tint * (255.0 * m.gain), f);
    Moved out;
    f.convertTo(out.image, CV_8UC3);
    for (int i = 0; i < 6; ++i) out.truth.matrix[i] = r.at<double>(i / 3, i % 3);
    return out;
}

// Where the image centre lands: the translation error that matters on screen.
double centreError(const AffineTransform& a, const AffineTransform& b, cv::Size size) {
    const ImagePoint c{size.width / 2.0, size.height / 2.0};
    const ImagePoint pa = a.apply(c), pb = b.apply(c);
    return std::hypot(pa.x - pb.x, pa.y - pb.y);
}

void expectRecovered(const RegistrationResult& r, const AffineTransform& truth, cv::Size size) {
    EXPECT_TRUE(r.trusted) << r.reason;
    const double dr =
        std::remainder(r.transform.rotationDegrees() - truth.rotationDegrees(), 360.0);
    std::cout << "  rotation error " << dr << " deg, scale error "
              << (r.transform.scale() / truth.scale() - 1) * 100 << " %, centre error "
              << centreError(r.transform, truth, size) << " px, inliers " << r.quality.inliers
              << "/" << r.quality.matches << ", correlation " << r.quality.correlation << "\n";
    EXPECT_NEAR(dr, 0.0, 1.0);
    EXPECT_NEAR(r.transform.scale() / truth.scale(), 1.0, 0.02);
    EXPECT_LE(centreError(r.transform, truth, size), 2.0);
    EXPECT_NEAR(r.transform.translation().x, truth.translation().x, 2.0 + 0.01 * size.width);
    EXPECT_NEAR(r.transform.translation().y, truth.translation().y, 2.0 + 0.01 * size.width);
}

const Motion kMotions[] = {
    {12, 1.08, 9, -6, 1.25, 0.85, cv::Scalar(1.05, 1.0, 0.92)},
    {-35, 0.90, -15, 10, 0.75, 1.2, cv::Scalar(0.95, 1.0, 1.08)},
    {170, 1.15, 6, 4, 1.1, 1.0, cv::Scalar(1.0, 0.97, 1.0)},
    {3, 1.0, 20, 14, 0.6, 1.0, cv::Scalar(1.0, 1.0, 1.0)},
};

TEST(RegistrationTest, RecoversAKnownMotionOfASyntheticLesionDespiteExposureAndColour) {
    const cv::Mat before = test::makeLesionImage(400, 300, 7);
    for (const Motion& m : kMotions) {
        SCOPED_TRACE(testing::Message() << "rotation " << m.degrees << ", scale " << m.scale);
        const Moved after = move(before, m);
        auto r = registerImages(before, after.image);
        ASSERT_TRUE(r) << r.error().message();
        expectRecovered(*r, after.truth, before.size());
        EXPECT_GE(r->quality.inlier_ratio, 0.4);
        EXPECT_GE(r->quality.correlation, 0.8);
    }
}

TEST(RegistrationTest, TheAlignedAfterImageLiesOnTheBeforeImage) {
    const cv::Mat before = test::makeLesionImage(400, 300, 3);
    const Moved after = move(before, {20, 1.1, 5, -5, 1.0, 1.0, cv::Scalar(1, 1, 1)});
    auto r = registerImages(before, after.image);
    ASSERT_TRUE(r && r->trusted);
    const cv::Mat back = warpAfterOntoBefore(after.image, r->transform, before.size());
    const cv::Rect centre(100, 75, 200, 150);  // inside what AFTER still shows
    EXPECT_LT(test::meanAbsDiff(back(centre), before(centre)), 3.0);
    const cv::Mat unaligned = warpAfterOntoBefore(after.image, AffineTransform{}, before.size());
    EXPECT_GT(test::meanAbsDiff(unaligned(centre), before(centre)), 6.0);
}

TEST(RegistrationTest, DifferentLesionsAreNotTrusted) {
    for (unsigned seed : {2u, 5u, 9u}) {
        auto r = registerImages(test::makeLesionImage(400, 300, 1),
                                test::makeLesionImage(400, 300, seed));
        ASSERT_TRUE(r);
        EXPECT_FALSE(r->trusted) << "seed " << seed << ": " << r->quality.inliers << " inliers";
        EXPECT_FALSE(r->reason.empty());
    }
}

TEST(RegistrationTest, AnImageWithoutFeaturesIsNotTrustedAndSaysWhy) {
    const cv::Mat flat(300, 400, CV_8UC3, cv::Scalar(220, 170, 150));
    auto r = registerImages(test::makeLesionImage(400, 300, 1), flat);
    ASSERT_TRUE(r);
    EXPECT_FALSE(r->trusted);
    EXPECT_NE(r->reason.find("feature"), std::string::npos) << r->reason;
    EXPECT_EQ(r->transform.scale(), 1.0);  // identity: nothing to show as aligned
}

TEST(RegistrationTest, UnusableInputIsAnError) {
    auto empty = registerImages(cv::Mat(), test::makeLesionImage(64, 48));
    ASSERT_FALSE(empty);
    EXPECT_EQ(empty.error().code, ErrorCode::InvalidArgument);
    auto grey = registerImages(test::makeGreyImage(64, 48), test::makeLesionImage(64, 48));
    EXPECT_FALSE(grey);
}

TEST(RegistrationTest, TransformAlgebra) {
    AffineTransform t;
    const double a = 30 * CV_PI / 180;
    t.matrix = {1.5 * std::cos(a),  1.5 * std::sin(a), 10,
                -1.5 * std::sin(a), 1.5 * std::cos(a), 20};
    EXPECT_NEAR(t.rotationDegrees(), 30.0, 1e-9);
    EXPECT_NEAR(t.scale(), 1.5, 1e-9);
    const ImagePoint p{7, -3};
    const ImagePoint back = t.inverse().apply(t.apply(p));
    EXPECT_NEAR(back.x, p.x, 1e-9);
    EXPECT_NEAR(back.y, p.y, 1e-9);
}

}  // namespace
}  // namespace dermalens
