// Broken raster input: each case gives an Error naming the file and the reason, no crash.
#include <gtest/gtest.h>

#include "LoadErrorExpectations.h"
#include "SyntheticImages.h"
#include "TestPaths.h"
#include "dermalens/imaging/ImageLoader.h"

namespace dermalens {
namespace {

using test::RasterFormat;

class ImageLoaderBadInputTest : public ::testing::Test {
protected:
    static void expectError(const std::filesystem::path& path, ErrorCode code,
                            const std::string& word, const LoadOptions& options = {}) {
        test::expectLoadError(path, code, word, options);
    }
    std::filesystem::path writeImage(RasterFormat format, int w = 200, int h = 150) {
        const auto path = dir_ / (std::string("img") + test::rasterExtension(format));
        test::writeRaster(path, test::makeLesionImage(w, h), format);
        return path;
    }
    test::TempDir dir_{"dermalens-raster-bad"};
};

TEST_F(ImageLoaderBadInputTest, MissingFile) {
    expectError(dir_ / "nope.jpg", ErrorCode::NotFound, "not found");
    EXPECT_FALSE(readMetadata(dir_ / "nope.jpg"));
    EXPECT_FALSE(looksLikeDicom(dir_ / "nope.dcm"));
}

TEST_F(ImageLoaderBadInputTest, DirectoryIsNotAnImage) {
    expectError(dir_.path(), ErrorCode::Unreadable, "not a regular file");
}

TEST_F(ImageLoaderBadInputTest, ZeroBytes) {
    const auto path = dir_ / "empty.png";
    test::writeBytes(path, {});
    expectError(path, ErrorCode::Corrupt, "empty");
}

TEST_F(ImageLoaderBadInputTest, TextWithImageExtension) {
    const auto path = dir_ / "notes.jpg";
    const std::string text = "This is not a JPEG, it is a shopping list.\n";
    test::writeBytes(path, {text.begin(), text.end()});
    expectError(path, ErrorCode::UnsupportedFormat, "not a supported image");
    const auto meta = readMetadata(path);
    ASSERT_FALSE(meta);
    EXPECT_EQ(meta.error().code, ErrorCode::UnsupportedFormat);
}

TEST_F(ImageLoaderBadInputTest, TruncatedJpeg) {
    const auto path = writeImage(RasterFormat::Jpeg);
    test::truncateFile(path, 0.5);
    expectError(path, ErrorCode::Corrupt, "truncated");
}

TEST_F(ImageLoaderBadInputTest, JpegCutInsideItsHeader) {
    const auto path = writeImage(RasterFormat::Jpeg);
    auto bytes = test::readBytes(path);
    bytes.resize(40);
    test::writeBytes(path, bytes);
    expectError(path, ErrorCode::Corrupt, "JPEG header");
}

TEST_F(ImageLoaderBadInputTest, TruncatedPng) {
    const auto path = writeImage(RasterFormat::Png);
    test::truncateFile(path, 0.5);
    expectError(path, ErrorCode::Corrupt, "decoded");
}

TEST_F(ImageLoaderBadInputTest, TruncatedOtherFormats) {
    for (auto format : {RasterFormat::Tiff, RasterFormat::WebP, RasterFormat::Bmp}) {
        const auto path = writeImage(format);
        test::truncateFile(path, 0.5);
        const auto image = loadImage(path);
        ASSERT_FALSE(image) << path;
        EXPECT_EQ(image.error().code, ErrorCode::Corrupt) << image.error().message();
        EXPECT_EQ(image.error().file, path.string());
    }
}

TEST_F(ImageLoaderBadInputTest, TooManyPixelsRefusedFromTheHeader) {
    expectError(writeImage(RasterFormat::Jpeg), ErrorCode::TooLarge, "limit", {.max_pixels = 1000});
    expectError(writeImage(RasterFormat::Png), ErrorCode::TooLarge, "limit", {.max_pixels = 1000});
}

// A header claiming 60000 x 60000 with almost no data behind it is refused before decoding.
TEST_F(ImageLoaderBadInputTest, AbsurdHeaderDimensions) {
    const auto png = writeImage(RasterFormat::Png, 8, 8);
    auto bytes = test::readBytes(png);
    for (int i : {16, 20}) {  // IHDR width, height (big endian)
        bytes[i] = 0;
        bytes[i + 1] = 0;
        bytes[i + 2] = 0xEA;
        bytes[i + 3] = 0x60;
    }
    test::writeBytes(png, bytes);
    expectError(png, ErrorCode::TooLarge, "60000 x 60000");

    const auto jpeg = writeImage(RasterFormat::Jpeg, 8, 8);
    bytes = test::readBytes(jpeg);
    for (std::size_t i = 2; i + 9 < bytes.size(); ++i)
        if (bytes[i] == 0xFF && bytes[i + 1] == 0xC0) {  // SOF0: height, width at +5, +7
            bytes[i + 5] = bytes[i + 7] = 0xEA;
            bytes[i + 6] = bytes[i + 8] = 0x60;
            break;
        }
    test::writeBytes(jpeg, bytes);
    expectError(jpeg, ErrorCode::TooLarge, "60000 x 60000");
}

TEST_F(ImageLoaderBadInputTest, GarbageAfterValidMagic) {
    std::vector<std::uint8_t> bytes = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    for (int i = 0; i < 500; ++i) bytes.push_back(static_cast<std::uint8_t>(i * 37));
    const auto path = dir_ / "garbage.png";
    test::writeBytes(path, bytes);
    const auto image = loadImage(path);
    ASSERT_FALSE(image);
    EXPECT_EQ(image.error().file, path.string());
}

}  // namespace
}  // namespace dermalens
