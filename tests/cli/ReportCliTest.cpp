// `dermalens-cli report`: the PDF read back with poppler (pdftotext, pdftoppm), as a reader
// would see it: the statement, the patient's name in three scripts, page numbers, pixels.
#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include <opencv2/imgcodecs.hpp>

#include "CliRunner.h"
#include "ModelSeal.h"
#include "SyntheticImages.h"
#include "TestPaths.h"

namespace dermalens::test {
namespace {
namespace fs = std::filesystem;

const std::string kName = "Иванов-Қасым-김민";

class ReportCliTest : public ::testing::Test {
protected:
    void SetUp() override {
        if (std::system("command -v pdftotext >/dev/null && command -v pdftoppm >/dev/null") != 0)
            GTEST_SKIP() << "poppler-utils (pdftotext, pdftoppm) not installed";
        DERMALENS_REQUIRE_DIR(tinyModelsDir() / "tiny", "tiny models come from make_tiny_models");
        for (int i = 0; i < 2; ++i) {
            const fs::path file = dir / "src" / kName / ("L" + std::to_string(i)) / "a.png";
            fs::create_directories(file.parent_path());
            writeRaster(file, makeLesionImage(96, 72, 40 + i), RasterFormat::Png);
        }
        ASSERT_EQ(runCli("import --store " + store() + " " + q(dir / "src"), dir).status, 0);
        ASSERT_EQ(runCli("analyse --store " + store() + " " + model(), dir).status, 0);
    }
    std::string store() const { return q(dir / "store"); }
    std::string model() const { return "--device cpu --model " + q(tinyModelsDir() / "tiny"); }
    static std::string q(const fs::path& p) { return shellQuote(p.string()); }
    CliRun report(const std::string& extra, const fs::path& out) {
        return runCli("report --store " + store() + " --patient 1 " + model() + " " + extra +
                          " --out " + q(out),
                      dir);
    }
    std::string text(const fs::path& pdf) {
        const fs::path txt = dir / (pdf.stem().string() + ".txt");
        EXPECT_EQ(std::system(("pdftotext -enc UTF-8 " + q(pdf) + " " + q(txt)).c_str()), 0);
        std::ifstream in(txt);
        std::stringstream all;
        all << in.rdbuf();
        return all.str();
    }
    TempDir dir{"dermalens-cli-report"};
};

TEST_F(ReportCliTest, APatientReportCarriesTheStatementTheNameTheModelAndPageNumbers) {
    const auto run = report("--clinic \"Clinic of Test\"", dir / "patient.pdf");
    ASSERT_EQ(run.status, 0) << run.err;
    const std::string t = text(dir / "patient.pdf");
    EXPECT_NE(t.find(kName), std::string::npos) << t.substr(0, 600);
    EXPECT_NE(t.find("not a diagnosis"), std::string::npos);
    EXPECT_NE(t.find("Clinic of Test"), std::string::npos);
    EXPECT_NE(t.find("page 1 of"), std::string::npos);
    // Every page renders, and the first is not blank (the photos and the heatmaps are on it).
    ASSERT_EQ(std::system(("pdftoppm -r 40 -png " + q(dir / "patient.pdf") + " " +
                           q(dir / "page")).c_str()),
              0);
    int pages = 0;
    for (const auto& e : fs::directory_iterator(dir.path()))
        if (e.path().filename().string().rfind("page", 0) == 0) ++pages;
    ASSERT_GE(pages, 1);
    fs::path first;
    for (const auto& e : fs::directory_iterator(dir.path()))
        if (e.path().filename().string().rfind("page-1", 0) == 0 ||
            e.path().filename().string().rfind("page-01", 0) == 0)
            first = e.path();
    ASSERT_FALSE(first.empty());
    const cv::Mat page = cv::imread(first.string(), cv::IMREAD_GRAYSCALE);
    ASSERT_FALSE(page.empty());
    EXPECT_GT(cv::countNonZero(page < 128), page.total() / 100) << "first page looks blank";
}

TEST_F(ReportCliTest, ARussianReportSaysItInRussian) {
    const auto run = report("--language ru", dir / "ru.pdf");
    ASSERT_EQ(run.status, 0) << run.err;
    EXPECT_NE(text(dir / "ru.pdf").find("не диагноз"), std::string::npos);
}

TEST_F(ReportCliTest, ADeidentifiedReportHasNoName) {
    const auto run = report("--deidentify", dir / "anon.pdf");
    ASSERT_EQ(run.status, 0) << run.err;
    const std::string t = text(dir / "anon.pdf");
    EXPECT_EQ(t.find("Иванов"), std::string::npos);
    EXPECT_NE(t.find("not a diagnosis"), std::string::npos);
}

TEST_F(ReportCliTest, UnknownPatientAndUnwritableOutAreClearErrors) {
    const auto unknown = runCli("report --store " + store() + " --patient 9 " + model() +
                                    " --out " + q(dir / "x.pdf"),
                                dir);
    EXPECT_NE(unknown.status, 0);
    EXPECT_NE(unknown.err.find("patient 9"), std::string::npos) << unknown.err;
    EXPECT_FALSE(fs::exists(dir / "x.pdf"));
    const auto unwritable = report("", dir / "no" / "such" / "folder" / "r.pdf");
    EXPECT_NE(unwritable.status, 0);
    EXPECT_NE(unwritable.err.find("r.pdf"), std::string::npos) << unwritable.err;
}

// The text from the model section's sentence on (where a failure message should start).
std::string fromPoint(const std::string& t) {
    const auto at = t.find("Operating point");
    return at == std::string::npos ? t : t.substr(at, 400);
}

// pdftotext breaks lines where the page does: compare with every run of spaces as one.
std::string oneLine(std::string t) {
    std::string out;
    for (char c : t) {
        const bool space = c == '\n' || c == ' ' || c == '\f';
        if (!(space && !out.empty() && out.back() == ' ')) out += space ? ' ' : c;
    }
    return out;
}

// The tiny model's package with a validation ROC whose 95 % point calls everything suspicious
// and whose 90 % point (the card's default) nothing.
fs::path tinyWithRoc(const fs::path& dir) {
    fs::create_directories(dir);
    for (const auto& e : fs::directory_iterator(tinyModelsDir() / "tiny"))
        if (e.is_regular_file()) fs::copy_file(e.path(), dir / e.path().filename());
    auto card = nlohmann::json::parse(std::ifstream(dir / "model.json"));
    card["roc"] = nlohmann::json::parse(R"({"curves": [{"target": "malignant", "points": [
        {"threshold": 1.01, "sensitivity": 0.9, "specificity": 0.7},
        {"threshold": 0.0, "sensitivity": 0.95, "specificity": 0.61}]}],
      "operating_points": [
        {"name": "malignant sensitivity 90 %", "target": "malignant", "target_sensitivity": 0.9,
         "threshold": 1.01, "sensitivity": 0.9, "specificity": 0.7},
        {"name": "malignant sensitivity 95 %", "target": "malignant", "target_sensitivity": 0.95,
         "threshold": 0.0, "sensitivity": 0.95, "specificity": 0.61}],
      "default_operating_point": "malignant sensitivity 90 %"})");
    std::ofstream(dir / "model.json", std::ios::trunc) << card.dump(1);
    EXPECT_EQ(resealModel(dir), "");  // "roc" is sealed into the weights
    return dir;
}

TEST_F(ReportCliTest, TheReportNamesTheOperatingPointAndMarksSuspiciousLesionsByIt) {
    const std::string t = oneLine(text([&] {
        EXPECT_EQ(report("", dir / "default.pdf").status, 0);
        return dir / "default.pdf";
    }()));
    // The tiny card has no ROC: the default threshold, said to be one.
    EXPECT_NE(t.find("Operating point: default, threshold 50.00 %"), std::string::npos) << fromPoint(t);

    const fs::path model = tinyWithRoc(dir / "roc-model");
    // Sealing the ROC gives other weights bytes, so another model identity: analyse with it.
    ASSERT_EQ(runCli("analyse --store " + store() + " --device cpu --model " + q(model), dir).status,
              0);
    const auto run = [&](const std::string& point, const fs::path& out) {
        return runCli("report --store " + store() + " --patient 1 --device cpu --model " +
                          q(model) + " --operating-point " + point + " --out " + q(out),
                      dir);
    };
    const auto sens95 = run("malignant:0.95", dir / "p95.pdf");
    ASSERT_EQ(sens95.status, 0) << sens95.err;
    const std::string p95 = oneLine(text(dir / "p95.pdf"));
    // ("specificity" is left out: the PDF font sets "fi" as a ligature.)
    EXPECT_NE(p95.find("Operating point: 95 % malignant sensitivity (sensitivity 95.0 %, spec"),
              std::string::npos)
        << fromPoint(p95);
    EXPECT_NE(p95.find("city 61.0 % on the validation fold), threshold 0.00 %"), std::string::npos)
        << fromPoint(p95);
    EXPECT_NE(p95.find("SUSPICIOUS (at or above 0.00 %)"), std::string::npos) << p95;

    ASSERT_EQ(run("default", dir / "p90.pdf").status, 0);
    const std::string p90 = oneLine(text(dir / "p90.pdf"));
    EXPECT_NE(p90.find("Operating point: 90 % malignant sensitivity"), std::string::npos)
        << fromPoint(p90);
    EXPECT_EQ(p90.find("SUSPICIOUS"), std::string::npos) << p90;
    EXPECT_NE(p90.find("no (below 101.00 %)"), std::string::npos) << p90;

    const auto bad = run("sensitive", dir / "bad.pdf");
    EXPECT_NE(bad.status, 0);
    EXPECT_NE(bad.err.find("--operating-point"), std::string::npos) << bad.err;
}

}  // namespace
}  // namespace dermalens::test
