// DICOM input: every supported transfer syntax, photometric, bit depth and frame layout,
// metadata with its fallbacks, and hostile files. All fixtures are written by the test.
#include <gtest/gtest.h>

#include <opencv2/imgproc.hpp>
#include <random>

#include "DicomFixtures.h"
#include "SyntheticImages.h"
#include "TestPaths.h"
#include "dermalens/imaging/ImageLoader.h"

namespace dermalens {
namespace {

using test::DicomSpec;
using test::DicomSyntax;

constexpr DicomSyntax kAllSyntaxes[] = {
    DicomSyntax::ImplicitLittle,     DicomSyntax::ExplicitLittle,
    DicomSyntax::ExplicitBig,        DicomSyntax::JpegBaseline,
    DicomSyntax::JpegLossless,       DicomSyntax::JpegLsLossless,
    DicomSyntax::JpegLsNearLossless, DicomSyntax::Rle};
constexpr DicomSyntax kLosslessSyntaxes[] = {
    DicomSyntax::ImplicitLittle, DicomSyntax::ExplicitLittle, DicomSyntax::ExplicitBig,
    DicomSyntax::JpegLossless,   DicomSyntax::JpegLsLossless, DicomSyntax::Rle};

// The transfer syntax name DCMTK reports, as the loader exposes it.
const char* expectedSyntaxWord(DicomSyntax s) {
    switch (s) {
        case DicomSyntax::ImplicitLittle:
            return "Implicit";
        case DicomSyntax::ExplicitLittle:
            return "Little Endian Explicit";
        case DicomSyntax::ExplicitBig:
            return "Big Endian";
        case DicomSyntax::JpegBaseline:
            return "Baseline";
        case DicomSyntax::JpegLossless:
            return "Lossless";
        case DicomSyntax::JpegLsLossless:
            return "JPEG-LS Lossless";
        case DicomSyntax::JpegLsNearLossless:
            return "JPEG-LS Lossy";
        case DicomSyntax::Rle:
            return "RLE";
    }
    return "";
}

cv::Mat greyToRgb(const cv::Mat& grey) {
    cv::Mat rgb;
    cv::cvtColor(grey, rgb, cv::COLOR_GRAY2RGB);
    return rgb;
}

class DicomSyntaxTest : public ::testing::TestWithParam<DicomSyntax> {
protected:
    test::TempDir dir_{"dermalens-dicom"};
};

TEST_P(DicomSyntaxTest, RgbPixelsRoundTrip) {
    const cv::Mat rgb = test::makeLesionImage(64, 48, 3);
    const auto path = dir_ / "rgb.dcm";
    test::writeDicom(path, rgb, {.syntax = GetParam()});
    const auto image = loadImage(path);
    ASSERT_TRUE(image) << image.error().message();
    ASSERT_EQ(image->pixels.type(), CV_8UC3);
    ASSERT_EQ(image->pixels.size(), rgb.size());
    if (test::isLossy(GetParam())) {
        EXPECT_LT(test::meanAbsDiff(image->pixels, rgb), 3.0);
        EXPECT_LT(test::maxAbsDiff(image->pixels, rgb), 40.0);
    } else {
        EXPECT_EQ(test::maxAbsDiff(image->pixels, rgb), 0.0);
    }
    EXPECT_EQ(image->meta.format, "DICOM");
    EXPECT_NE(image->meta.transfer_syntax.find(expectedSyntaxWord(GetParam())), std::string::npos)
        << image->meta.transfer_syntax;
    EXPECT_EQ(image->meta.patient_id, "DL-0001");
    EXPECT_EQ(image->meta.original_width, 64);
    EXPECT_EQ(image->meta.original_height, 48);
    EXPECT_EQ(image->meta.original_channels, 3);
}

TEST_P(DicomSyntaxTest, GreyPixelsAreReplicated) {
    const cv::Mat grey = test::makeGreyImage(40, 30);
    const auto path = dir_ / "grey.dcm";
    test::writeDicom(path, grey, {.syntax = GetParam()});
    const auto image = loadImage(path);
    ASSERT_TRUE(image) << image.error().message();
    if (test::isLossy(GetParam()))  // the fixture has sharp edges: judge lossy data on average
        EXPECT_LT(test::meanAbsDiff(image->pixels, greyToRgb(grey)), 3.0);
    else
        EXPECT_EQ(test::maxAbsDiff(image->pixels, greyToRgb(grey)), 0.0);
    EXPECT_EQ(image->meta.photometric, "MONOCHROME2");
}

TEST_P(DicomSyntaxTest, MultiFrameSelectsTheRequestedFrame) {
    const std::vector<cv::Mat> frames = {cv::Mat(16, 16, CV_8UC3, cv::Scalar(200, 30, 30)),
                                         cv::Mat(16, 16, CV_8UC3, cv::Scalar(30, 200, 30)),
                                         cv::Mat(16, 16, CV_8UC3, cv::Scalar(30, 30, 200))};
    const auto path = dir_ / "frames.dcm";
    test::writeDicom(path, frames, {.syntax = GetParam()});
    for (int f = 0; f < 3; ++f) {
        const auto image = loadImage(path, {.frame = f});
        ASSERT_TRUE(image) << image.error().message();
        EXPECT_LE(test::maxAbsDiff(image->pixels, frames[f]), 6.0) << "frame " << f;
        EXPECT_EQ(image->meta.frame_count, 3);
        EXPECT_EQ(image->meta.frame_index, f);
    }
    const auto outOfRange = loadImage(path, {.frame = 3});
    ASSERT_FALSE(outOfRange);
    EXPECT_EQ(outOfRange.error().code, ErrorCode::InvalidArgument);
    EXPECT_NE(outOfRange.error().reason.find("frame 3"), std::string::npos);
}

INSTANTIATE_TEST_SUITE_P(DicomAllSyntaxes, DicomSyntaxTest, ::testing::ValuesIn(kAllSyntaxes),
                         [](const auto& info) { return test::dicomSyntaxName(info.param); });

class DicomSixteenBitTest : public DicomSyntaxTest {};

// 16 bits stored, no window: the full range maps linearly, i.e. v/257 like raster files.
TEST_P(DicomSixteenBitTest, FullRangeScalesBy257) {
    cv::Mat grey(2, 4, CV_16UC1);
    const std::uint16_t values[] = {0, 257, 257 * 100, 65535, 128 * 257, 1000, 64000, 30000};
    std::copy(std::begin(values), std::end(values), grey.ptr<std::uint16_t>());
    const auto path = dir_ / "grey16.dcm";
    test::writeDicom(path, grey, {.syntax = GetParam()});
    const auto image = loadImage(path);
    ASSERT_TRUE(image) << image.error().message();
    for (int i = 0; i < 8; ++i) {
        const int expected = static_cast<int>(std::lround(values[i] / 257.0));
        EXPECT_NEAR(image->pixels.at<cv::Vec3b>(i / 4, i % 4)[0], expected, 1) << values[i];
    }
    EXPECT_EQ(image->meta.original_bits, 16);
}

TEST_P(DicomSixteenBitTest, RgbSixteenBit) {
    const cv::Mat rgb = test::makeLesionImage(32, 24, 5);
    const auto path = dir_ / "rgb16.dcm";
    test::writeDicom(path, test::to16Bit(rgb), {.syntax = GetParam()});
    const auto image = loadImage(path);
    ASSERT_TRUE(image) << image.error().message();
    EXPECT_LE(test::maxAbsDiff(image->pixels, rgb), 1.0);
}

INSTANTIATE_TEST_SUITE_P(DicomLosslessSyntaxes, DicomSixteenBitTest,
                         ::testing::ValuesIn(kLosslessSyntaxes),
                         [](const auto& info) { return test::dicomSyntaxName(info.param); });

class DicomPixelTest : public ::testing::Test {
protected:
    test::TempDir dir_{"dermalens-dicom"};
};

TEST_F(DicomPixelTest, PlanarConfigurationOne) {
    const cv::Mat rgb = test::makeLesionImage(30, 20, 7);
    const auto path = dir_ / "planar.dcm";
    test::writeDicom(path, rgb, {.planar_configuration = 1});
    const auto image = loadImage(path);
    ASSERT_TRUE(image) << image.error().message();
    EXPECT_EQ(test::maxAbsDiff(image->pixels, rgb), 0.0);
}

TEST_F(DicomPixelTest, YbrFullIsConvertedToRgb) {
    const cv::Mat rgb = test::makeLesionImage(30, 20, 8);
    const auto path = dir_ / "ybr.dcm";
    test::writeDicom(path, rgb, {.photometric = "YBR_FULL"});
    const auto image = loadImage(path);
    ASSERT_TRUE(image) << image.error().message();
    EXPECT_LE(test::maxAbsDiff(image->pixels, rgb), 3.0);  // YCbCr rounding both ways
    EXPECT_EQ(image->meta.photometric, "YBR_FULL");
}

TEST_F(DicomPixelTest, YbrFull422IsConvertedToRgb) {
    const cv::Mat rgb = test::makeLesionImage(32, 20, 9);
    const auto path = dir_ / "ybr422.dcm";
    test::writeDicom(path, rgb, {.photometric = "YBR_FULL_422"});
    const auto image = loadImage(path);
    ASSERT_TRUE(image) << image.error().message();
    EXPECT_LT(test::meanAbsDiff(image->pixels, rgb), 3.0);  // chroma halved horizontally
}

TEST_F(DicomPixelTest, MonochromeOneIsInverted) {
    const cv::Mat grey = test::makeGreyImage(20, 10);
    const auto path = dir_ / "mono1.dcm";
    test::writeDicom(path, grey, {.photometric = "MONOCHROME1"});
    const auto image = loadImage(path);
    ASSERT_TRUE(image) << image.error().message();
    cv::Mat inverted = 255 - grey;
    // DCMTK's inverse LUT rounds a few mid-grey values up by one.
    EXPECT_LE(test::maxAbsDiff(image->pixels, greyToRgb(inverted)), 1.0);
}

TEST_F(DicomPixelTest, TwelveBitsStoredUseTheirFullRange) {
    cv::Mat grey(1, 3, CV_16UC1);
    grey.at<std::uint16_t>(0, 0) = 0;
    grey.at<std::uint16_t>(0, 1) = 2048;
    grey.at<std::uint16_t>(0, 2) = 4095;
    const auto path = dir_ / "twelve.dcm";
    test::writeDicom(path, grey, {.bits_stored = 12});
    const auto image = loadImage(path);
    ASSERT_TRUE(image) << image.error().message();
    EXPECT_EQ(image->pixels.at<cv::Vec3b>(0, 0)[0], 0);
    EXPECT_NEAR(image->pixels.at<cv::Vec3b>(0, 1)[0], 128, 1);
    EXPECT_EQ(image->pixels.at<cv::Vec3b>(0, 2)[0], 255);
}

TEST_F(DicomPixelTest, WindowIsAppliedWhenPresent) {
    cv::Mat grey(1, 3, CV_16UC1);
    grey.at<std::uint16_t>(0, 0) = 500;   // below the window
    grey.at<std::uint16_t>(0, 1) = 1000;  // centre
    grey.at<std::uint16_t>(0, 2) = 5000;  // above
    const auto path = dir_ / "window.dcm";
    test::writeDicom(path, grey, {.window = std::make_pair(1000.0, 200.0)});
    const auto image = loadImage(path);
    ASSERT_TRUE(image) << image.error().message();
    EXPECT_EQ(image->pixels.at<cv::Vec3b>(0, 0)[0], 0);
    EXPECT_NEAR(image->pixels.at<cv::Vec3b>(0, 1)[0], 128, 2);
    EXPECT_EQ(image->pixels.at<cv::Vec3b>(0, 2)[0], 255);
}

TEST_F(DicomPixelTest, MaxDimensionDownscales) {
    const auto path = dir_ / "big.dcm";
    test::writeDicom(path, test::makeLesionImage(400, 300, 2));
    const auto image = loadImage(path, {.max_dimension = 100});
    ASSERT_TRUE(image) << image.error().message();
    EXPECT_EQ(image->width(), 100);
    EXPECT_EQ(image->height(), 75);
    EXPECT_DOUBLE_EQ(image->meta.decode_scale, 0.25);
}

TEST_F(DicomPixelTest, SopClassesWithPixelDataAllLoad) {
    for (const char* sop : {test::kDermoscopicSopClass, test::kVlPhotographicSopClass,
                            test::kSecondaryCaptureSopClass, "1.2.840.10008.5.1.4.1.1.2"}) {
        const auto path = dir_ / "sop.dcm";
        test::writeDicom(path, test::makeLesionImage(16, 16), {.sop_class_uid = sop});
        const auto image = loadImage(path);
        ASSERT_TRUE(image) << sop << ": " << image.error().message();
        EXPECT_EQ(image->meta.sop_class_uid, sop);
    }
}

TEST_F(DicomPixelTest, DicomIsRecognisedByContentNotExtension) {
    const auto path = dir_ / "photo.jpg";
    test::writeDicom(path, test::makeLesionImage(16, 16));
    EXPECT_TRUE(looksLikeDicom(path));
    const auto image = loadImage(path);
    ASSERT_TRUE(image) << image.error().message();
    EXPECT_EQ(image->meta.format, "DICOM");
}

}  // namespace
}  // namespace dermalens
