// Reads raster images (JPEG, PNG, TIFF, BMP, WebP) and DICOM into an Image.
//
// Failure: every call returns an Error naming the file and the reason (missing, empty,
// truncated, not an image, unsupported transfer syntax, dimensions beyond limits, ...).
// Nothing here throws or aborts on bad input.
#pragma once

#include <cstdint>
#include <filesystem>

#include "dermalens/imaging/Image.h"
#include "dermalens/Result.h"

namespace dermalens {

struct LoadOptions {
    int frame = 0;  // multi-frame DICOM: which frame to decode
    // Refuse images whose header claims more pixels than this (protects against absurd sizes).
    std::uint64_t max_pixels = 400'000'000ULL;
    // When > 0, decode so that the longer side is at most this (JPEG decodes reduced, others
    // are downscaled right after decoding). Thumbnails use this to keep memory low.
    int max_dimension = 0;
};

// Decodes `path`; the format is sniffed from the content, not the extension.
// Raster: 16-bit samples become round(v / 257), grey is replicated to RGB, JPEG EXIF
// orientation is applied. DICOM: frame `options.frame` is rendered by DCMTK; monochrome data
// uses the file's first VOI window when present, otherwise its full BitsStored range maps
// linearly onto 0..255 (so 16 bits stored also gives v / 257); MONOCHROME1 is inverted and
// YBR data converted to RGB. Errors: NotFound, Unreadable, Corrupt (empty, truncated,
// inconsistent header), UnsupportedFormat (not an image, unsupported transfer syntax or
// sample layout, no pixel data), TooLarge (header beyond max_pixels, checked before
// decoding), InvalidArgument (frame out of range).
[[nodiscard]] Result<Image> loadImage(const std::filesystem::path& path,
                                      const LoadOptions& options = {});

// Reads only the metadata (no pixel decode where the format allows it).
[[nodiscard]] Result<ImageMetadata> readMetadata(const std::filesystem::path& path);

// True when the file starts like DICOM Part 10 ("DICM" at offset 128) or is otherwise
// recognised by DCMTK as a dataset.
[[nodiscard]] bool looksLikeDicom(const std::filesystem::path& path);

// True for extensions the loader is willing to try when scanning folders
// (.jpg .jpeg .png .tif .tiff .bmp .webp .dcm .dicom, and files without extension).
[[nodiscard]] bool hasSupportedExtension(const std::filesystem::path& path);

}  // namespace dermalens
