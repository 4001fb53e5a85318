// Decodes JPEG/PNG/TIFF/BMP/WebP through OpenCV into an upright 8-bit RGB Image.
#pragma once

#include <filesystem>

#include "imaging/RasterHeader.h"
#include "dermalens/imaging/Image.h"
#include "dermalens/imaging/ImageLoader.h"

namespace dermalens::detail {

// Metadata from the header alone: dimensions are the upright ones (EXIF applied).
[[nodiscard]] ImageMetadata rasterMetadata(const std::filesystem::path& path,
                                           const RasterHeader& header);

// Checks limits and completeness, then decodes. Never throws: OpenCV exceptions and
// allocation failures become errors naming the file.
[[nodiscard]] Result<Image> decodeRaster(const std::filesystem::path& path, ImageFileReader& reader,
                                         const RasterHeader& header, const LoadOptions& options);

// Rotates/flips per EXIF orientation 1..8 (same convention as OpenCV's imread).
void applyExifOrientation(cv::Mat& image, int orientation);

// Downscales (INTER_AREA) so the longer side is at most maxDimension; no-op when <= 0.
void fitWithin(cv::Mat& image, int maxDimension);

}  // namespace dermalens::detail
