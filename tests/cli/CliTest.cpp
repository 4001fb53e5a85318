// End-to-end tests of dermalens-cli: run the built binary, parse what it prints.
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include "CliRunner.h"
#include "TestPaths.h"

namespace {

namespace fs = std::filesystem;
using dermalens::test::TempDir;
using nlohmann::json;

using Run = dermalens::test::CliRun;
using dermalens::test::jsonLines;

std::string quote(const std::string& s) { return dermalens::test::shellQuote(s); }

std::string slurp(const fs::path& file) {
    std::ifstream in(file);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

Run cli(const std::string& args, const TempDir& dir, const std::string& env = "") {
    return dermalens::test::runCli(args, dir, env);
}

fs::path tinyModel() { return dermalens::test::tinyModelsDir() / "tiny"; }

// A synthetic lesion PNG; `seed` varies the blob so images differ.
fs::path writeLesion(const TempDir& dir, const std::string& name, int seed) {
    cv::Mat img(90, 120, CV_8UC3, cv::Scalar(130 + seed * 5, 150, 200 - seed * 7));
    cv::circle(img, {40 + seed * 9, 45}, 12 + seed * 3, cv::Scalar(50, 60 + seed * 20, 100),
               cv::FILLED);
    const auto file = dir / name;
    EXPECT_TRUE(cv::imwrite(file.string(), img));
    return file;
}

fs::path writeBadFile(const TempDir& dir) {
    const auto file = dir / "not_an_image.png";
    std::ofstream(file) << "this is not a PNG";
    return file;
}

#define REQUIRE_TINY_MODEL() \
    DERMALENS_REQUIRE_DIR(tinyModel(), "tiny models come from the make_tiny_models CTest fixture")

TEST(Cli, HelpWorksForEverySubcommand) {
    TempDir dir;
    const auto top = cli("--help", dir);
    EXPECT_EQ(top.status, 0);
    for (const char* sub : {"predict", "rank", "evaluate", "bench"}) {
        EXPECT_NE(top.out.find(sub), std::string::npos) << sub;
        const auto help = cli(std::string(sub) + " --help", dir);
        EXPECT_EQ(help.status, 0) << sub;
        EXPECT_NE(help.out.find("--model"), std::string::npos) << sub;
    }
}

TEST(Cli, UsageErrorsExitTwo) {
    TempDir dir;
    EXPECT_EQ(cli("", dir).status, 2);
    EXPECT_EQ(cli("predict", dir).status, 2);  // no files
    EXPECT_EQ(cli("frobnicate", dir).status, 2);
    EXPECT_EQ(cli("predict --device tpu x.png", dir).status, 2);
}

TEST(Cli, MissingModelDirectoryExitsTwoNamingIt) {
    TempDir dir;
    const auto missing = (dir / "no-such-model").string();
    const auto image = writeLesion(dir, "a.png", 0);
    const auto run = cli("predict --model " + quote(missing) + " " + quote(image.string()), dir);
    EXPECT_EQ(run.status, 2);
    EXPECT_NE(run.err.find(missing), std::string::npos) << run.err;
    EXPECT_TRUE(run.out.empty());
}

TEST(Cli, ModelDirectoryFromEnvironment) {
    TempDir dir;
    const auto missing = (dir / "env-model").string();
    const auto image = writeLesion(dir, "a.png", 0);
    const auto run =
        cli("predict " + quote(image.string()), dir, "DERMALENS_MODEL_DIR=" + quote(missing));
    EXPECT_EQ(run.status, 2);
    EXPECT_NE(run.err.find(missing), std::string::npos) << run.err;
}

TEST(Cli, PredictGoodAndBadFile) {
    REQUIRE_TINY_MODEL();
    TempDir dir;
    const auto good = writeLesion(dir, "good.png", 1);
    const auto bad = writeBadFile(dir);
    const auto run = cli("predict --model " + quote(tinyModel().string()) + " " +
                             quote(good.string()) + " " + quote(bad.string()),
                         dir);
    EXPECT_EQ(run.status, 1) << run.err;
    const auto lines = jsonLines(run.out);
    ASSERT_EQ(lines.size(), 2u) << run.out;
    const auto& ok = lines[0];
    EXPECT_EQ(ok["file"], good.string());
    ASSERT_TRUE(ok["probabilities"].is_object());
    EXPECT_EQ(ok["probabilities"].size(), 7u);
    double total = 0;
    for (const auto& [code, p] : ok["probabilities"].items()) total += p.get<double>();
    EXPECT_NEAR(total, 1.0, 1e-4);
    EXPECT_TRUE(ok["probabilities"].contains(ok["top_class"].get<std::string>()));
    for (const char* key :
         {"top_class_name", "malignant_probability", "entropy", "normalized_entropy", "flag",
          "low_confidence", "out_of_distribution", "ood_distance", "image_statistics_distance",
          "device", "milliseconds", "model"})
        EXPECT_TRUE(ok.contains(key)) << key;
    EXPECT_EQ(ok["model"]["name"], "dermalens-tiny-test");
    EXPECT_EQ(lines[1]["file"], bad.string());
    ASSERT_TRUE(lines[1].contains("error"));
    EXPECT_NE(lines[1]["error"].get<std::string>().find("not_an_image.png"), std::string::npos);
}

TEST(Cli, PredictWritesGradcamFiles) {
    REQUIRE_TINY_MODEL();
    TempDir dir;
    const auto image = writeLesion(dir, "lesion.png", 2);
    const auto out = dir / "cams";
    const auto run = cli("predict --model " + quote(tinyModel().string()) + " --gradcam " +
                             quote(out.string()) + " --class mel " + quote(image.string()),
                         dir);
    ASSERT_EQ(run.status, 0) << run.err << run.out;
    const auto lines = jsonLines(run.out);
    ASSERT_EQ(lines.size(), 1u);
    const auto png = out / "lesion_gradcam_mel.png", raw = out / "lesion_gradcam_mel.tiff";
    EXPECT_EQ(lines[0]["gradcam_png"], png.string());
    EXPECT_EQ(lines[0]["gradcam_raw"], raw.string());
    EXPECT_EQ(lines[0]["gradcam_normalization"], "per-image min-max");
    EXPECT_TRUE(lines[0]["gradcam_raw_max"].is_number());
    const auto overlay = cv::imread(png.string());
    EXPECT_EQ(overlay.size(), cv::Size(120, 90));
    const auto map = cv::imread(raw.string(), cv::IMREAD_UNCHANGED);
    EXPECT_EQ(map.type(), CV_32F);
    EXPECT_EQ(map.size(), cv::Size(120, 90));
}

TEST(Cli, PredictUnknownClassIsUsageError) {
    REQUIRE_TINY_MODEL();
    TempDir dir;
    const auto image = writeLesion(dir, "a.png", 0);
    const auto run =
        cli("predict --model " + quote(tinyModel().string()) + " --gradcam " +
                quote((dir / "cams").string()) + " --class nope " + quote(image.string()),
            dir);
    EXPECT_EQ(run.status, 2);
    EXPECT_NE(run.err.find("nope"), std::string::npos) << run.err;
    EXPECT_NE(run.err.find("mel"), std::string::npos) << "should list the valid codes: " << run.err;
}

TEST(Cli, RankFiveLesions) {
    REQUIRE_TINY_MODEL();
    TempDir dir;
    std::string files;
    for (int i = 0; i < 5; ++i)
        files += " " + quote(writeLesion(dir, "lesion" + std::to_string(i) + ".png", i).string());
    const auto run = cli("rank --model " + quote(tinyModel().string()) + files, dir);
    ASSERT_EQ(run.status, 0) << run.err;
    const auto doc = json::parse(run.out);
    EXPECT_TRUE(doc["method"].is_string());
    const auto& lesions = doc["lesions"];
    ASSERT_EQ(lesions.size(), 5u);
    for (int i = 0; i < 5; ++i) {
        EXPECT_EQ(lesions[i]["rank"], i + 1);
        for (const char* key :
             {"file", "score", "z", "outlier", "top_class", "malignant_probability"})
            EXPECT_TRUE(lesions[i].contains(key)) << key;
    }
    EXPECT_GE(lesions[0]["z"].get<double>(), lesions[4]["z"].get<double>());
}

TEST(Cli, RankNeedsTwoReadableImages) {
    REQUIRE_TINY_MODEL();
    TempDir dir;
    const auto run = cli("rank --model " + quote(tinyModel().string()) + " " +
                             quote(writeLesion(dir, "a.png", 0).string()) + " " +
                             quote(writeBadFile(dir).string()),
                         dir);
    EXPECT_NE(run.status, 0);
    EXPECT_NE(run.err.find("at least 2"), std::string::npos) << run.err;
}

TEST(Cli, EvaluateWritesMetricsAndPlots) {
    REQUIRE_TINY_MODEL();
    TempDir dir;
    const std::vector<std::string> labels{"mel", "nv", "bcc", "nv", "mel", "bkl"};
    std::ofstream csv(dir / "labels.csv");
    csv << "image_id,label,file,fold\n";
    for (std::size_t i = 0; i < labels.size(); ++i) {
        writeLesion(dir, "img" + std::to_string(i) + ".png", static_cast<int>(i));
        csv << "id" << i << "," << labels[i] << ",\"img" << i << ".png\"," << i % 2 << "\n";
    }
    csv.close();
    const auto out = dir / "eval";
    const auto run = cli("evaluate --model " + quote(tinyModel().string()) + " --csv " +
                             quote((dir / "labels.csv").string()) + " --where fold=0 --out " +
                             quote(out.string()),
                         dir);
    ASSERT_EQ(run.status, 0) << run.err;
    const auto printed = json::parse(run.out);
    const auto metrics = json::parse(slurp(out / "metrics.json"));
    EXPECT_EQ(printed, metrics);
    EXPECT_EQ(metrics["n"], 3);
    for (const char* key :
         {"accuracy", "balanced_accuracy", "per_class_recall", "per_class_precision",
          "confusion_matrix", "melanoma_auc", "malignant_auc", "ece", "reliability", "model"})
        EXPECT_TRUE(metrics.contains(key)) << key;
    EXPECT_EQ(metrics["confusion_matrix"]["classes"].size(), 7u);
    for (const char* png : {"confusion_matrix.png", "roc.png", "reliability.png"})
        EXPECT_FALSE(cv::imread((out / png).string()).empty()) << png;
}

TEST(Cli, EvaluateUnknownLabelNamesTheRow) {
    REQUIRE_TINY_MODEL();
    TempDir dir;
    writeLesion(dir, "a.png", 0);
    std::ofstream(dir / "labels.csv") << "file,label\na.png,nv\na.png,wart\n";
    const auto run =
        cli("evaluate --model " + quote(tinyModel().string()) + " --csv " +
                quote((dir / "labels.csv").string()) + " --out " + quote((dir / "e").string()),
            dir);
    EXPECT_EQ(run.status, 2);
    EXPECT_NE(run.err.find("line 3"), std::string::npos) << run.err;
    EXPECT_NE(run.err.find("wart"), std::string::npos) << run.err;
}

}  // namespace
