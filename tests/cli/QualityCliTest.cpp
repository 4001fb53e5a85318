// `dermalens-cli predict` reports the image quality checks of every image it classifies.
#include <filesystem>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include "CliRunner.h"
#include "ImageDefects.h"
#include "SyntheticImages.h"
#include "TestPaths.h"

namespace {

namespace fs = std::filesystem;
using dermalens::test::TempDir;

// A lesion with skin-like fine texture (sharp), written as PNG.
fs::path writeImage(const TempDir& dir, const std::string& name, const cv::Mat& rgb) {
    const auto file = dir / name;
    dermalens::test::writeRaster(file, rgb, dermalens::test::RasterFormat::Png);
    return file;
}

cv::Mat sharpLesion() {
    const cv::Mat smooth = dermalens::test::makeLesionImage(200, 150, 2);
    cv::Mat texture(smooth.size(), CV_16SC3), sharp;
    cv::RNG(2).fill(texture, cv::RNG::NORMAL, 0, 4.0);
    smooth.convertTo(sharp, CV_16SC3);
    sharp += texture;
    sharp.convertTo(sharp, CV_8UC3);
    return sharp;
}

TEST(QualityCli, PredictGivesEachImageItsQualityChecks) {
    const auto model = dermalens::test::tinyModelsDir() / "tiny";
    DERMALENS_REQUIRE_DIR(model, "tiny models come from the make_tiny_models CTest fixture");
    TempDir dir;
    const cv::Mat lesion = sharpLesion();
    const auto clean = writeImage(dir, "clean.png", lesion);
    const auto marked = writeImage(dir, "marked.png", dermalens::test::withInk(lesion, 2));
    const auto run = dermalens::test::runCli(
        "predict --model " + dermalens::test::shellQuote(model.string()) + " " +
            dermalens::test::shellQuote(clean.string()) + " " +
            dermalens::test::shellQuote(marked.string()),
        dir);
    ASSERT_EQ(run.status, 0) << run.err;
    const auto lines = dermalens::test::jsonLines(run.out);
    ASSERT_EQ(lines.size(), 2u);
    const auto& cleanQuality = lines[0].at("quality");
    EXPECT_TRUE(cleanQuality.at("flagged").empty()) << cleanQuality.dump();
    const auto& checks = cleanQuality.at("checks");
    for (const char* name : {"blur", "underexposure", "overexposure", "ink", "ruler", "hair"}) {
        ASSERT_TRUE(checks.contains(name)) << name;
        EXPECT_TRUE(checks[name].at("value").is_number()) << name;
        EXPECT_TRUE(checks[name].at("threshold").is_number()) << name;
        EXPECT_FALSE(checks[name].at("flagged").get<bool>()) << name;
        EXPECT_FALSE(checks[name].at("reason").get<std::string>().empty()) << name;
    }
    const auto& markedQuality = lines[1].at("quality");
    EXPECT_EQ(markedQuality.at("flagged"), nlohmann::json::array({"ink"}));
    const auto& ink = markedQuality.at("checks").at("ink");
    EXPECT_GT(ink.at("value").get<double>(), ink.at("threshold").get<double>());
    EXPECT_NE(ink.at("reason").get<std::string>().find("ink"), std::string::npos);
}

}  // namespace
