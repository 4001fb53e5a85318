// Registration on real HAM10000 dermoscopy (skipped without ../shared): known motions of real
// images are recovered (rotation +-1 degree, scale +-2 %, centre +-2 px at 200x150), unrelated
// lesions are never trusted, and most second images of the same lesion register.
#include <algorithm>
#include <chrono>
#include <cmath>
#include <iostream>
#include <map>

#include <gtest/gtest.h>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include "TestPaths.h"
#include "dermalens/followup/Registration.h"
#include "dermalens/importing/CsvTable.h"

namespace dermalens {
namespace {

namespace fs = std::filesystem;

struct HamImage {
    std::string lesion;
    fs::path file;
};

class RegistrationHamTest : public ::testing::Test {
protected:
    void SetUp() override {
        DERMALENS_REQUIRE_DIR(root(), "HAM10000 images are needed for this test");
        auto csv = readCsv(root() / "labels.csv");
        ASSERT_TRUE(csv) << csv.error().message();
        const int fold = csv->column("fold"), lesion = csv->column("lesion_id");
        const int file = csv->column("file");
        for (const auto& row : csv->rows)
            if (row[fold] == "0") fold0_.push_back({row[lesion], root() / row[file]});
        ASSERT_GT(fold0_.size(), 1000u);
    }
    static fs::path root() { return test::sharedDir() / "data" / "ham10000"; }
    static cv::Mat rgb(const fs::path& file) {
        cv::Mat bgr = cv::imread(file.string()), out;
        cv::cvtColor(bgr, out, cv::COLOR_BGR2RGB);
        return out;
    }
    std::vector<HamImage> fold0_;
};

struct Motion {
    cv::Mat matrix;
    double gain, gamma;
    cv::Scalar tint;
};

// A deterministic random motion and re-exposure.
Motion randomMotion(cv::RNG& rng, cv::Size size) {
    Motion m;
    m.matrix = cv::getRotationMatrix2D(cv::Point2f(size.width / 2.0f, size.height / 2.0f),
                                       rng.uniform(-180.0, 180.0), rng.uniform(0.8, 1.25));
    m.matrix.at<double>(0, 2) += rng.uniform(-10.0, 10.0);
    m.matrix.at<double>(1, 2) += rng.uniform(-10.0, 10.0);
    m.gain = rng.uniform(0.7, 1.3);
    m.gamma = rng.uniform(0.8, 1.25);
    m.tint = cv::Scalar(rng.uniform(0.9, 1.1), 1.0, rng.uniform(0.9, 1.1));
    return m;
}

cv::Mat apply(const cv::Mat& rgb, const Motion& m) {
    cv::Mat warped, f, out;
    cv::warpAffine(rgb, warped, m.matrix, rgb.size(), cv::INTER_LINEAR, cv::BORDER_REFLECT);
    warped.convertTo(f, CV_32FC3, 1.0 / 255);
    cv::pow(f, m.gamma, f);
    cv::multiply(f, m.tint * (255.0 * m.gain), f);
    f.convertTo(out, CV_8UC3);
    return out;
}

AffineTransform toTransform(const cv::Mat& m) {
    AffineTransform t;
    for (int i = 0; i < 6; ++i) t.matrix[i] = m.at<double>(i / 3, i % 3);
    return t;
}

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

TEST_F(RegistrationHamTest, KnownMotionsOfRealImagesAreRecovered) {
    cv::RNG rng(2024);
    std::vector<double> rotation, scale, centre, millis;
    RegistrationQuality worst{0, 0, 0, 1 << 30, 1.0, 1.0, 1.0, 1.0, true};
    for (std::size_t i = 0; i < fold0_.size(); i += 150) {
        const cv::Mat before = rgb(fold0_[i].file);
        const Motion m = randomMotion(rng, before.size());
        const AffineTransform truth = toTransform(m.matrix);
        const auto start = std::chrono::steady_clock::now();
        auto r = registerImages(before, apply(before, m));
        millis.push_back(
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
                .count());
        ASSERT_TRUE(r) << r.error().message();
        SCOPED_TRACE(fold0_[i].file.filename().string());
        EXPECT_TRUE(r->trusted) << r->reason;
        worst.inliers = std::min(worst.inliers, r->quality.inliers);
        worst.inlier_ratio = std::min(worst.inlier_ratio, r->quality.inlier_ratio);
        worst.correlation = std::min(worst.correlation, r->quality.correlation);
        rotation.push_back(std::abs(
            std::remainder(r->transform.rotationDegrees() - truth.rotationDegrees(), 360.0)));
        scale.push_back(std::abs(r->transform.scale() / truth.scale() - 1));
        const ImagePoint c{before.cols / 2.0, before.rows / 2.0};
        const ImagePoint a = r->transform.apply(c), b = truth.apply(c);
        centre.push_back(std::hypot(a.x - b.x, a.y - b.y));
        EXPECT_LE(rotation.back(), 1.0);
        EXPECT_LE(scale.back(), 0.02);
        EXPECT_LE(centre.back(), 2.0);
    }
    std::cout << "  " << rotation.size() << " real images: rotation error median "
              << median(rotation) << " max " << *std::max_element(rotation.begin(), rotation.end())
              << " deg; scale error median " << median(scale) * 100 << " max "
              << *std::max_element(scale.begin(), scale.end()) * 100 << " %; centre error median "
              << median(centre) << " max " << *std::max_element(centre.begin(), centre.end())
              << " px; " << median(millis) << " ms per registration (median); fewest inliers "
              << worst.inliers << ", lowest inlier ratio " << worst.inlier_ratio
              << ", lowest correlation " << worst.correlation << "\n";
}

TEST_F(RegistrationHamTest, UnrelatedLesionsAreNeverTrusted) {
    int pairs = 0, trusted = 0, most_inliers = 0;
    double best_correlation = 0;
    for (std::size_t i = 0; i + 7 < fold0_.size() && pairs < 40; i += 31) {
        const auto& a = fold0_[i];
        const auto& b = fold0_[i + 7];
        if (a.lesion == b.lesion) continue;
        auto r = registerImages(rgb(a.file), rgb(b.file));
        ASSERT_TRUE(r) << r.error().message();
        ++pairs;
        trusted += r->trusted;
        EXPECT_FALSE(r->trusted) << a.file.filename() << " vs " << b.file.filename();
        most_inliers = std::max(most_inliers, r->quality.inliers);
        best_correlation = std::max(best_correlation, r->quality.feature_correlation);
    }
    std::cout << "  " << pairs << " unrelated pairs: " << trusted << " trusted; most inliers "
              << most_inliers << ", highest feature-estimate correlation " << best_correlation
              << "\n";
    EXPECT_GE(pairs, 35);
}

// HAM10000 holds several images of many lesions (other visits, zoom, angle): the measured
// share that registers trusted is the floor here.
TEST_F(RegistrationHamTest, MostOtherImagesOfTheSameLesionRegister) {
    std::map<std::string, std::vector<fs::path>> by_lesion;
    for (const auto& h : fold0_) by_lesion[h.lesion].push_back(h.file);
    int pairs = 0, trusted = 0, fewest_inliers = 1 << 30;
    for (const auto& [lesion, files] : by_lesion) {
        if (files.size() < 2 || pairs >= 30) continue;
        auto r = registerImages(rgb(files[0]), rgb(files[1]));
        ASSERT_TRUE(r) << r.error().message();
        ++pairs;
        trusted += r->trusted;
        if (r->trusted) fewest_inliers = std::min(fewest_inliers, r->quality.inliers);
    }
    std::cout << "  same-lesion image pairs: " << trusted << " of " << pairs
              << " trusted (fewest inliers of those: " << fewest_inliers << ")\n";
    ASSERT_GE(pairs, 25);
    EXPECT_GE(trusted, pairs / 2);
}

}  // namespace
}  // namespace dermalens
