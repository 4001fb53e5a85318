// Grad-CAM on the "evidence-region" tiny model, whose class-0 logit depends only on the
// brightness of the top-left quadrant (training/make_tiny_model.py --evidence-region).
#include <optional>

#include <gtest/gtest.h>
#include <opencv2/core.hpp>

#include "TestPaths.h"
#include "dermalens/inference/Classifier.h"

namespace dermalens {
namespace {

namespace fs = std::filesystem;

constexpr int kW = 200, kH = 150;

fs::path package(const char* name) { return test::tinyModelsDir() / name; }

ClassifierConfig cpuConfig() {
    ClassifierConfig config;
    config.device = Device::Cpu;
    config.threads = 2;
    return config;
}

// Dark image with a white rectangle.
Image patchImage(cv::Rect bright) {
    Image image;
    image.pixels = cv::Mat(kH, kW, CV_8UC3, cv::Scalar(10, 10, 10));
    if (bright.area() > 0) image.pixels(bright).setTo(cv::Scalar(255, 255, 255));
    return image;
}

cv::Point argmax(const cv::Mat& m) {
    cv::Point at;
    cv::minMaxLoc(m, nullptr, nullptr, nullptr, &at);
    return at;
}

class GradCamTest : public ::testing::Test {
protected:
    void SetUp() override {
        DERMALENS_REQUIRE_DIR(package("evidence-region"),
                              "tiny models come from the make_tiny_models CTest fixture");
        auto loaded = Classifier::load(package("evidence-region"), cpuConfig());
        ASSERT_TRUE(loaded) << loaded.error().message();
        classifier_.emplace(std::move(*loaded));
    }
    std::optional<Classifier> classifier_;
};

TEST_F(GradCamTest, PeaksInTheTopLeftWhereTheEvidenceIs) {
    auto map = classifier_->gradcam(patchImage({0, 0, kW / 2, kH / 2}), 0);
    ASSERT_TRUE(map) << map.error().message();
    EXPECT_EQ(map->class_index, 0);
    EXPECT_EQ(map->raw.type(), CV_32F);
    EXPECT_EQ(map->raw.size(), cv::Size(16, 12));  // 64x48 input, stride 4
    ASSERT_EQ(map->upsampled.size(), cv::Size(kW, kH));
    EXPECT_GT(map->raw_max, 0.01f);  // ~ (8 / 192) * 2 for this model
    const cv::Point peak = argmax(map->upsampled);
    EXPECT_LT(peak.x, kW / 2);
    EXPECT_LT(peak.y, kH / 2);
    // Raw units are kept: upsampling does not rescale.
    double up_max = 0;
    cv::minMaxLoc(map->upsampled, nullptr, &up_max);
    EXPECT_NEAR(up_max, map->raw_max, 1e-3 * map->raw_max);
    // Nothing outside the quadrant (allow the bilinear seam).
    double outside = 0;
    cv::minMaxLoc(map->upsampled(cv::Rect(kW / 2 + 10, 0, kW / 2 - 10, kH)), nullptr, &outside);
    EXPECT_EQ(outside, 0.0);
}

TEST_F(GradCamTest, NoEvidenceWhenTheBrightPatchMovesOrTheImageIsDark) {
    for (const cv::Rect bright : {cv::Rect(kW / 2, kH / 2, kW / 2, kH / 2), cv::Rect()}) {
        auto map = classifier_->gradcam(patchImage(bright), 0);
        ASSERT_TRUE(map) << map.error().message();
        EXPECT_LT(map->raw_max, 1e-6f) << "bright patch at " << bright;
    }
}

TEST_F(GradCamTest, BrightTopLeftRaisesClassZero) {
    auto bright = classifier_->predict(patchImage({0, 0, kW / 2, kH / 2}));
    auto dark = classifier_->predict(patchImage({}));
    ASSERT_TRUE(bright && dark);
    EXPECT_GT(bright->probabilities[0], dark->probabilities[0] + 0.1f);
}

TEST_F(GradCamTest, DefaultClassIsTheTopClass) {
    const Image image = patchImage({0, 0, kW / 2, kH / 2});
    auto p = classifier_->predict(image);
    auto map = classifier_->gradcam(image);
    ASSERT_TRUE(p && map);
    EXPECT_EQ(map->class_index, p->top_class);
}

TEST_F(GradCamTest, ClassOutOfRangeIsInvalidArgument) {
    for (int bad : {7, 100, -2}) {
        auto map = classifier_->gradcam(patchImage({}), bad);
        ASSERT_FALSE(map) << bad;
        EXPECT_EQ(map.error().code, ErrorCode::InvalidArgument);
    }
    auto empty = classifier_->gradcam(Image{}, 0);
    ASSERT_FALSE(empty);
    EXPECT_EQ(empty.error().code, ErrorCode::InvalidArgument);
}

TEST_F(GradCamTest, LeavesPredictionsUnchanged) {
    const Image image = patchImage({20, 20, 60, 40});
    auto before = classifier_->predict(image);
    for (int c = 0; c < 7; ++c) ASSERT_TRUE(classifier_->gradcam(image, c)) << c;
    auto after = classifier_->predict(image);
    ASSERT_TRUE(before && after);
    EXPECT_EQ(before->probabilities, after->probabilities);
}

TEST(GradCamCropTest, CenterCropMapCoversOnlyTheCroppedRegion) {
    DERMALENS_REQUIRE_DIR(package("evidence-region"), "tiny models come from the fixture");
    auto pkg = ModelPackage::open(package("evidence-region"));
    ASSERT_TRUE(pkg) << pkg.error().message();
    pkg->card.input.resize = ResizePolicy::CenterCrop;
    auto classifier = Classifier::load(*pkg, cpuConfig());
    ASSERT_TRUE(classifier) << classifier.error().message();
    // 400x150 -> crop is the central 200x150; its top-left quadrant is x 100..200, y 0..75.
    Image image;
    image.pixels = cv::Mat(150, 400, CV_8UC3, cv::Scalar(255, 255, 255));
    auto map = classifier->gradcam(image, 0);
    ASSERT_TRUE(map) << map.error().message();
    ASSERT_EQ(map->upsampled.size(), cv::Size(400, 150));
    const cv::Point peak = argmax(map->upsampled);
    EXPECT_GE(peak.x, 100);
    EXPECT_LT(peak.x, 200);
    EXPECT_LT(peak.y, 75);
    EXPECT_EQ(cv::countNonZero(map->upsampled(cv::Rect(0, 0, 100, 150))), 0);
}

}  // namespace
}  // namespace dermalens
