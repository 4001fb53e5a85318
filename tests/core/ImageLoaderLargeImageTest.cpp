// A 10000 x 8000 JPEG: decoded whole, decoded reduced for a thumbnail, and refused by limit.
// Peak memory of each decode is measured by resetting the kernel's high-water mark
// (/proc/self/clear_refs, Linux >= 4.0) and printed for the README.
#include <gtest/gtest.h>
#include <malloc.h>

#include <fstream>
#include <iostream>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include "SyntheticImages.h"
#include "TestPaths.h"
#include "dermalens/imaging/ImageLoader.h"

namespace dermalens {
namespace {

constexpr int kWidth = 10000;
constexpr int kHeight = 8000;

long statusKiB(const std::string& key) {
    std::ifstream in("/proc/self/status");
    std::string line;
    while (std::getline(in, line))
        if (line.rfind(key + ":", 0) == 0) return std::stol(line.substr(key.size() + 1));
    return -1;
}

// Peak RSS growth (MiB) while `work` runs, or -1 when the high-water mark cannot be reset.
template <typename F>
double peakGrowthMiB(F&& work) {
    malloc_trim(0);
    std::ofstream reset("/proc/self/clear_refs");
    reset << "5" << std::flush;
    const long before = statusKiB("VmRSS");
    const bool measurable = reset.good() && statusKiB("VmHWM") <= before + 1024;
    work();
    const long peak = statusKiB("VmHWM");
    return measurable ? (peak - before) / 1024.0 : -1.0;
}

class ImageLoaderLargeImageTest : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        dir_ = new test::TempDir("dermalens-large");
        cv::Mat big;
        cv::resize(test::makeLesionImage(1000, 800, 21), big, cv::Size(kWidth, kHeight), 0, 0,
                   cv::INTER_LINEAR);
        test::writeRaster(path(), big, test::RasterFormat::Jpeg, 90);
    }
    static void TearDownTestSuite() {
        delete dir_;
        dir_ = nullptr;
    }
    static std::filesystem::path path() { return *dir_ / "large.jpg"; }
    static test::TempDir* dir_;
};
test::TempDir* ImageLoaderLargeImageTest::dir_ = nullptr;

TEST_F(ImageLoaderLargeImageTest, FullDecodeKeepsOneImageInMemory) {
    Result<Image> image = fail(ErrorCode::Internal, "", "not run");
    const double peak = peakGrowthMiB([&] { image = loadImage(path()); });
    ASSERT_TRUE(image) << image.error().message();
    EXPECT_EQ(image->width(), kWidth);
    EXPECT_EQ(image->height(), kHeight);
    const double outputMiB = kWidth * kHeight * 3 / (1024.0 * 1024.0);
    std::cout << "[ peak RSS ] full decode of " << kWidth << "x" << kHeight << " JPEG: " << peak
              << " MiB above baseline (output image " << outputMiB << " MiB)\n";
    if (peak >= 0) EXPECT_LT(peak, outputMiB * 1.5);  // no second full-size copy
}

TEST_F(ImageLoaderLargeImageTest, ThumbnailDecodeStaysSmall) {
    Result<Image> image = fail(ErrorCode::Internal, "", "not run");
    const double peak = peakGrowthMiB([&] { image = loadImage(path(), {.max_dimension = 1024}); });
    ASSERT_TRUE(image) << image.error().message();
    EXPECT_EQ(image->width(), 1024);
    EXPECT_EQ(image->height(), 819);
    EXPECT_EQ(image->meta.original_width, kWidth);
    EXPECT_NEAR(image->meta.decode_scale, 0.1024, 1e-9);
    std::cout << "[ peak RSS ] max_dimension=1024 decode of " << kWidth << "x" << kHeight
              << " JPEG: " << peak << " MiB above baseline\n";
    if (peak >= 0) EXPECT_LT(peak, 60.0);  // 1/8-scale DCT decode, never the full image
}

TEST_F(ImageLoaderLargeImageTest, RefusedByPixelLimitBeforeDecoding) {
    Result<Image> image = fail(ErrorCode::Internal, "", "not run");
    const double peak =
        peakGrowthMiB([&] { image = loadImage(path(), {.max_pixels = 50'000'000}); });
    ASSERT_FALSE(image);
    EXPECT_EQ(image.error().code, ErrorCode::TooLarge);
    if (peak >= 0) EXPECT_LT(peak, 10.0);
}

}  // namespace
}  // namespace dermalens
