// Grad-CAM at a higher-resolution stage and its own input size (the card's "gradcam"), on the
// "staged" tiny model (training/make_test_models.py) and on the shipped model.
#include <gtest/gtest.h>
#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include "TestPaths.h"
#include "dermalens/inference/Classifier.h"

namespace dermalens {
namespace {

namespace fs = std::filesystem;

fs::path staged() { return test::tinyModelsDir() / "staged"; }

ClassifierConfig cpuConfig() {
    ClassifierConfig config;
    config.device = Device::Cpu;
    config.threads = 2;
    return config;
}

Image texturedImage(cv::Size size) {
    Image image;
    image.pixels = cv::Mat(size, CV_8UC3);
    cv::randu(image.pixels, 0, 255);
    cv::circle(image.pixels, {size.width / 3, size.height / 2}, size.height / 4, {200, 80, 40}, -1);
    return image;
}

ModelPackage openStaged() {
    auto pkg = ModelPackage::open(staged());
    EXPECT_TRUE(pkg) << pkg.error().message();
    return pkg ? *pkg : ModelPackage{};
}

TEST(GradCamLayerTest, StageAtItsOwnInputGivesTheFinerGrid) {
    DERMALENS_REQUIRE_DIR(staged(), "tiny models come from the make_tiny_models CTest fixture");
    const ModelPackage pkg = openStaged();
    ASSERT_EQ(pkg.card.gradcam.layer, "body.1");
    auto classifier = Classifier::load(pkg, cpuConfig());
    ASSERT_TRUE(classifier) << classifier.error().message();
    const Image image = texturedImage({200, 150});
    auto map = classifier->gradcam(image);
    ASSERT_TRUE(map) << map.error().message();
    EXPECT_EQ(map->raw.size(), cv::Size(24, 18));  // 96x72 heatmap input, stride 4 at body.1
    EXPECT_EQ(map->upsampled.size(), cv::Size(200, 150));
    auto p = classifier->predict(image);
    ASSERT_TRUE(p);
    EXPECT_EQ(map->class_index, p->top_class);  // the prediction at the card's 64x48 input

    ModelPackage plain = pkg;  // the contract's default: features() at the card's input
    plain.card.gradcam = GradCamSpec{};
    auto reference = Classifier::load(plain, cpuConfig());
    ASSERT_TRUE(reference) << reference.error().message();
    auto coarse = reference->gradcam(image);
    ASSERT_TRUE(coarse);
    EXPECT_EQ(coarse->raw.size(), cv::Size(8, 6));
    auto same = reference->predict(image);
    ASSERT_TRUE(same);
    EXPECT_EQ(same->probabilities, p->probabilities);  // predictions do not depend on it
}

TEST(GradCamLayerTest, ExplainsTheRequestedClass) {
    DERMALENS_REQUIRE_DIR(staged(), "tiny models come from the make_tiny_models CTest fixture");
    auto classifier = Classifier::load(openStaged(), cpuConfig());
    ASSERT_TRUE(classifier) << classifier.error().message();
    for (int c : {0, 6}) {
        auto map = classifier->gradcam(texturedImage({64, 48}), c);
        ASSERT_TRUE(map) << map.error().message();
        EXPECT_EQ(map->class_index, c);
    }
}

TEST(GradCamLayerTest, LayerOutsideTheBodyIsRefusedOnLoad) {
    DERMALENS_REQUIRE_DIR(staged(), "tiny models come from the make_tiny_models CTest fixture");
    ModelPackage pkg = openStaged();
    pkg.card.gradcam.layer = "body.3";
    auto c = Classifier::load(pkg, cpuConfig());
    ASSERT_FALSE(c);
    EXPECT_EQ(c.error().code, ErrorCode::InvalidModel);
    EXPECT_NE(c.error().reason.find("only 3 stages"), std::string::npos) << c.error().reason;

    auto tiny = ModelPackage::open(test::tinyModelsDir() / "tiny");  // no `body` submodule
    ASSERT_TRUE(tiny);
    tiny->card.gradcam.layer = "body.0";
    auto no_body = Classifier::load(*tiny, cpuConfig());
    ASSERT_FALSE(no_body);
    EXPECT_NE(no_body.error().reason.find("no 'body'"), std::string::npos)
        << no_body.error().reason;
}

TEST(GradCamLayerTest, ShippedModelHasAtLeastSevenBySevenCells) {
    const fs::path model = test::defaultModelDir();
    DERMALENS_REQUIRE_DIR(model / "model.pt", "the shipped default model is needed");
    auto classifier = Classifier::load(model, cpuConfig());
    ASSERT_TRUE(classifier) << classifier.error().message();
    const fs::path photo = test::sharedDir() / "data/ham10000/images/ISIC_0024306.jpg";
    Image image = texturedImage({600, 450});
    if (fs::exists(photo))
        cv::cvtColor(cv::imread(photo.string()), image.pixels, cv::COLOR_BGR2RGB);
    auto map = classifier->gradcam(image);
    ASSERT_TRUE(map) << map.error().message();
    EXPECT_GE(map->raw.cols, 7);
    EXPECT_GE(map->raw.rows, 7);
    EXPECT_EQ(map->upsampled.size(), image.pixels.size());
    EXPECT_GT(map->raw_max, 0.0f);
}

}  // namespace
}  // namespace dermalens
