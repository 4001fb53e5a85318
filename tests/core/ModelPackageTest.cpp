// Model package opening: directory, card and weights checked on disk, errors name the file.
#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>

#include "TestPaths.h"
#include "dermalens/model/ModelPackage.h"

namespace dermalens {
namespace {

using nlohmann::json;

// sha256("abc") from FIPS 180-2, appendix B.1.
constexpr const char* kAbcSha = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

void writeText(const std::filesystem::path& path, const std::string& text) {
    std::ofstream(path, std::ios::binary) << text;
}

json card(const std::string& weights = "model.pt", const std::string& sha = kAbcSha) {
    return {
        {"format_version", 1},
        {"name", "tiny"},
        {"version", "1"},
        {"architecture", "tiny_cnn"},
        {"weights_file", weights},
        {"weights_sha256", sha},
        {"classes", json::array({{{"code", "a"}, {"name", "A"}}, {{"code", "b"}, {"name", "B"}}})},
        {"input",
         {{"width", 8},
          {"height", 8},
          {"resize", "stretch"},
          {"interpolation", "area"},
          {"color_order", "RGB"},
          {"scale", 255.0},
          {"mean", {0.5, 0.5, 0.5}},
          {"std", {0.2, 0.2, 0.2}}}},
        {"calibration", {{"temperature", 1.0}}}};
}

class ModelPackageTest : public ::testing::Test {
protected:
    void SetUp() override {
        writeText(dir_ / "model.json", card().dump(2));
        writeText(dir_ / "model.pt", "abc");
    }
    void expectError(ErrorCode code, const std::filesystem::path& file, const std::string& word) {
        const auto package = ModelPackage::open(dir_.path());
        ASSERT_FALSE(package);
        EXPECT_EQ(package.error().code, code) << package.error().message();
        EXPECT_EQ(package.error().file, file.string());
        EXPECT_NE(package.error().reason.find(word), std::string::npos) << package.error().reason;
    }
    test::TempDir dir_{"dermalens-package"};
};

TEST_F(ModelPackageTest, Sha256OfKnownVectors) {
    EXPECT_EQ(sha256File(dir_ / "model.pt").value(), kAbcSha);
    writeText(dir_ / "empty", "");
    EXPECT_EQ(sha256File(dir_ / "empty").value(),
              "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    const auto missing = sha256File(dir_ / "absent");
    ASSERT_FALSE(missing);
    EXPECT_EQ(missing.error().code, ErrorCode::NotFound);
    EXPECT_EQ(missing.error().file, (dir_ / "absent").string());
}

TEST_F(ModelPackageTest, OpensAValidPackage) {
    const auto package = ModelPackage::open(dir_.path());
    ASSERT_TRUE(package) << package.error().message();
    EXPECT_EQ(package->directory, dir_.path());
    EXPECT_EQ(package->weights_path, dir_ / "model.pt");
    EXPECT_EQ(package->card.name, "tiny");
    EXPECT_EQ(package->card.classes.size(), 2u);
}

TEST_F(ModelPackageTest, MissingDirectory) {
    const auto package = ModelPackage::open(dir_ / "nowhere");
    ASSERT_FALSE(package);
    EXPECT_EQ(package.error().code, ErrorCode::NotFound);
    EXPECT_EQ(package.error().file, (dir_ / "nowhere").string());
}

TEST_F(ModelPackageTest, MissingCard) {
    std::filesystem::remove(dir_ / "model.json");
    expectError(ErrorCode::NotFound, dir_ / "model.json", "not found");
}

TEST_F(ModelPackageTest, InvalidCardNamesTheCardFile) {
    writeText(dir_ / "model.json", "{ not json");
    expectError(ErrorCode::InvalidModel, dir_ / "model.json", "not valid JSON");
    json broken = card();
    broken.erase("classes");
    writeText(dir_ / "model.json", broken.dump());
    expectError(ErrorCode::InvalidModel, dir_ / "model.json", "'classes'");
}

TEST_F(ModelPackageTest, MissingWeights) {
    std::filesystem::remove(dir_ / "model.pt");
    expectError(ErrorCode::NotFound, dir_ / "model.pt", "weights file not found");
}

TEST_F(ModelPackageTest, WeightsNamedByTheCard) {
    writeText(dir_ / "model.json", card("weights/net.pt").dump());
    std::filesystem::create_directories(dir_ / "weights");
    writeText(dir_ / "weights" / "net.pt", "abc");
    const auto package = ModelPackage::open(dir_.path());
    ASSERT_TRUE(package) << package.error().message();
    EXPECT_EQ(package->weights_path, dir_ / "weights/net.pt");
}

TEST_F(ModelPackageTest, WrongSha256) {
    writeText(dir_ / "model.pt", "abd");
    expectError(ErrorCode::InvalidModel, dir_ / "model.pt", "sha256 mismatch");
}

TEST_F(ModelPackageTest, WeightsOutsideThePackageAreRefused) {
    for (const char* name : {"../model.pt", "/etc/passwd"}) {
        writeText(dir_ / "model.json", card(name).dump());
        expectError(ErrorCode::InvalidModel, dir_ / "model.json", "inside the model directory");
    }
}

}  // namespace
}  // namespace dermalens
