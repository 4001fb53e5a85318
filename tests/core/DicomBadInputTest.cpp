// Hostile or broken DICOM files: each must give an Error naming the file, never a crash.
#include <gtest/gtest.h>

#include <random>

#include "DicomFixtures.h"
#include "LoadErrorExpectations.h"
#include "SyntheticImages.h"
#include "TestPaths.h"
#include "dermalens/imaging/ImageLoader.h"

namespace dermalens {
namespace {

class DicomBadInputTest : public ::testing::Test {
protected:
    std::filesystem::path write(const test::DicomSpec& spec, const std::string& name = "bad.dcm") {
        const auto path = dir_ / name;
        test::writeDicom(path, test::makeLesionImage(32, 24), spec);
        return path;
    }
    static void expectError(const std::filesystem::path& path, ErrorCode code,
                            const std::string& word, const LoadOptions& options = {}) {
        test::expectLoadError(path, code, word, options);
    }
    test::TempDir dir_{"dermalens-dicom-bad"};
};

TEST_F(DicomBadInputTest, TruncatedUncompressed) {
    const auto path = write({});
    test::truncateFile(path, 0.5);
    const auto image = loadImage(path);
    ASSERT_FALSE(image);
    EXPECT_EQ(image.error().file, path.string());
}

TEST_F(DicomBadInputTest, TruncatedCompressed) {
    for (auto syntax : {test::DicomSyntax::JpegBaseline, test::DicomSyntax::JpegLsLossless,
                        test::DicomSyntax::Rle}) {
        const auto path = write({.syntax = syntax});
        test::truncateFile(path, 0.5);
        const auto image = loadImage(path);
        ASSERT_FALSE(image) << test::dicomSyntaxName(syntax);
        EXPECT_EQ(image.error().file, path.string());
        EXPECT_FALSE(image.error().reason.empty());
    }
}

TEST_F(DicomBadInputTest, GarbageAfterPreamble) {
    std::vector<std::uint8_t> bytes(128, 0);
    bytes.insert(bytes.end(), {'D', 'I', 'C', 'M'});
    std::mt19937 rng(42);
    for (int i = 0; i < 4096; ++i) bytes.push_back(static_cast<std::uint8_t>(rng()));
    const auto path = dir_ / "garbage.dcm";
    test::writeBytes(path, bytes);
    EXPECT_TRUE(looksLikeDicom(path));
    const auto image = loadImage(path);
    ASSERT_FALSE(image);
    EXPECT_EQ(image.error().file, path.string());
}

TEST_F(DicomBadInputTest, NoPixelData) {
    expectError(write({.removals = {"PixelData"}}), ErrorCode::UnsupportedFormat, "no pixel data");
}

TEST_F(DicomBadInputTest, Jpeg2000IsUnsupported) {
    expectError(write({.claimed_transfer_syntax_uid = "1.2.840.10008.1.2.4.90"}),
                ErrorCode::UnsupportedFormat, "JPEG 2000");
}

TEST_F(DicomBadInputTest, MadeUpTransferSyntax) {
    expectError(write({.claimed_transfer_syntax_uid = "1.2.3.4.5.6.7.8.9"}),
                ErrorCode::UnsupportedFormat, "1.2.3.4.5.6.7.8.9");
}

TEST_F(DicomBadInputTest, AbsurdDimensionsAreRefusedBeforeDecoding) {
    expectError(write({.overrides = {{"Rows", "65535"}, {"Columns", "65535"}}}),
                ErrorCode::TooLarge, "65535");
}

TEST_F(DicomBadInputTest, DimensionsLargerThanThePixelData) {
    expectError(write({.overrides = {{"Rows", "5000"}, {"Columns", "5000"}}}), ErrorCode::Corrupt,
                "shorter");
}

TEST_F(DicomBadInputTest, CompressedDimensionsLargerThanTheFrame) {
    const auto path = write({.syntax = test::DicomSyntax::JpegLsLossless,
                             .overrides = {{"Rows", "3000"}, {"Columns", "3000"}}});
    const auto image = loadImage(path);
    ASSERT_FALSE(image);
    EXPECT_EQ(image.error().file, path.string());
}

TEST_F(DicomBadInputTest, MaxPixelsLimit) {
    expectError(write({}), ErrorCode::TooLarge, "limit", {.max_pixels = 100});
}

TEST_F(DicomBadInputTest, BitsAllocatedZero) {
    expectError(write({.overrides = {{"BitsAllocated", "0"}}}), ErrorCode::UnsupportedFormat,
                "Bits Allocated");
}

TEST_F(DicomBadInputTest, SamplesPerPixelSeven) {
    expectError(write({.overrides = {{"SamplesPerPixel", "7"}}}), ErrorCode::UnsupportedFormat,
                "Samples per Pixel");
}

TEST_F(DicomBadInputTest, BitsStoredAboveBitsAllocated) {
    expectError(write({.overrides = {{"BitsStored", "12"}}}), ErrorCode::Corrupt, "Bits Stored");
}

TEST_F(DicomBadInputTest, MissingPhotometric) {
    expectError(write({.removals = {"PhotometricInterpretation"}}), ErrorCode::Corrupt,
                "Photometric");
}

TEST_F(DicomBadInputTest, UnknownPhotometric) {
    const auto path = write({.overrides = {{"PhotometricInterpretation", "CMYK"}}});
    const auto image = loadImage(path);
    ASSERT_FALSE(image);
    EXPECT_EQ(image.error().file, path.string());
}

TEST_F(DicomBadInputTest, NegativeFrame) {
    expectError(write({}), ErrorCode::InvalidArgument, "frame -1", {.frame = -1});
}

}  // namespace
}  // namespace dermalens
