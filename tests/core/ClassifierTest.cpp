#include "dermalens/inference/Classifier.h"

#include <cmath>
#include <fstream>
#include <optional>
#include <sstream>

#include <gtest/gtest.h>
#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include "TestPaths.h"
#include "dermalens/inference/ImageStatistics.h"
#include "dermalens/inference/Preprocessor.h"

namespace dermalens {
namespace {

namespace fs = std::filesystem;

fs::path tinyPackage(const char* name) { return test::tinyModelsDir() / name; }

#define REQUIRE_TINY(name)                                              \
    DERMALENS_REQUIRE_DIR(tinyPackage(name),                            \
                          "tiny models come from the make_tiny_models " \
                          "CTest fixture (training/make_test_models.py)")

ClassifierConfig cpuConfig(int batch_size = 16) {
    ClassifierConfig config;
    config.device = Device::Cpu;
    config.threads = 2;
    config.batch_size = batch_size;
    return config;
}

Image noiseImage(int w, int h, int seed) {
    Image image;
    image.pixels = cv::Mat(h, w, CV_8UC3);
    cv::RNG rng(seed);
    rng.fill(image.pixels, cv::RNG::UNIFORM, 0, 256);
    image.meta.source_path = "noise-" + std::to_string(seed) + ".png";
    return image;
}

std::vector<double> softmax(const std::vector<float>& logits, double t) {
    double top = -1e300, sum = 0;
    for (float z : logits) top = std::max(top, z / t);
    std::vector<double> p;
    for (float z : logits) sum += p.emplace_back(std::exp(z / t - top));
    for (double& v : p) v /= sum;
    return p;
}

std::string readText(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

void writeText(const fs::path& path, const std::string& text) {
    std::ofstream(path, std::ios::binary) << text;
}

class ClassifierTest : public ::testing::Test {
protected:
    void SetUp() override {
        REQUIRE_TINY("tiny");
        auto loaded = Classifier::load(tinyPackage("tiny"), cpuConfig(2));
        ASSERT_TRUE(loaded) << loaded.error().message();
        classifier_.emplace(std::move(*loaded));
    }
    std::optional<Classifier> classifier_;
};

TEST_F(ClassifierTest, LoadsOnCpuAndReportsIt) {
    EXPECT_EQ(classifier_->deviceName(), "cpu");
    EXPECT_EQ(classifier_->card().classes.size(), 7u);
    EXPECT_GT(classifier_->loadMilliseconds(), 0.0);
    auto p = classifier_->predict(noiseImage(90, 70, 1));
    ASSERT_TRUE(p) << p.error().message();
    EXPECT_EQ(p->device, "cpu");
    EXPECT_GT(p->milliseconds, 0.0);
}

TEST_F(ClassifierTest, ProbabilitiesAreTemperatureCalibratedSoftmax) {
    const float t = classifier_->card().temperature;
    ASSERT_NE(t, 1.0f) << "the tiny card should use T != 1 so calibration is visible";
    auto p = classifier_->predict(noiseImage(90, 70, 2));
    ASSERT_TRUE(p) << p.error().message();
    ASSERT_EQ(p->probabilities.size(), 7u);
    const auto expected = softmax(p->logits, t);
    const auto uncalibrated = softmax(p->logits, 1.0);
    double sum = 0, calibration_effect = 0;
    for (std::size_t i = 0; i < 7; ++i) {
        EXPECT_NEAR(p->probabilities[i], expected[i], 1e-6);
        sum += p->probabilities[i];
        calibration_effect = std::max(calibration_effect, std::abs(expected[i] - uncalibrated[i]));
    }
    EXPECT_NEAR(sum, 1.0, 1e-5);
    EXPECT_GT(calibration_effect, 1e-4);
}

TEST(ClassifierTemperatureTest, CardTemperatureIsApplied) {
    REQUIRE_TINY("tiny");
    auto package = ModelPackage::open(tinyPackage("tiny"));
    ASSERT_TRUE(package) << package.error().message();
    package->card.temperature = 4.0f;
    auto classifier = Classifier::load(*package, cpuConfig());
    ASSERT_TRUE(classifier) << classifier.error().message();
    auto p = classifier->predict(noiseImage(64, 48, 3));
    ASSERT_TRUE(p);
    const auto expected = softmax(p->logits, 4.0);
    for (std::size_t i = 0; i < expected.size(); ++i)
        EXPECT_NEAR(p->probabilities[i], expected[i], 1e-6);
}

TEST_F(ClassifierTest, DerivedFieldsFollowTheCard) {
    const ModelCard& card = classifier_->card();
    auto p = classifier_->predict(noiseImage(120, 80, 4));
    ASSERT_TRUE(p) << p.error().message();
    double malignant = 0, entropy = 0;
    for (std::size_t i = 0; i < 7; ++i) {
        if (card.classes[i].malignant) malignant += p->probabilities[i];
        entropy -= p->probabilities[i] * std::log(p->probabilities[i]);
        EXPECT_LE(p->probabilities[i], p->probabilities[p->top_class]);
    }
    EXPECT_NEAR(p->malignant_probability, malignant, 1e-6);
    EXPECT_NEAR(p->entropy, entropy, 1e-5);
    EXPECT_GE(p->entropy, 0.0f);
    EXPECT_LE(p->entropy, std::log(7.0) + 1e-5);
    EXPECT_NEAR(p->normalized_entropy, entropy / std::log(7.0), 1e-5);
    EXPECT_EQ(p->low_confidence, p->normalized_entropy > card.ood.max_normalized_entropy);

    ASSERT_EQ(p->embedding.size(), card.ood.embedding_mean.size());
    double z2 = 0;
    for (std::size_t k = 0; k < p->embedding.size(); ++k) {
        const double z = (p->embedding[k] - card.ood.embedding_mean[k]) / card.ood.embedding_std[k];
        z2 += z * z;
    }
    const double distance = std::sqrt(z2 / p->embedding.size());
    EXPECT_NEAR(p->ood_distance, distance, 1e-3 * std::max(1.0, distance));
    const double image_distance = imageStatisticsDistance(
        imageStatistics(resizeForModel(noiseImage(120, 80, 4).pixels, card.input)),
        card.ood.image_statistics);
    EXPECT_GT(image_distance, 0.0);
    EXPECT_NEAR(p->image_statistics_distance, image_distance, 1e-4 * std::max(1.0, image_distance));
    EXPECT_EQ(p->out_of_distribution, distance > card.ood.max_embedding_distance ||
                                          image_distance > card.ood.image_statistics.max_distance);
}

// Smooth skin-toned image like the tiny card's statistics (make_tiny_model.py).
Image skinLikeImage(int w, int h) {
    cv::Mat noise(h, w, CV_32FC3);
    cv::RNG(7).fill(noise, cv::RNG::NORMAL, 0.0, 15.0);
    cv::GaussianBlur(noise, noise, cv::Size(0, 0), 2.0);
    noise += cv::Scalar(190, 125, 105);
    Image image;
    noise.convertTo(image.pixels, CV_8UC3);
    image.meta.source_path = "skin.png";
    return image;
}

// The colour/texture rule flags what the embedding may not: a flat colour and uniform noise.
TEST_F(ClassifierTest, ImageStatisticsRuleFlagsFlatColourAndNoiseButNotSkin) {
    const double limit = classifier_->card().ood.image_statistics.max_distance;
    ASSERT_GT(limit, 0.0) << "the tiny card carries image statistics";
    Image flat;
    flat.pixels = cv::Mat(80, 120, CV_8UC3, cv::Scalar(40, 200, 90));
    for (const Image& odd : {flat, noiseImage(120, 80, 5)}) {
        auto p = classifier_->predict(odd);
        ASSERT_TRUE(p) << p.error().message();
        EXPECT_GT(p->image_statistics_distance, limit);
        EXPECT_TRUE(p->out_of_distribution);
        EXPECT_TRUE(p->flagged());
    }
    auto skin = classifier_->predict(skinLikeImage(120, 80));
    ASSERT_TRUE(skin) << skin.error().message();
    EXPECT_LT(skin->image_statistics_distance, limit);
}

TEST_F(ClassifierTest, BatchMatchesSingleAndReportsProgress) {
    std::vector<Image> images;
    for (int i = 0; i < 5; ++i) images.push_back(noiseImage(60 + 13 * i, 50 + 7 * i, 10 + i));
    std::vector<std::pair<std::size_t, std::size_t>> calls;
    auto batch = classifier_->predictBatch(
        images, [&](std::size_t done, std::size_t total) { calls.emplace_back(done, total); });
    ASSERT_TRUE(batch) << batch.error().message();
    ASSERT_EQ(batch->size(), 5u);
    const std::vector<std::pair<std::size_t, std::size_t>> expected{{2, 5}, {4, 5}, {5, 5}};
    EXPECT_EQ(calls, expected);  // batch_size 2
    for (int i = 0; i < 5; ++i) {
        auto single = classifier_->predict(images[i]);
        ASSERT_TRUE(single);
        EXPECT_EQ((*batch)[i].top_class, single->top_class);
        for (std::size_t c = 0; c < 7; ++c)
            EXPECT_NEAR((*batch)[i].probabilities[c], single->probabilities[c], 1e-5);
        for (std::size_t k = 0; k < single->embedding.size(); ++k)
            EXPECT_NEAR((*batch)[i].embedding[k], single->embedding[k], 1e-5);
    }
}

TEST_F(ClassifierTest, CancelStopsTheBatch) {
    std::vector<Image> images(6, noiseImage(64, 48, 20));
    int polls = 0;
    std::size_t last_done = 0;
    auto result = classifier_->predictBatch(
        images, [&](std::size_t done, std::size_t) { last_done = done; },
        [&] { return ++polls > 1; });  // allow the first chunk, cancel before the second
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().code, ErrorCode::Cancelled);
    EXPECT_EQ(last_done, 2u);
}

TEST_F(ClassifierTest, RejectsEmptyImageNamingIt) {
    Image empty;
    empty.meta.source_path = "empty.png";
    auto p = classifier_->predict(empty);
    ASSERT_FALSE(p);
    EXPECT_EQ(p.error().code, ErrorCode::InvalidArgument);
    EXPECT_EQ(p.error().file, "empty.png");
    std::vector<Image> images{noiseImage(64, 48, 1), empty};
    auto batch = classifier_->predictBatch(images);
    ASSERT_FALSE(batch);
    EXPECT_EQ(batch.error().file, "empty.png");
}

// A copy of the tiny package in a temporary directory, to break in various ways.
class BrokenPackageTest : public ::testing::Test {
protected:
    void SetUp() override {
        REQUIRE_TINY("tiny");
        fs::copy(tinyPackage("tiny"), dir_.path() / "pkg");
        pkg_ = dir_.path() / "pkg";
    }
    // Replaces the weights and fixes the card's sha256 so only the Classifier can object.
    void replaceWeights(const std::string& bytes) {
        const std::string old_sha = ModelPackage::open(pkg_)->card.weights_sha256;
        writeText(pkg_ / "model.pt", bytes);
        std::string card = readText(pkg_ / "model.json");
        card.replace(card.find(old_sha), old_sha.size(), *sha256File(pkg_ / "model.pt"));
        writeText(pkg_ / "model.json", card);
    }
    test::TempDir dir_{"dermalens-classifier"};
    fs::path pkg_;
};

TEST_F(BrokenPackageTest, MissingWeights) {
    fs::remove(pkg_ / "model.pt");
    auto c = Classifier::load(pkg_, cpuConfig());
    ASSERT_FALSE(c);
    EXPECT_NE(c.error().message().find("model.pt"), std::string::npos) << c.error().message();
}

TEST_F(BrokenPackageTest, WrongSha256) {
    std::ofstream(pkg_ / "model.pt", std::ios::app | std::ios::binary) << "x";
    auto c = Classifier::load(pkg_, cpuConfig());
    ASSERT_FALSE(c);
    EXPECT_EQ(c.error().code, ErrorCode::InvalidModel);
    EXPECT_NE(c.error().message().find("model.pt"), std::string::npos) << c.error().message();
}

TEST_F(BrokenPackageTest, RandomBytesAreNotAModel) {
    std::string junk(4096, '\0');
    cv::RNG rng(7);
    for (char& ch : junk) ch = static_cast<char>(rng.uniform(0, 256));
    replaceWeights(junk);
    ASSERT_TRUE(ModelPackage::open(pkg_)) << "the card's sha256 should match the junk";
    auto c = Classifier::load(pkg_, cpuConfig());
    ASSERT_FALSE(c);
    EXPECT_EQ(c.error().code, ErrorCode::InvalidModel);
    EXPECT_EQ(fs::path(c.error().file).filename(), "model.pt") << c.error().message();
    EXPECT_NE(c.error().reason.find("TorchScript"), std::string::npos) << c.error().message();
}

TEST(ClassifierContractTest, ModuleWithoutFeaturesIsRejected) {
    REQUIRE_TINY("no-features");
    auto c = Classifier::load(tinyPackage("no-features"), cpuConfig());
    ASSERT_FALSE(c);
    EXPECT_EQ(c.error().code, ErrorCode::InvalidModel);
    EXPECT_EQ(fs::path(c.error().file).filename(), "model.pt");
    EXPECT_NE(c.error().reason.find("'features'"), std::string::npos) << c.error().message();
}

TEST(ClassifierContractTest, WrongClassCountIsRejected) {
    REQUIRE_TINY("five-classes");
    auto c = Classifier::load(tinyPackage("five-classes"), cpuConfig());
    ASSERT_FALSE(c);
    EXPECT_EQ(c.error().code, ErrorCode::InvalidModel);
    EXPECT_EQ(fs::path(c.error().file).filename(), "model.pt");
    EXPECT_NE(c.error().reason.find("model has 7 outputs but the card lists 5 classes"),
              std::string::npos)
        << c.error().message();
}

TEST(ClassifierContractTest, WrongEmbeddingStatisticsAreRejected) {
    REQUIRE_TINY("tiny");
    auto package = ModelPackage::open(tinyPackage("tiny"));
    ASSERT_TRUE(package);
    package->card.ood.embedding_mean.resize(3);
    auto c = Classifier::load(*package, cpuConfig());
    ASSERT_FALSE(c);
    EXPECT_NE(c.error().reason.find("3 values"), std::string::npos) << c.error().message();
}

TEST(ClassifierDeviceTest, ParsesDeviceNames) {
    EXPECT_EQ(parseDevice("auto").value(), Device::Auto);
    EXPECT_EQ(parseDevice("cpu").value(), Device::Cpu);
    EXPECT_EQ(parseDevice("CUDA").value(), Device::Cuda);
    auto bad = parseDevice("tpu");
    ASSERT_FALSE(bad);
    EXPECT_EQ(bad.error().code, ErrorCode::InvalidArgument);
    EXPECT_NE(bad.error().reason.find("tpu"), std::string::npos);
}

TEST(ClassifierDeviceTest, CudaWithoutCudaIsDeviceUnavailable) {
    REQUIRE_TINY("tiny");
    if (Classifier::cudaAvailable()) GTEST_SKIP() << "CUDA is available here; nothing to refuse";
    ClassifierConfig config = cpuConfig();
    config.device = Device::Cuda;
    auto c = Classifier::load(tinyPackage("tiny"), config);
    ASSERT_FALSE(c);
    EXPECT_EQ(c.error().code, ErrorCode::DeviceUnavailable);
    config.device = Device::Auto;
    auto fallback = Classifier::load(tinyPackage("tiny"), config);
    ASSERT_TRUE(fallback) << fallback.error().message();
    EXPECT_EQ(fallback->deviceName(), "cpu");
}

}  // namespace
}  // namespace dermalens
