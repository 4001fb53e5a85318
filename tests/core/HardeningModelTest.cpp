// A tampered model package is refused by Classifier::load with a message that says what is
// wrong and names the file: weights changed, hash changed, card no longer fitting the weights,
// card edited after export (its output-changing sections no longer match the weights' seal).
#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <functional>
#include <nlohmann/json.hpp>

#include "TestPaths.h"
#include "dermalens/inference/Classifier.h"
#include "dermalens/model/ModelPackage.h"

namespace dermalens {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

class HardeningModelTest : public ::testing::Test {
protected:
    void SetUp() override {
        if (!fs::exists(tiny() / "model.json"))
            GTEST_SKIP() << "tiny test model not built (make_tiny_models fixture)";
        fs::copy(tiny(), model(), fs::copy_options::recursive);
    }
    static fs::path tiny() { return test::tinyModelsDir() / "tiny"; }
    fs::path model() const { return dir_ / "model"; }
    void editCard(const std::function<void(json&)>& change) const {
        std::ifstream in(model() / "model.json");
        json card = json::parse(in);
        change(card);
        std::ofstream(model() / "model.json", std::ios::trunc) << card.dump(2);
    }
    // Replaces the weights and, as a careful forger would, the card's hash with theirs.
    void forgeWeights(const fs::path& from) const {
        fs::copy_file(from, model() / "model.pt", fs::copy_options::overwrite_existing);
        const auto sha = sha256File(model() / "model.pt");
        ASSERT_TRUE(sha);
        editCard([&](json& card) { card["weights_sha256"] = *sha; });
    }
    void expectRefused(const fs::path& file, const std::string& words) const {
        ClassifierConfig config;
        config.device = Device::Cpu;
        config.threads = 1;
        const auto loaded = Classifier::load(model(), config);
        ASSERT_FALSE(loaded) << "a tampered model was loaded";
        EXPECT_EQ(loaded.error().code, ErrorCode::InvalidModel) << loaded.error().message();
        EXPECT_EQ(loaded.error().file, file.string());
        EXPECT_NE(loaded.error().reason.find(words), std::string::npos) << loaded.error().reason;
    }
    test::TempDir dir_{"dermalens-tamper"};
};

TEST_F(HardeningModelTest, TheUntouchedCopyLoads) {
    ClassifierConfig config;
    config.device = Device::Cpu;
    config.threads = 1;
    const auto loaded = Classifier::load(model(), config);
    ASSERT_TRUE(loaded) << loaded.error().message();
}

TEST_F(HardeningModelTest, ChangedWeightsAreRefused) {
    std::fstream weights(model() / "model.pt", std::ios::in | std::ios::out | std::ios::binary);
    weights.seekg(-10, std::ios::end);
    const char byte = static_cast<char>(weights.get());
    weights.seekp(-10, std::ios::end);
    weights.put(static_cast<char>(~byte));
    weights.close();
    expectRefused(model() / "model.pt", "sha256 mismatch");
}

TEST_F(HardeningModelTest, ChangedHashIsRefused) {
    editCard([](json& card) { card["weights_sha256"] = std::string(64, '0'); });
    expectRefused(model() / "model.pt", "sha256 mismatch");
}

TEST_F(HardeningModelTest, CardWithAClassRemovedIsRefused) {
    editCard([](json& card) { card["classes"].erase(card["classes"].size() - 1); });
    expectRefused(model() / "model.pt", "7 outputs but the card lists 6 classes");
}

TEST_F(HardeningModelTest, CardWithOtherEmbeddingStatisticsIsRefused) {
    editCard([](json& card) {
        card["ood"]["embedding_mean"].push_back(0.0);
        card["ood"]["embedding_std"].push_back(1.0);
    });
    expectRefused(model() / "model.pt", "embedding statistics");
}

TEST_F(HardeningModelTest, CardWithAnotherTemperatureIsRefusedNamingTheCard) {
    editCard([](json& card) { card["calibration"]["temperature"] = 0.5; });
    expectRefused(model() / "model.json", "'calibration' section differs from the one sealed");
}

TEST_F(HardeningModelTest, CardWithOtherNormalisationIsRefused) {
    editCard([](json& card) { card["input"]["mean"][0] = 0.0; });
    expectRefused(model() / "model.json", "'input' section differs");
}

TEST_F(HardeningModelTest, CardWithASealedSectionAddedIsRefused) {
    editCard([](json& card) { card["gradcam"] = json{{"layer", "features"}}; });
    expectRefused(model() / "model.json", "'gradcam' section differs");
}

TEST_F(HardeningModelTest, CardTextOutsideTheSealStillLoads) {
    editCard([](json& card) { card["intended_use"] = "edited wording"; });
    ClassifierConfig config;
    config.device = Device::Cpu;
    config.threads = 1;
    const auto loaded = Classifier::load(model(), config);
    ASSERT_TRUE(loaded) << loaded.error().message();
}

TEST_F(HardeningModelTest, UnsealedWeightsWithTheirOwnHashAreRefused) {
    // The same module saved again without its extra files, as a plain torch.jit.save would.
    const auto unsealed = dir_ / "unsealed.pt";
    const auto python = test::pythonExecutable();
    if (python.empty()) GTEST_SKIP() << "no Python with torch to re-save the module";
    const std::string script = "import torch,sys; torch.jit.save(torch.jit.load(sys.argv[1]), sys.argv[2])";
    const std::string command = python + " -c \"" + script + "\" '" + (model() / "model.pt").string() +
                                "' '" + unsealed.string() + "'";
    ASSERT_EQ(std::system(command.c_str()), 0) << command;
    forgeWeights(unsealed);
    expectRefused(model() / "model.pt", "carry no seal of the card");
}

TEST_F(HardeningModelTest, InvalidCardIsRefusedNamingTheCard) {
    std::ofstream(model() / "model.json", std::ios::app) << "}";
    expectRefused(model() / "model.json", "not valid JSON");
}

TEST_F(HardeningModelTest, ForgedWeightsWithTheirOwnHashAreRefused) {
    forgeWeights(test::tinyModelsDir() / "no-features" / "model.pt");
    expectRefused(model() / "model.pt", "has no 'features' method");
}

TEST_F(HardeningModelTest, TruncatedWeightsWithTheirOwnHashAreRefused) {
    const auto half = dir_ / "half.pt";
    fs::copy_file(model() / "model.pt", half);
    fs::resize_file(half, fs::file_size(half) / 2);
    forgeWeights(half);
    expectRefused(model() / "model.pt", "not a loadable TorchScript module");
}

}  // namespace
}  // namespace dermalens
