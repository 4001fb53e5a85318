// A stored Grad-CAM map placed back over its image (private to the core): shared by the DICOM
// Secondary Capture and the PDF report, so both show the map where the viewer does.
#pragma once

#include "dermalens/inference/Heatmap.h"
#include "dermalens/model/ModelCard.h"
#include "dermalens/records/AnalysisRecord.h"

namespace dermalens::output {

// The map over the part of an image of `size` the model saw (as Classifier::gradcam); cells
// outside that part are zero. The stored map must be consistent (width * height values).
[[nodiscard]] Heatmap placedHeatmap(const StoredHeatmap& stored, cv::Size size,
                                    const InputSpec& spec);

}  // namespace dermalens::output
