// The Grad-CAM heatmap of an analysis as a Secondary Capture: the image with the coloured map
// blended over it, exactly as the viewer renders it. Nothing else is drawn: no text, no
// legend, so no patient data can end up burned into the pixels.
#pragma once

#include <filesystem>
#include <string>

#include "dermalens/model/ModelCard.h"
#include "dermalens/records/AnalysisRecord.h"
#include "output/AiReportWriter.h"

namespace dermalens::output {

inline constexpr const char* kSecondaryCaptureClass = "1.2.840.10008.5.1.4.1.1.7";

struct HeatmapInput {
    std::filesystem::path image_file;  // the analysed image (managed copy)
    StoredHeatmap heatmap;
    InputSpec input;         // how the model saw the image (places the map)
    std::string class_name;  // the class the map explains
    ObjectRef source;        // the photo object written for the image
    std::string laterality;  // the lesion's: L, R, B or empty
};

// Images larger than this on their longer side are scaled down first (the map itself is a few
// cells wide, so nothing is lost).
inline constexpr int kMaxHeatmapSide = 2048;

[[nodiscard]] Result<DicomObject> writeHeatmap(const ObjectContext& context,
                                               const HeatmapInput& input);

}  // namespace dermalens::output
