// Raster input: every format, 8/16-bit, grey/colour, EXIF orientation, sniffing, reduced decode.
#include <gtest/gtest.h>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include "SyntheticImages.h"
#include "TestPaths.h"
#include "dermalens/imaging/ImageLoader.h"

namespace dermalens {
namespace {

using test::RasterFormat;

cv::Mat greyToRgb(const cv::Mat& grey) {
    cv::Mat rgb;
    cv::cvtColor(grey, rgb, cv::COLOR_GRAY2RGB);
    return rgb;
}

const char* formatName(RasterFormat f) {
    switch (f) {
        case RasterFormat::Jpeg:
            return "JPEG";
        case RasterFormat::Png:
            return "PNG";
        case RasterFormat::Tiff:
            return "TIFF";
        case RasterFormat::Bmp:
            return "BMP";
        case RasterFormat::WebP:
            return "WEBP";
    }
    return "";
}

class ImageLoaderFormatTest : public ::testing::TestWithParam<RasterFormat> {
protected:
    std::filesystem::path pathFor(const std::string& stem) const {
        return dir_ / (stem + test::rasterExtension(GetParam()));
    }
    // JPEG is lossy; everything else here is written losslessly.
    void expectSame(const cv::Mat& actual, const cv::Mat& expected) const {
        if (GetParam() == RasterFormat::Jpeg) {
            EXPECT_LT(test::meanAbsDiff(actual, expected), 3.0);
        } else {
            EXPECT_EQ(test::maxAbsDiff(actual, expected), 0.0);
        }
    }
    test::TempDir dir_{"dermalens-raster"};
};

TEST_P(ImageLoaderFormatTest, ColourIsRgbAndUpright) {
    const cv::Mat rgb = test::makeLesionImage(64, 40, 11);
    const auto path = pathFor("colour");
    test::writeRaster(path, rgb, GetParam());
    const auto image = loadImage(path);
    ASSERT_TRUE(image) << image.error().message();
    ASSERT_EQ(image->pixels.type(), CV_8UC3);
    expectSame(image->pixels, rgb);
    EXPECT_EQ(image->meta.format, formatName(GetParam()));
    EXPECT_EQ(image->meta.original_width, 64);
    EXPECT_EQ(image->meta.original_height, 40);
    EXPECT_EQ(image->meta.source_path, path.string());
    EXPECT_DOUBLE_EQ(image->meta.decode_scale, 1.0);
}

TEST_P(ImageLoaderFormatTest, GreyIsReplicated) {
    const cv::Mat grey = test::makeGreyImage(48, 32);
    const auto path = pathFor("grey");
    test::writeRaster(path, grey, GetParam());
    const auto image = loadImage(path);
    ASSERT_TRUE(image) << image.error().message();
    expectSame(image->pixels, greyToRgb(grey));
}

TEST_P(ImageLoaderFormatTest, MetadataWithoutDecoding) {
    const auto path = pathFor("meta");
    test::writeRaster(path, test::makeLesionImage(50, 30), GetParam());
    const auto meta = readMetadata(path);
    ASSERT_TRUE(meta) << meta.error().message();
    EXPECT_EQ(meta->format, formatName(GetParam()));
    EXPECT_EQ(meta->original_width, 50);
    EXPECT_EQ(meta->original_height, 30);
}

TEST_P(ImageLoaderFormatTest, MaxDimensionDownscales) {
    const cv::Mat rgb = test::makeLesionImage(800, 600, 4);
    const auto path = pathFor("big");
    test::writeRaster(path, rgb, GetParam());
    const auto image = loadImage(path, {.max_dimension = 200});
    ASSERT_TRUE(image) << image.error().message();
    EXPECT_EQ(image->width(), 200);
    EXPECT_EQ(image->height(), 150);
    EXPECT_DOUBLE_EQ(image->meta.decode_scale, 0.25);
    cv::Mat reference;
    cv::resize(rgb, reference, image->pixels.size(), 0, 0, cv::INTER_AREA);
    EXPECT_LT(test::meanAbsDiff(image->pixels, reference), 4.0);
}

TEST_P(ImageLoaderFormatTest, ContentWinsOverExtension) {
    const auto path = dir_ / "mislabelled.dcm";
    test::writeRaster(path, test::makeLesionImage(20, 20), GetParam());
    const auto image = loadImage(path);
    ASSERT_TRUE(image) << image.error().message();
    EXPECT_EQ(image->meta.format, formatName(GetParam()));
    EXPECT_FALSE(looksLikeDicom(path));
}

INSTANTIATE_TEST_SUITE_P(ImageLoaderFormats, ImageLoaderFormatTest,
                         ::testing::Values(RasterFormat::Jpeg, RasterFormat::Png,
                                           RasterFormat::Tiff, RasterFormat::Bmp,
                                           RasterFormat::WebP),
                         [](const auto& info) { return formatName(info.param); });

class ImageLoaderSixteenBitTest : public ::testing::TestWithParam<RasterFormat> {
protected:
    test::TempDir dir_{"dermalens-raster16"};
};

// 16-bit samples become round(v / 257): check values that sit either side of a rounding step.
TEST_P(ImageLoaderSixteenBitTest, GreyScalesBy257) {
    cv::Mat grey(1, 6, CV_16UC1);
    const std::uint16_t values[] = {0, 128, 129, 257 * 100, 65535, 40000};
    const int expected[] = {0, 0, 1, 100, 255, 156};
    std::copy(std::begin(values), std::end(values), grey.ptr<std::uint16_t>());
    const auto path = dir_ / (std::string("grey16") + test::rasterExtension(GetParam()));
    test::writeRaster(path, grey, GetParam());
    const auto image = loadImage(path);
    ASSERT_TRUE(image) << image.error().message();
    for (int i = 0; i < 6; ++i)
        EXPECT_EQ(image->pixels.at<cv::Vec3b>(0, i), cv::Vec3b::all(expected[i])) << values[i];
    EXPECT_EQ(image->meta.original_bits, 16);
}

TEST_P(ImageLoaderSixteenBitTest, ColourScalesBy257) {
    const cv::Mat rgb = test::makeLesionImage(40, 30, 6);
    const auto path = dir_ / (std::string("rgb16") + test::rasterExtension(GetParam()));
    test::writeRaster(path, test::to16Bit(rgb), GetParam());
    const auto image = loadImage(path);
    ASSERT_TRUE(image) << image.error().message();
    EXPECT_EQ(test::maxAbsDiff(image->pixels, rgb), 0.0);
    EXPECT_EQ(image->meta.original_bits, 16);
}

INSTANTIATE_TEST_SUITE_P(ImageLoaderSixteenBit, ImageLoaderSixteenBitTest,
                         ::testing::Values(RasterFormat::Png, RasterFormat::Tiff),
                         [](const auto& info) { return formatName(info.param); });

class ImageLoaderExifTest : public ::testing::TestWithParam<int> {
protected:
    test::TempDir dir_{"dermalens-exif"};
};

// Stored pixels: a 60x30 image with a red top-left and a blue top-right quadrant.
cv::Mat markedImage() {
    cv::Mat rgb(30, 60, CV_8UC3, cv::Scalar(200, 200, 200));
    rgb(cv::Rect(0, 0, 30, 15)).setTo(cv::Scalar(220, 20, 20));
    rgb(cv::Rect(30, 0, 30, 15)).setTo(cv::Scalar(20, 20, 220));
    return rgb;
}

// What the orientation means (EXIF 2.3), computed independently of the loader.
cv::Mat expectedUpright(const cv::Mat& stored, int orientation) {
    cv::Mat out = stored.clone();
    switch (orientation) {
        case 2:
            cv::flip(stored, out, 1);
            break;
        case 3:
            cv::rotate(stored, out, cv::ROTATE_180);
            break;
        case 4:
            cv::flip(stored, out, 0);
            break;
        case 5:
            cv::transpose(stored, out);
            break;
        case 6:
            cv::rotate(stored, out, cv::ROTATE_90_CLOCKWISE);
            break;
        case 7:  // transverse: mirror across the anti-diagonal
            cv::rotate(stored, out, cv::ROTATE_90_CLOCKWISE);
            cv::flip(out, out, 0);
            break;
        case 8:
            cv::rotate(stored, out, cv::ROTATE_90_COUNTERCLOCKWISE);
            break;
        default:
            break;
    }
    return out;
}

cv::Mat readRgb(const std::filesystem::path& path, int flags) {
    cv::Mat bgr = cv::imread(path.string(), flags);
    cv::Mat rgb;
    cv::cvtColor(bgr, rgb, cv::COLOR_BGR2RGB);
    return rgb;
}

TEST_P(ImageLoaderExifTest, OrientationIsApplied) {
    const int orientation = GetParam();
    const auto path = dir_ / "exif.jpg";
    test::writeJpegWithExifOrientation(path, markedImage(), orientation);
    const auto image = loadImage(path);
    ASSERT_TRUE(image) << image.error().message();
    // The same JPEG decoded as stored, then transformed as the orientation says.
    const cv::Mat expected = expectedUpright(
        readRgb(path, cv::IMREAD_COLOR | cv::IMREAD_IGNORE_ORIENTATION), orientation);
    ASSERT_EQ(image->pixels.size(), expected.size());
    EXPECT_EQ(test::maxAbsDiff(image->pixels, expected), 0.0);
    EXPECT_EQ(image->meta.exif_orientation, orientation);
    EXPECT_EQ(image->meta.original_width, expected.cols);
    // OpenCV's own EXIF handling agrees, which shows the fixture's EXIF segment is valid.
    EXPECT_EQ(test::maxAbsDiff(readRgb(path, cv::IMREAD_COLOR), expected), 0.0);
}

TEST_F(ImageLoaderExifTest, RotateNinetyClockwiseMovesTopLeftToTopRight) {
    const auto path = dir_ / "six.jpg";
    test::writeJpegWithExifOrientation(path, markedImage(), 6);
    const auto image = loadImage(path);
    ASSERT_TRUE(image) << image.error().message();
    ASSERT_EQ(image->width(), 30);
    ASSERT_EQ(image->height(), 60);
    const cv::Vec3b topRight = image->pixels.at<cv::Vec3b>(5, 25);
    const cv::Vec3b bottomRight = image->pixels.at<cv::Vec3b>(55, 25);
    EXPECT_GT(topRight[0], 180);  // the red corner
    EXPECT_LT(topRight[2], 60);
    EXPECT_GT(bottomRight[2], 180);  // the blue corner
    const auto meta = readMetadata(path);
    ASSERT_TRUE(meta);
    EXPECT_EQ(meta->exif_orientation, 6);
    EXPECT_EQ(meta->original_width, 30);
    EXPECT_EQ(meta->original_height, 60);
}

TEST_F(ImageLoaderExifTest, OrientationIsAppliedToReducedDecode) {
    const auto path = dir_ / "six-big.jpg";
    cv::Mat stored;
    cv::resize(markedImage(), stored, cv::Size(1200, 600), 0, 0, cv::INTER_NEAREST);
    test::writeJpegWithExifOrientation(path, stored, 6);
    const auto image = loadImage(path, {.max_dimension = 150});
    ASSERT_TRUE(image) << image.error().message();
    EXPECT_EQ(image->width(), 75);
    EXPECT_EQ(image->height(), 150);
    EXPECT_GT(image->pixels.at<cv::Vec3b>(10, 70)[0], 180);
}

INSTANTIATE_TEST_SUITE_P(ImageLoaderAllOrientations, ImageLoaderExifTest, ::testing::Range(1, 9));

TEST(ImageLoaderExtensionTest, KnownExtensions) {
    for (const char* name : {"a.jpg", "a.JPEG", "a.png", "a.tif", "a.tiff", "a.bmp", "a.webp",
                             "a.dcm", "a.DICOM", "IM000001"})
        EXPECT_TRUE(hasSupportedExtension(name)) << name;
    for (const char* name : {"a.txt", "a.json", "a.pdf", "a.gif"})
        EXPECT_FALSE(hasSupportedExtension(name)) << name;
}

}  // namespace
}  // namespace dermalens
