// `dermalens-cli export-dicom`: a store's patient as DICOM, plain and de-identified.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "CliRunner.h"
#include "Orthanc.h"
#include "SyntheticImages.h"

namespace dermalens::test {
namespace {
namespace fs = std::filesystem;

constexpr const char* kPatient = "Zelda-Quixote-7731";

std::string slurp(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

// A one-page PDF; the writer only needs a PDF, this one is valid enough for any reader.
void writePdf(const fs::path& path) {
    const std::vector<std::string> objects{
        "<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 100] >>"};
    std::string pdf = "%PDF-1.4\n", xref;
    for (std::size_t i = 0; i < objects.size(); ++i) {
        char line[24];
        std::snprintf(line, sizeof line, "%010zu 00000 n \n", pdf.size());
        xref += line;
        pdf += std::to_string(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
    }
    const std::size_t start = pdf.size();
    pdf += "xref\n0 4\n0000000000 65535 f \n" + xref +
           "trailer\n<< /Size 4 /Root 1 0 R >>\nstartxref\n" + std::to_string(start) + "\n%%EOF\n";
    std::ofstream(path, std::ios::binary) << pdf;
}

class ExportDicomCliTest : public ::testing::Test {
protected:
    void SetUp() override {
        for (int l = 0; l < 2; ++l) {
            const fs::path file = dir / "src" / kPatient / ("L0" + std::to_string(l)) / "a.png";
            fs::create_directories(file.parent_path());
            writeRaster(file, makeLesionImage(80, 60, 20 + l), RasterFormat::Png);
        }
        ASSERT_EQ(runCli("import --store " + shellQuote(store()) + " " +
                             shellQuote((dir / "src").string()),
                         dir)
                      .status,
                  0);
    }
    std::string store() const { return (dir / "store").string(); }
    nlohmann::json exportTo(const std::string& out, const std::string& extra, int expected = 0) {
        const auto run =
            runCli("export-dicom --store " + shellQuote(store()) + " --patient 1 --out " +
                       shellQuote((dir / out).string()) + " " + extra,
                   dir);
        EXPECT_EQ(run.status, expected) << run.err;
        return run.status == 0 ? nlohmann::json::parse(run.out) : nlohmann::json();
    }
    TempDir dir{"dermalens-cli-export"};
};

TEST_F(ExportDicomCliTest, ExportsValidObjectsWithTheAnalysesAndAReport) {
    const auto model = tinyModelsDir() / "tiny";
    DERMALENS_REQUIRE_DIR(model, "the tiny test model (ctest -R make_tiny_models)");
    ASSERT_EQ(runCli("analyse --store " + shellQuote(store()) + " --device cpu --model " +
                         shellQuote(model.string()),
                     dir)
                  .status,
              0);
    writePdf(dir / "report.pdf");
    const auto doc = exportTo("out", "--model " + shellQuote(model.string()) + " --report " +
                                         shellQuote((dir / "report.pdf").string()));
    std::map<std::string, int> kinds;
    for (const auto& o : doc["objects"]) {
        ++kinds[o["kind"].get<std::string>()];
        EXPECT_TRUE(fs::exists(o["file"].get<std::string>()));
    }
    EXPECT_EQ(kinds["image"], 2);
    EXPECT_EQ(kinds["ai-report"], 1);
    EXPECT_EQ(kinds["report"], 1);
    std::string quoted;
    for (const auto& o : doc["objects"]) {
        const fs::path file = o["file"].get<std::string>();
        auto errors = dciodvfyErrors(file);
        if (!errors) GTEST_SKIP() << "dciodvfy (dicom3tools) is not installed";
        EXPECT_EQ(*errors, "") << file;
        quoted += shellQuote(file.string()) + " ";
    }
    if (auto errors = dcentvfyErrors(quoted)) EXPECT_EQ(*errors, "");
    // The report names the model's classes from its card.
    const std::string sr = slurp(doc["objects"][2]["file"].get<std::string>());
    EXPECT_NE(sr.find("Probability of"), std::string::npos);
}

TEST_F(ExportDicomCliTest, DeidentifiedFilesHoldNoPatientName) {
    const auto plain = exportTo("plain", "");
    const auto clean = exportTo("clean", "--deidentify");
    EXPECT_TRUE(clean["deidentified"].get<bool>());
    ASSERT_EQ(plain["objects"].size(), clean["objects"].size());
    for (std::size_t i = 0; i < clean["objects"].size(); ++i) {
        EXPECT_NE(slurp(plain["objects"][i]["file"].get<std::string>()).find(kPatient),
                  std::string::npos);
        const std::string bytes = slurp(clean["objects"][i]["file"].get<std::string>());
        EXPECT_EQ(bytes.find(kPatient), std::string::npos);
        EXPECT_NE(bytes.find("YES"), std::string::npos);  // Patient Identity Removed
        EXPECT_NE(plain["objects"][i]["sop_instance_uid"], clean["objects"][i]["sop_instance_uid"]);
    }
}

TEST_F(ExportDicomCliTest, ReExportRepeatsTheUids) {
    const auto first = exportTo("one", "");
    const auto second = exportTo("two", "");
    ASSERT_EQ(first["objects"].size(), second["objects"].size());
    for (std::size_t i = 0; i < first["objects"].size(); ++i)
        EXPECT_EQ(first["objects"][i]["sop_instance_uid"],
                  second["objects"][i]["sop_instance_uid"]);
}

TEST_F(ExportDicomCliTest, ClearErrorsForBadArguments) {
    fs::create_directories(dir / "full");
    std::ofstream(dir / "full" / "x") << "x";
    auto full = runCli("export-dicom --store " + shellQuote(store()) + " --patient 1 --out " +
                           shellQuote((dir / "full").string()),
                       dir);
    EXPECT_EQ(full.status, 1);
    EXPECT_NE(full.err.find("not empty"), std::string::npos) << full.err;
    auto missing = runCli("export-dicom --store " + shellQuote(store()) + " --patient 42 --out " +
                              shellQuote((dir / "o").string()),
                          dir);
    EXPECT_EQ(missing.status, 1);
    EXPECT_NE(missing.err.find("does not exist"), std::string::npos) << missing.err;
    EXPECT_EQ(runCli("export-dicom --store " + shellQuote(store()), dir).status, 2);
}

}  // namespace
}  // namespace dermalens::test
