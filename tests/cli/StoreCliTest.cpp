// End-to-end tests of the store commands: import, list, analyse, backup, restore.
#include <filesystem>
#include <fstream>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "CliRunner.h"
#include "DicomFixtures.h"
#include "SyntheticImages.h"
#include "TestPaths.h"

namespace {

namespace fs = std::filesystem;
using dermalens::test::TempDir;
using nlohmann::json;

std::string q(const fs::path& p) { return dermalens::test::shellQuote(p.string()); }

class StoreCliTest : public ::testing::Test {
protected:
    void SetUp() override {
        for (int i = 0; i < 3; ++i) {
            const fs::path file = dir_ / "src" / "Alice" / ("L0" + std::to_string(i)) / "a.png";
            fs::create_directories(file.parent_path());
            dermalens::test::writeRaster(file, dermalens::test::makeLesionImage(96, 72, 20 + i),
                                         dermalens::test::RasterFormat::Png);
        }
    }
    dermalens::test::CliRun run(const std::string& args) {
        return dermalens::test::runCli(args, dir_);
    }
    json runJson(const std::string& args, int expected_status = 0) {
        const auto r = run(args);
        EXPECT_EQ(r.status, expected_status) << args << "\n" << r.err;
        return json::parse(r.out.empty() ? "null" : r.out);
    }
    std::string store() { return "--store " + q(dir_ / "store"); }
    std::string tiny() { return "--model " + q(dermalens::test::tinyModelsDir() / "tiny"); }
    TempDir dir_{"dermalens-store-cli"};
};

TEST_F(StoreCliTest, ImportPrintsASummaryAndIsIdempotent) {
    std::ofstream(dir_ / "src" / "Alice" / "broken.jpg") << "not a JPEG";
    auto first = runJson("import " + store() + " " + q(dir_ / "src"), 1);
    EXPECT_EQ(first["imported"], 3);
    ASSERT_EQ(first["skipped"].size(), 1u);
    EXPECT_NE(first["skipped"][0]["file"].get<std::string>().find("broken.jpg"), std::string::npos);
    EXPECT_FALSE(first["skipped"][0]["reason"].get<std::string>().empty());
    fs::remove(dir_ / "src" / "Alice" / "broken.jpg");
    auto again = runJson("import " + store() + " " + q(dir_ / "src"));
    EXPECT_EQ(again["imported"], 0);
    EXPECT_EQ(again["duplicates"], 3);
}

TEST_F(StoreCliTest, ListPrintsTheTreeWithUtf8Names) {
    fs::create_directories(dir_ / "dicom");
    dermalens::test::DicomSpec spec;
    spec.patient_id = "KO-1";
    spec.specific_character_set = "\\ISO 2022 IR 149";
    spec.patient_name_raw_bytes = "\x1b$)C\xb1\xe8\xc8\xf1\xc1\xdf";  // 김희중
    spec.anatomic_region_meaning = "Back";
    dermalens::test::writeDicom(dir_ / "dicom" / "ko.dcm", dermalens::test::makeLesionImage(64, 48, 3), spec);
    runJson("import " + store() + " " + q(dir_ / "src") + " " + q(dir_ / "dicom"));
    auto tree = runJson("list --no-model " + store());
    ASSERT_EQ(tree["patients"].size(), 2u);
    bool found_korean = false;
    for (const auto& p : tree["patients"]) {
        if (p["external_id"] == "KO-1") {
            found_korean = true;
            EXPECT_EQ(p["name"], "김희중");
            EXPECT_EQ(p["lesions"][0]["body_site"], "Back");
        } else {
            ASSERT_EQ(p["lesions"].size(), 3u);
            const auto& image = p["lesions"][0]["visits"][0]["images"][0];
            EXPECT_EQ(image["id"].get<std::string>().size(), 64u);
            EXPECT_TRUE(image["analysis"].is_null());
            EXPECT_TRUE(fs::exists(image["path"].get<std::string>()));
        }
    }
    EXPECT_TRUE(found_korean);
}

TEST_F(StoreCliTest, AnalyseStoresAndRanksThenListShowsTheAnalyses) {
    DERMALENS_REQUIRE_DIR(dermalens::test::tinyModelsDir() / "tiny", "tiny models come from make_tiny_models");
    runJson("import " + store() + " " + q(dir_ / "src"));
    auto analysed = runJson("analyse " + store() + " " + tiny() + " --device cpu");
    EXPECT_EQ(analysed["analysed"], 3);
    ASSERT_EQ(analysed["rankings"].size(), 1u);
    EXPECT_EQ(analysed["rankings"][0]["lesions"].size(), 3u);
    EXPECT_EQ(analysed["rankings"][0]["lesions"][0]["rank"], 1);
    auto second = runJson("analyse " + store() + " " + tiny() + " --device cpu");
    EXPECT_EQ(second["analysed"], 0);  // nothing new
    auto tree = runJson("list " + store() + " " + tiny() + " --device cpu");
    const auto& image = tree["patients"][0]["lesions"][0]["visits"][0]["images"][0];
    ASSERT_FALSE(image["analysis"].is_null());
    EXPECT_TRUE(image["analysis"].contains("malignant_probability"));
    EXPECT_EQ(image["analysis"]["model"]["sha256"].get<std::string>().size(), 64u);
}

TEST_F(StoreCliTest, BackupAndRestoreGiveTheSameTree) {
    runJson("import " + store() + " " + q(dir_ / "src"));
    runJson("backup " + store() + " " + q(dir_ / "backup"));
    runJson("restore " + q(dir_ / "backup") + " --store " + q(dir_ / "restored"));
    auto a = runJson("list --no-model " + store());
    auto b = runJson("list --no-model --store " + q(dir_ / "restored"));
    ASSERT_EQ(a["patients"].size(), b["patients"].size());
    for (auto* doc : {&a, &b})
        for (auto& p : (*doc)["patients"])
            for (auto& l : p["lesions"])
                for (auto& v : l["visits"])
                    for (auto& i : v["images"]) i.erase("path");  // differs by store folder
    a.erase("store");
    b.erase("store");
    EXPECT_EQ(a, b);
    auto again = run("restore " + q(dir_ / "backup") + " --store " + q(dir_ / "restored"));
    EXPECT_EQ(again.status, 1);
    EXPECT_NE(again.err.find("not empty"), std::string::npos) << again.err;
}

TEST_F(StoreCliTest, AStoreThatCannotBeOpenedIsAClearError) {
    fs::create_directories(dir_ / "bad");
    std::ofstream(dir_ / "bad" / "dermalens.sqlite") << "this is not a database";
    const auto r = run("list --no-model --store " + q(dir_ / "bad"));
    EXPECT_EQ(r.status, 2);
    EXPECT_NE(r.err.find("dermalens.sqlite"), std::string::npos) << r.err;
}

}  // namespace
