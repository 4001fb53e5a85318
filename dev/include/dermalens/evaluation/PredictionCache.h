// A file of model predictions (probabilities + embeddings) for a labelled image set, so that
// several ranking methods are compared on the very same predictions and the model runs once.
// Text, one lesion per line, so it can also be read by a notebook:
//   dermalens-prediction-cache 1
//   model <weights sha256>
//   classes <code>,<code>,...
//   <image_id>,<lesion_id>,<label>,<malignant_probability>,<C probabilities>,<D embedding values>
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "dermalens/Result.h"

namespace dermalens {

struct CachedPrediction {
    std::string image_id, lesion_id, label;
    float malignant_probability = 0;
    std::vector<float> probabilities;  // card class order
    std::vector<float> embedding;
};

struct PredictionCache {
    std::string model_sha256;
    std::vector<std::string> classes;
    std::vector<CachedPrediction> entries;
};

// Fails with Unreadable when the file cannot be written, InvalidArgument when entries disagree
// in length or a field holds a comma or line break.
[[nodiscard]] Result<void> writePredictionCache(const PredictionCache& cache,
                                                const std::filesystem::path& path);

// Fails with NotFound / Unreadable, or Corrupt naming the line.
[[nodiscard]] Result<PredictionCache> readPredictionCache(const std::filesystem::path& path);

}  // namespace dermalens
