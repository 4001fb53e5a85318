// The physical scale of one image: from DICOM Pixel Spacing or a ruler the user measured.
#pragma once

#include <string>

#include "dermalens/records/Ids.h"

namespace dermalens {

struct Calibration {
    ImageId image;
    double mm_per_pixel = 0;
    std::string source;      // "dicom" or "ruler"
    std::string created_at;  // ISO 8601 UTC
};

}  // namespace dermalens
