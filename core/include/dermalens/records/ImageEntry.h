// An image file the store manages: where it came from, its managed copy, and what it shows.
#pragma once

#include <optional>
#include <string>

#include "dermalens/records/Ids.h"

namespace dermalens {

enum class ImageKind { Dermoscopic, ClinicalCloseUp, Overview };

// "dermoscopic", "clinical", "overview"; parseImageKind accepts these and returns nullopt else.
[[nodiscard]] std::string toString(ImageKind kind);
[[nodiscard]] std::optional<ImageKind> parseImageKind(const std::string& text);

struct ImageEntry {
    ImageId id;
    LesionId lesion;
    VisitId visit;
    std::string source_path;   // where it was imported from (informative only)
    std::string managed_path;  // relative to the store folder, e.g. "images/ab/abcd….jpg"
    ImageKind kind = ImageKind::Dermoscopic;
    std::string format;        // "JPEG", "PNG", "DICOM", ...
    int width = 0;
    int height = 0;
    std::optional<double> pixel_spacing_mm;  // from DICOM (mean of row/column); see Calibration
    std::string acquisition_date;            // YYYYMMDD when known
    // DICOM identity, empty for raster files.
    std::string study_instance_uid;
    std::string series_instance_uid;
    std::string sop_instance_uid;
    std::string sop_class_uid;
    std::string modality;
    std::string imported_at;   // ISO 8601 UTC
};

}  // namespace dermalens
