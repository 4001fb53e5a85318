// Synthetic images and raster writers for test fixtures (no data files needed).
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include <opencv2/core/mat.hpp>

namespace dermalens::test {

// A lesion-like CV_8UC3 RGB image: skin-toned background with a darker, irregular brown
// blob and mild texture. Smooth enough for lossy codecs; deterministic for a given seed.
cv::Mat makeLesionImage(int width, int height, unsigned seed = 1);

// A CV_8UC1 grey image with a diagonal gradient and a bright disc (distinct rows/columns).
cv::Mat makeGreyImage(int width, int height);

// 8-bit to 16-bit with the full range kept (v * 257), any channel count.
cv::Mat to16Bit(const cv::Mat& eightBit);

enum class RasterFormat { Jpeg, Png, Tiff, Bmp, WebP };
const char* rasterExtension(RasterFormat format);  // ".jpg", ".png", ...

// Writes RGB (CV_8UC3 / CV_16UC3) or grey (CV_8UC1 / CV_16UC1) pixels with OpenCV.
// `quality` is the JPEG quality (WebP is always written lossless). Throws std::runtime_error
// when OpenCV refuses (e.g. 16-bit JPEG).
void writeRaster(const std::filesystem::path& path, const cv::Mat& pixels, RasterFormat format,
                 int quality = 95);

// Writes an 8-bit RGB JPEG with an EXIF APP1 segment holding Orientation = `orientation`
// (1..8). The pixels are stored as given; a reader honouring EXIF must transform them.
void writeJpegWithExifOrientation(const std::filesystem::path& path, const cv::Mat& rgb,
                                  int orientation, int quality = 95);

// Mean and largest absolute per-sample difference of two same-sized images.
double meanAbsDiff(const cv::Mat& a, const cv::Mat& b);
double maxAbsDiff(const cv::Mat& a, const cv::Mat& b);

std::vector<std::uint8_t> readBytes(const std::filesystem::path& path);
void writeBytes(const std::filesystem::path& path, const std::vector<std::uint8_t>& bytes);
// Keeps only the first `fraction` of the file (0.5 = cut in half).
void truncateFile(const std::filesystem::path& path, double fraction);

}  // namespace dermalens::test
