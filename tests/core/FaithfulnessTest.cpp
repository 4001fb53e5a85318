// Deletion / insertion curves (dev/evaluation/Faithfulness): the pure parts, and the ranking on
// the "evidence-region" tiny model, whose class 0 looks only at the top-left quadrant's
// brightness, so the true map is known and must beat a random one.
#include "dermalens/evaluation/Faithfulness.h"

#include <optional>

#include <gtest/gtest.h>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include "TestPaths.h"

namespace dermalens {
namespace {

namespace fs = std::filesystem;

TEST(FaithfulnessTest, CurveAreaIsTheTrapezoidOverZeroToOne) {
    EXPECT_DOUBLE_EQ(curveArea({1.0, 1.0}), 1.0);
    EXPECT_DOUBLE_EQ(curveArea({1.0, 0.0}), 0.5);
    EXPECT_DOUBLE_EQ(curveArea({0.0, 1.0, 1.0}), 0.75);
    EXPECT_DOUBLE_EQ(curveArea({0.3}), 0.0);
}

TEST(FaithfulnessTest, OrderIsMostSalientFirst) {
    const cv::Mat map = (cv::Mat_<float>(2, 3) << 0.1f, 0.9f, 0.0f, 0.5f, 0.0f, 0.0f);
    std::mt19937_64 rng(1);
    const std::vector<int> order = salienceOrder(map, rng);
    ASSERT_EQ(order.size(), 6u);
    EXPECT_EQ(order[0], 1);
    EXPECT_EQ(order[1], 3);
    EXPECT_EQ(order[2], 0);
}

TEST(FaithfulnessTest, ReplacedPixelsFollowTheOrderAndTheFraction) {
    const cv::Mat from(2, 2, CV_8UC3, cv::Scalar(0, 0, 0)), to(2, 2, CV_8UC3, cv::Scalar(9, 9, 9));
    const std::vector<int> order{3, 0, 1, 2};
    EXPECT_EQ(cv::countNonZero(replacedPixels(from, to, order, 0.0).reshape(1)), 0);
    const cv::Mat half = replacedPixels(from, to, order, 0.5);
    EXPECT_EQ(half.at<cv::Vec3b>(1, 1)[0], 9);
    EXPECT_EQ(half.at<cv::Vec3b>(0, 0)[0], 9);
    EXPECT_EQ(half.at<cv::Vec3b>(0, 1)[0], 0);
    EXPECT_EQ(cv::countNonZero(replacedPixels(from, to, order, 1.0).reshape(1)), 12);
}

class FaithfulnessModelTest : public ::testing::Test {
protected:
    void SetUp() override {
        const fs::path pkg = test::tinyModelsDir() / "evidence-region";
        DERMALENS_REQUIRE_DIR(pkg, "tiny models come from the make_tiny_models CTest fixture");
        ClassifierConfig config;
        config.device = Device::Cpu;
        config.threads = 2;
        auto loaded = Classifier::load(pkg, config);
        ASSERT_TRUE(loaded) << loaded.error().message();
        classifier_.emplace(std::move(*loaded));
        // The model's own input size (64x48): white top-left quadrant on dark skin.
        input_ = cv::Mat(48, 64, CV_8UC3, cv::Scalar(10, 10, 10));
        input_(cv::Rect(0, 0, 32, 24)).setTo(cv::Scalar(255, 255, 255));
        options_.blur_sigma = 0.5;  // blurred enough that the quadrant no longer counts as bright
    }
    std::optional<Classifier> classifier_;
    cv::Mat input_;
    FaithfulnessOptions options_;
};

TEST_F(FaithfulnessModelTest, TheTrueMapBeatsARandomOne) {
    auto map = classifier_->gradcam(Image{input_, {}}, 0);
    ASSERT_TRUE(map) << map.error().message();
    cv::Mat noise(map->raw.size(), CV_32F);
    cv::theRNG().state = 7;
    cv::randu(noise, 0.0f, 1.0f);
    for (DeletionBaseline baseline : {DeletionBaseline::Blur, DeletionBaseline::MeanColour}) {
        options_.deletion = baseline;
        std::mt19937_64 rng(0);
        auto real = deletionInsertion(*classifier_, input_, map->raw, 0, options_, rng);
        auto random = deletionInsertion(*classifier_, input_, noise, 0, options_, rng);
        ASSERT_TRUE(real && random);
        ASSERT_EQ(real->deletion.size(), 17u);
        EXPECT_NEAR(real->deletion.front(), real->insertion.back(), 1e-6);  // both: the input
        EXPECT_LT(real->deletion_auc + 0.05, random->deletion_auc);
        EXPECT_GT(real->insertion_auc, random->insertion_auc + 0.05);
        // The evidence sits in a quarter of the pixels: gone after a quarter of the steps.
        EXPECT_LT(real->deletion[4], 0.5 * real->deletion[0]);
    }
}

TEST_F(FaithfulnessModelTest, EvaluatesFilesAndListsTheOnesThatFail) {
    test::TempDir dir("dermalens-faithfulness");
    cv::Mat bgr;
    cv::cvtColor(input_, bgr, cv::COLOR_RGB2BGR);
    ASSERT_TRUE(cv::imwrite((dir / "a.png").string(), bgr));
    const std::vector<fs::path> files{dir / "a.png", dir / "missing.png"};
    auto summary = evaluateFaithfulness(*classifier_, files, options_);
    ASSERT_TRUE(summary) << summary.error().message();
    EXPECT_EQ(summary->images, 1);
    EXPECT_EQ(summary->steps, 16);
    EXPECT_EQ(summary->cells, "16x12");
    ASSERT_EQ(summary->skipped.size(), 1u);
    EXPECT_NE(summary->skipped[0].find("missing.png"), std::string::npos);
    const std::vector<fs::path> none{dir / "missing.png"};
    EXPECT_FALSE(evaluateFaithfulness(*classifier_, none, options_));
}

}  // namespace
}  // namespace dermalens
