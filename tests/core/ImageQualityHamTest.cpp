// The image quality checks on HAM10000 fold 0 (skipped without ../shared): how often each
// flags the unmodified images, and how often it flags the same images with its defect
// synthesised (tests/support/ImageDefects). Every 10th fold-0 image (202 of 2,014) by default;
// DERMALENS_QUALITY_ALL=1 runs all of fold 0 (the README figures), DERMALENS_QUALITY_DUMP=file
// writes every measured figure as CSV (how the thresholds were chosen).
#include <array>
#include <cstdlib>
#include <fstream>
#include <iostream>

#include <gtest/gtest.h>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include "ImageDefects.h"
#include "TestPaths.h"
#include "dermalens/importing/CsvTable.h"
#include "dermalens/quality/ImageQuality.h"

namespace dermalens {
namespace {

namespace fs = std::filesystem;

constexpr std::array kChecks{QualityCheck::Blur, QualityCheck::Underexposure,
                             QualityCheck::Overexposure, QualityCheck::Ink, QualityCheck::Ruler,
                             QualityCheck::Hair};

// The copy of `rgb` with the defect `check` looks for.
cv::Mat withDefect(const cv::Mat& rgb, QualityCheck check, unsigned seed) {
    switch (check) {
        case QualityCheck::Blur: return test::withBlur(rgb);
        case QualityCheck::Underexposure: return test::withExposure(rgb, 0.3);
        case QualityCheck::Overexposure: return test::withExposure(rgb, 1.7);
        case QualityCheck::Ink: return test::withInk(rgb, seed);
        case QualityCheck::Ruler: return test::withRuler(rgb, seed);
        case QualityCheck::Hair: return test::withHair(rgb, seed);
    }
    return rgb;
}

struct Rates {
    int images = 0;
    std::array<int, kChecks.size()> clean_flags{}, defect_hits{};
};

double valueOf(const ImageQualityReport& report, QualityCheck check) {
    return report.find(check)->value;
}

// Assesses one image and its six defective copies; adds to `rates`, one CSV line to `dump`.
void measure(const cv::Mat& rgb, unsigned seed, Rates& rates, std::ostream* dump) {
    auto clean = assessImageQuality(Image{rgb, {}});
    ASSERT_TRUE(clean) << clean.error().message();
    ++rates.images;
    if (dump) *dump << seed;
    for (std::size_t c = 0; c < kChecks.size(); ++c) {
        auto defect = assessImageQuality(Image{withDefect(rgb, kChecks[c], seed), {}});
        ASSERT_TRUE(defect) << defect.error().message();
        rates.clean_flags[c] += clean->flagged(kChecks[c]) ? 1 : 0;
        rates.defect_hits[c] += defect->flagged(kChecks[c]) ? 1 : 0;
        if (dump)
            *dump << ',' << valueOf(*clean, kChecks[c]) << ',' << valueOf(*defect, kChecks[c]);
    }
    if (dump) *dump << '\n';
}

// The rates stated in the README (all of fold 0), with room for a 202-image sample.
constexpr std::array<double, kChecks.size()> kMaxCleanRate{0.04, 0.02, 0.03, 0.02, 0.02, 0.06};
constexpr std::array<double, kChecks.size()> kMinHitRate{0.95, 0.95, 0.95, 0.95, 0.95, 0.93};

TEST(ImageQualityHamTest, FlagRatesOnFoldZeroCleanAndWithSynthesisedDefects) {
    const fs::path root = test::sharedDir() / "data" / "ham10000";
    DERMALENS_REQUIRE_DIR(root / "images", "HAM10000 images are needed for this test");
    auto csv = readCsv(root / "labels.csv");
    ASSERT_TRUE(csv) << csv.error().message();
    const int fold = csv->column("fold"), file = csv->column("file");
    const bool all = std::getenv("DERMALENS_QUALITY_ALL") != nullptr;
    const char* dumpPath = std::getenv("DERMALENS_QUALITY_DUMP");
    std::ofstream dumpFile;
    if (dumpPath) dumpFile.open(dumpPath);
    Rates rates;
    unsigned index = 0;
    for (const auto& row : csv->rows) {
        if (row[fold] != "0" || (index++ % 10 != 0 && !all)) continue;
        cv::Mat rgb;
        cv::cvtColor(cv::imread((root / row[file]).string()), rgb, cv::COLOR_BGR2RGB);
        if (dumpPath) dumpFile << row[file] << ',';
        measure(rgb, index, rates, dumpPath ? &dumpFile : nullptr);
    }
    ASSERT_GE(rates.images, 200);
    for (std::size_t c = 0; c < kChecks.size(); ++c) {
        const double clean = double(rates.clean_flags[c]) / rates.images;
        const double hit = double(rates.defect_hits[c]) / rates.images;
        std::cout << "  " << qualityCheckName(kChecks[c]) << ": flags " << rates.clean_flags[c]
                  << " of " << rates.images << " clean images (" << clean * 100
                  << " %), hits " << rates.defect_hits[c] << " with the defect (" << hit * 100
                  << " %)\n";
        EXPECT_LE(clean, kMaxCleanRate[c]) << qualityCheckName(kChecks[c]);
        EXPECT_GE(hit, kMinHitRate[c]) << qualityCheckName(kChecks[c]);
    }
}

}  // namespace
}  // namespace dermalens
