// Format sniffing and minimal header parsing for raster files (private to the core).
// Dimensions are read before any decode so absurd sizes are refused cheaply.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "imaging/ImageFileReader.h"
#include "dermalens/Result.h"

namespace dermalens::detail {

enum class FileKind { Unknown, Jpeg, Png, Tiff, Bmp, WebP, Dicom };

// Recognises the format from the first bytes (at least 132 wanted for DICOM's "DICM").
[[nodiscard]] FileKind sniffKind(const std::vector<std::uint8_t>& head);
// "JPEG", "PNG", "TIFF", "BMP", "WEBP", "DICOM" (as in ImageMetadata::format).
[[nodiscard]] const char* kindName(FileKind kind);

struct RasterHeader {
    FileKind kind = FileKind::Unknown;
    int width = 0;  // as stored (before EXIF orientation)
    int height = 0;
    int bits = 8;                   // bits per sample
    int channels = 3;               // samples per pixel
    int orientation = 1;            // EXIF orientation (JPEG only), 1 = upright
    std::uint64_t scan_offset = 0;  // JPEG: first byte after the first SOS marker
};

// Parses the header of a file already sniffed as `kind`. Fails with Corrupt when the header
// is cut short or inconsistent.
[[nodiscard]] Result<RasterHeader> readRasterHeader(ImageFileReader& reader, FileKind kind,
                                                    const std::string& file);
[[nodiscard]] Result<RasterHeader> readJpegHeader(ImageFileReader& reader, const std::string& file);
// First value of a SHORT/LONG tag in the TIFF IFD at base+ifd (offsets relative to base).
[[nodiscard]] bool readTiffTag(ImageFileReader& reader, std::uint64_t base, bool little,
                               std::uint32_t ifd, std::uint16_t tag, std::uint32_t& value);

}  // namespace dermalens::detail
