// Reads ImageMetadata and the image pixel module from a DCMTK dataset (private to the core).
#pragma once

#include <cstdint>
#include <string>

#include "dermalens/imaging/Image.h"
#include "dermalens/Result.h"

class DcmDataset;
class DcmMetaInfo;

namespace dermalens::detail {

// The Image Pixel module values that decoding depends on.
struct DicomGeometry {
    long rows = 0;
    long columns = 0;
    long frames = 1;
    long samples = 0;
    long bits_allocated = 0;
    long bits_stored = 0;
    std::string photometric;
};

// Every string comes back as valid UTF-8, converted from the dataset's Specific Character Set
// (0008,0005); what cannot be converted is kept where it is valid UTF-8 and replaced by U+FFFD
// elsewhere, never failing the read. The dataset itself is not modified.
[[nodiscard]] ImageMetadata readDicomMetadata(DcmDataset& dataset, DcmMetaInfo* meta,
                                              const std::string& file);

// Reads and validates the pixel module. Fails with Corrupt / UnsupportedFormat naming the
// offending attribute (missing Rows, BitsAllocated 0, SamplesPerPixel 7, ...).
[[nodiscard]] Result<DicomGeometry> readDicomGeometry(DcmDataset& dataset, const std::string& file);

}  // namespace dermalens::detail
