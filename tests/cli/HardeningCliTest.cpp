// dermalens-cli over hostile input: files whose names, text or damage are not UTF-8, and model
// packages that were tampered with. Every file gets its line, nothing aborts.
#include <filesystem>
#include <fstream>
#include <functional>
#include <sstream>
#include <string>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "CliRunner.h"
#include "DicomFixtures.h"
#include "SyntheticImages.h"
#include "TestPaths.h"
#include "dermalens/text/Utf8.h"

namespace {

namespace fs = std::filesystem;
using dermalens::test::TempDir;
using nlohmann::json;

const std::string kBadBytes = "\x80\xff\xe2\x82";  // none of it UTF-8

fs::path tinyModel() { return dermalens::test::tinyModelsDir() / "tiny"; }

std::string quote(const fs::path& p) { return dermalens::test::shellQuote(p.string()); }

fs::path writePng(const TempDir& dir, const std::string& name, unsigned seed) {
    const auto file = dir / name;
    dermalens::test::writeRaster(file, dermalens::test::makeLesionImage(64, 48, seed),
                                 dermalens::test::RasterFormat::Png);
    return file;
}

fs::path writeDicom(const TempDir& dir, const std::string& name,
                    const dermalens::test::DicomSpec& spec) {
    const auto file = dir / name;
    dermalens::test::writeDicom(file, dermalens::test::makeLesionImage(32, 24, 3), spec);
    return file;
}

// Each stdout line must be valid UTF-8 and parse as one JSON object.
std::vector<json> validLines(const std::string& out) {
    std::vector<json> lines;
    std::istringstream in(out);
    for (std::string line; std::getline(in, line);) {
        if (line.empty()) continue;
        EXPECT_TRUE(dermalens::isValidUtf8(line)) << line;
        lines.push_back(json::parse(line));
    }
    return lines;
}

#define REQUIRE_TINY_MODEL() \
    DERMALENS_REQUIRE_DIR(tinyModel(), "tiny models come from the make_tiny_models CTest fixture")

// The bug this guards: the JSON writer threw on the first error text holding non-UTF-8 bytes,
// the process aborted (SIGABRT) and every result after it was lost.
TEST(HardeningCli, PredictPrintsOneValidLinePerHostileFileAndExitsOne) {
    REQUIRE_TINY_MODEL();
    TempDir dir;
    const std::vector<std::pair<fs::path, bool>> inputs{
        // file, expect a prediction
        {writePng(dir, "first.png", 1), true},
        {writeDicom(dir, "name.dcm", {.patient_name_raw_bytes = "Doe" + kBadBytes + "^Jane"}),
         true},
        {writePng(dir, "lesion" + kBadBytes + ".png", 2), true},
        {writeDicom(dir, "uid.dcm", {.claimed_transfer_syntax_uid = "1.2.3." + kBadBytes}), false},
        {writeDicom(dir, "broken" + kBadBytes + ".dcm", {}), false},
        {dir / ("missing" + kBadBytes + ".png"), false},
        {writePng(dir, "last.png", 3), true}};
    dermalens::test::truncateFile(inputs[4].first, 0.5);
    std::string args = "predict --model " + quote(tinyModel());
    for (const auto& [file, ok] : inputs) args += " " + quote(file);
    const auto run = dermalens::test::runCli(args, dir);
    EXPECT_EQ(run.status, 1) << run.err;
    const auto lines = validLines(run.out);
    ASSERT_EQ(lines.size(), inputs.size()) << run.out;
    for (std::size_t i = 0; i < inputs.size(); ++i) {
        const std::string stem = inputs[i].first.stem().string().substr(0, 4);
        EXPECT_EQ(lines[i]["file"].get<std::string>().find(dir.path().string()), 0u) << i;
        EXPECT_NE(lines[i]["file"].get<std::string>().find(stem), std::string::npos) << i;
        EXPECT_EQ(lines[i].contains("probabilities"), inputs[i].second) << lines[i].dump();
        EXPECT_EQ(lines[i].contains("error"), !inputs[i].second) << lines[i].dump();
    }
    EXPECT_NE(lines[3]["error"].get<std::string>().find("1.2.3."), std::string::npos);
}

TEST(HardeningCli, RankListsAHostileFileUnderSkipped) {
    REQUIRE_TINY_MODEL();
    TempDir dir;
    const auto broken = dir / ("broken" + kBadBytes + ".jpg");
    dermalens::test::writeBytes(broken, {0xFF, 0xD8, 0xFF, 0xE0, 0x00});
    const auto run =
        dermalens::test::runCli("rank --model " + quote(tinyModel()) + " " +
                                    quote(writePng(dir, "a" + kBadBytes + ".png", 1)) + " " +
                                    quote(writePng(dir, "b.png", 2)) + " " + quote(broken),
                                dir);
    EXPECT_EQ(run.status, 1) << run.err;
    ASSERT_TRUE(dermalens::isValidUtf8(run.out)) << run.out;
    const json doc = json::parse(run.out);
    EXPECT_EQ(doc["lesions"].size(), 2u);
    ASSERT_EQ(doc["skipped"].size(), 1u);
}

// A copy of the tiny package with `change` applied to its card (parsed JSON).
fs::path tamperedCopy(const TempDir& dir, const std::string& name,
                      const std::function<void(json&)>& change) {
    const auto copy = dir / name;
    fs::copy(tinyModel(), copy, fs::copy_options::recursive);
    std::ifstream in(copy / "model.json");
    json card = json::parse(in);
    in.close();
    change(card);
    std::ofstream(copy / "model.json") << card.dump(2);
    return copy;
}

void expectRefused(const TempDir& dir, const fs::path& model, const std::string& words) {
    const auto image = writePng(dir, "img.png", 4);
    const auto run =
        dermalens::test::runCli("predict --model " + quote(model) + " " + quote(image), dir);
    EXPECT_EQ(run.status, 2) << run.out << run.err;
    EXPECT_TRUE(run.out.empty()) << run.out;  // no prediction from a model that is refused
    EXPECT_NE(run.err.find("cannot load the model"), std::string::npos) << run.err;
    EXPECT_NE(run.err.find(words), std::string::npos) << run.err;
}

TEST(HardeningCli, TamperedWeightsAreRefused) {
    REQUIRE_TINY_MODEL();
    TempDir dir;
    const auto model = tamperedCopy(dir, "weights", [](json&) {});
    std::fstream weights(model / "model.pt", std::ios::in | std::ios::out | std::ios::binary);
    weights.seekg(100);
    const char byte = static_cast<char>(weights.get());
    weights.seekp(100);
    weights.put(static_cast<char>(~byte));  // one byte changed, the size the same
    weights.close();
    expectRefused(dir, model, "sha256 mismatch");
}

TEST(HardeningCli, ChangedHashIsRefused) {
    REQUIRE_TINY_MODEL();
    TempDir dir;
    expectRefused(dir,
                  tamperedCopy(dir, "hash",
                               [](json& card) { card["weights_sha256"] = std::string(64, 'a'); }),
                  "sha256 mismatch");
}

TEST(HardeningCli, CardThatNoLongerFitsTheWeightsIsRefused) {
    REQUIRE_TINY_MODEL();
    TempDir dir;
    expectRefused(dir, tamperedCopy(dir, "card", [](json& card) { card["classes"].erase(6); }),
                  "7 outputs but the card lists 6 classes");
}

}  // namespace
