// C++ vs Python reference: the preprocessed tensor (training/dermalens_train/preprocess.py) and
// the calibrated probabilities (training/reference_predict.py) on synthetic images.
#include <cstdlib>
#include <fstream>
#include <optional>
#include <sstream>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include "TestPaths.h"
#include "dermalens/inference/Classifier.h"
#include "dermalens/inference/Preprocessor.h"

namespace dermalens {
namespace {

namespace fs = std::filesystem;

std::string quoted(const fs::path& p) { return "'" + p.string() + "'"; }

// Runs a command; returns its stdout, or nullopt when it fails.
std::optional<std::string> capture(const std::string& command, const fs::path& out_file) {
    if (std::system((command + " > " + quoted(out_file) + " 2>&1").c_str()) != 0) return {};
    std::ifstream in(out_file);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

class ParityTest : public ::testing::Test {
protected:
    void SetUp() override {
        python_ = test::pythonExecutable();
        if (python_.empty()) GTEST_SKIP() << "no python3 was found at configure time";
        if (std::system((python_ + " -c 'import torch, cv2, numpy' > /dev/null 2>&1").c_str()))
            GTEST_SKIP() << python_ << " lacks torch, cv2 or numpy";
        DERMALENS_REQUIRE_DIR(test::tinyModelsDir() / "tiny", "tiny models come from the fixture");
        writeImages();
    }
    void writeImages() {
        cv::RNG rng(5);
        cv::Mat noise(73, 97, CV_8UC3), ramp(200, 300, CV_8UC3), exact(48, 64, CV_8UC3);
        rng.fill(noise, cv::RNG::UNIFORM, 0, 256);
        rng.fill(exact, cv::RNG::UNIFORM, 0, 256);
        for (int y = 0; y < ramp.rows; ++y)
            for (int x = 0; x < ramp.cols; ++x)
                ramp.at<cv::Vec3b>(y, x) = cv::Vec3b(x * 255 / 299, y * 255 / 199, (x + y) % 256);
        for (const auto& [name, mat] :
             {std::pair{"noise.png", noise}, {"ramp.png", ramp}, {"exact.png", exact}}) {
            images_.push_back(dir_ / name);
            ASSERT_TRUE(cv::imwrite(images_.back().string(), mat));
        }
    }
    static cv::Mat readRgb(const fs::path& path) {
        cv::Mat bgr = cv::imread(path.string(), cv::IMREAD_COLOR), rgb;
        cv::cvtColor(bgr, rgb, cv::COLOR_BGR2RGB);
        return rgb;
    }
    void expectProbabilityParity(const fs::path& package);
    std::string python_;
    test::TempDir dir_{"dermalens-parity"};
    std::vector<fs::path> images_;
};

const char* kPreprocessScript = R"(
import json, sys
sys.path.insert(0, sys.argv[1])
from dermalens_train.preprocess import preprocess
spec = json.loads(sys.argv[2])
for i, path in enumerate(sys.argv[4:]):
    preprocess(path, spec).astype('float32').tofile(sys.argv[3] + '/' + str(i) + '.f32')
)";

TEST_F(ParityTest, PreprocessingMatchesPython) {
    const std::vector<std::pair<InputSpec, std::string>> specs = [] {
        InputSpec crop;
        crop.width = 40;
        crop.height = 56;
        crop.resize = ResizePolicy::CenterCrop;
        crop.interpolation = Interpolation::Linear;
        crop.color_order = ColorOrder::BGR;
        return std::vector<std::pair<InputSpec, std::string>>{
            {InputSpec{}, R"({"width":224,"height":224,"resize":"stretch","interpolation":"area",)"
                          R"("color_order":"RGB","scale":255.0,"mean":[0.485,0.456,0.406],)"
                          R"("std":[0.229,0.224,0.225]})"},
            {crop, R"({"width":40,"height":56,"resize":"center_crop","interpolation":"linear",)"
                   R"("color_order":"BGR","scale":255.0,"mean":[0.485,0.456,0.406],)"
                   R"("std":[0.229,0.224,0.225]})"}};
    }();
    const fs::path script = dir_ / "pre.py";
    std::ofstream(script) << kPreprocessScript;
    for (const auto& [spec, json] : specs) {
        std::string command = python_ + " " + quoted(script) + " " +
                              quoted(test::sourceDir() / "training") + " '" + json + "' " +
                              quoted(dir_.path());
        for (const auto& image : images_) command += " " + quoted(image);
        ASSERT_TRUE(capture(command, dir_ / "pre.log")) << "python failed: " << command;
        for (std::size_t i = 0; i < images_.size(); ++i) {
            const std::vector<float> cpp = preprocessToChw(readRgb(images_[i]), spec);
            std::vector<float> py(cpp.size());
            std::ifstream in(dir_ / (std::to_string(i) + ".f32"), std::ios::binary);
            in.read(reinterpret_cast<char*>(py.data()), py.size() * sizeof(float));
            ASSERT_EQ(in.gcount(), static_cast<std::streamsize>(py.size() * sizeof(float)));
            float worst = 0;
            for (std::size_t k = 0; k < cpp.size(); ++k)
                worst = std::max(worst, std::abs(cpp[k] - py[k]));
            EXPECT_LE(worst, 1e-5f) << images_[i] << " with " << json;
        }
    }
}

// C++ and the Python reference (training/reference_predict.py) give the same calibrated
// probabilities within 1e-4 for `package` on every image of `images_`.
void ParityTest::expectProbabilityParity(const fs::path& package) {
    std::string command = python_ + " " +
                          quoted(test::sourceDir() / "training/reference_predict.py") + " " +
                          quoted(package);
    for (const auto& image : images_) command += " " + quoted(image);
    const auto output = capture(command, dir_ / "ref.jsonl");
    ASSERT_TRUE(output) << "reference_predict.py failed: " << command;
    ClassifierConfig config;
    config.device = Device::Cpu;
    auto classifier = Classifier::load(package, config);
    ASSERT_TRUE(classifier) << classifier.error().message();
    std::istringstream lines(*output);
    std::string line;
    std::size_t i = 0;
    for (; std::getline(lines, line) && i < images_.size(); ++i) {
        const auto ref = nlohmann::json::parse(line);
        Image image{readRgb(images_[i]), {}};
        auto p = classifier->predict(image);
        ASSERT_TRUE(p) << p.error().message();
        const auto probs = ref.at("probabilities").get<std::vector<double>>();
        ASSERT_EQ(probs.size(), p->probabilities.size());
        for (std::size_t c = 0; c < probs.size(); ++c)
            EXPECT_NEAR(p->probabilities[c], probs[c], 1e-4) << images_[i] << " class " << c;
        EXPECT_NEAR(p->normalized_entropy, ref.at("normalized_entropy").get<double>(), 1e-4);
        EXPECT_EQ(p->low_confidence, ref.at("low_confidence").get<bool>());
        if (ref.contains("embedding_distance"))
            EXPECT_NEAR(p->ood_distance, ref.at("embedding_distance").get<double>(), 1e-3);
        if (ref.contains("image_statistics_distance")) {
            const double d = ref.at("image_statistics_distance").get<double>();
            EXPECT_NEAR(p->image_statistics_distance, d, 1e-4 * std::max(1.0, d)) << images_[i];
        }
        if (ref.contains("out_of_distribution"))
            EXPECT_EQ(p->out_of_distribution, ref.at("out_of_distribution").get<bool>())
                << images_[i];
    }
    EXPECT_EQ(i, images_.size()) << "reference output:\n" << *output;
}

TEST_F(ParityTest, ProbabilitiesMatchReferencePredict) {
    expectProbabilityParity(test::tinyModelsDir() / "tiny");
}

// The shipped model on real dermoscopic images when ../shared is there, else the synthetic ones.
TEST_F(ParityTest, ShippedModelMatchesReferencePredict) {
    DERMALENS_REQUIRE_DIR(test::defaultModelDir() / "model.json", "the shipped model is needed");
    const auto ham = test::sharedDir() / "data/ham10000/images";
    for (const char* id : {"ISIC_0024306", "ISIC_0024310", "ISIC_0024400", "ISIC_0025030"})
        if (fs::exists(ham / (std::string(id) + ".jpg")))
            images_.push_back(ham / (std::string(id) + ".jpg"));
    expectProbabilityParity(test::defaultModelDir());
}

}  // namespace
}  // namespace dermalens
