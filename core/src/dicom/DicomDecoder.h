// Decodes DICOM Part 10 files through DCMTK (private to the core; DCMTK stays in here).
#pragma once

#include <filesystem>

#include "dermalens/imaging/Image.h"
#include "dermalens/imaging/ImageLoader.h"

namespace dermalens::detail {

// Renders frame `options.frame` to 8-bit RGB. Monochrome data uses the first VOI window when
// the file has one, else the full BitsStored range maps linearly onto 0..255 (16-bit data with
// 16 bits stored is then v/257 as for raster files); MONOCHROME1 is inverted; YBR is
// converted to RGB. Fails with Corrupt / UnsupportedFormat / TooLarge / InvalidArgument.
[[nodiscard]] Result<Image> loadDicom(const std::filesystem::path& path,
                                      const LoadOptions& options);

// Parses the dataset up to (not including) the pixel data.
[[nodiscard]] Result<ImageMetadata> readDicomFileMetadata(const std::filesystem::path& path);

}  // namespace dermalens::detail
