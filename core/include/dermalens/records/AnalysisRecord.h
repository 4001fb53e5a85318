// One model's result for one image, kept so reopening shows it without re-running the model.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "dermalens/inference/Prediction.h"
#include "dermalens/records/Ids.h"

namespace dermalens {

struct ModelIdentity {
    std::string name;
    std::string version;
    std::string sha256;  // of the weights file: "current" analysis means same sha256
};

// A Grad-CAM map as stored: raw values, row-major, plus the class it explains.
struct StoredHeatmap {
    int class_index = -1;
    int width = 0;
    int height = 0;
    std::vector<float> values;
};

struct AnalysisRecord {
    AnalysisId id;
    ImageId image;
    ModelIdentity model;
    Prediction prediction;  // probabilities, flags, distances, embedding (logits kept too)
    std::optional<StoredHeatmap> heatmap;
    std::string created_at;  // ISO 8601 UTC
};

}  // namespace dermalens
