// The evaluation split by image quality: how many images each quality check flags, and how
// the model does on the flagged and the unflagged images (`dermalens-cli evaluate`).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "dermalens/Result.h"
#include "dermalens/model/ModelCard.h"
#include "dermalens/quality/ImageQuality.h"

namespace dermalens {

struct QualitySubsetMetrics {
    int n = 0;
    int melanomas = 0;                // images labelled "mel" in the subset
    double balanced_accuracy = 0;     // over the classes present in the subset
    double melanoma_auc = 0;          // NaN without both melanomas and others
};

struct QualityCheckSplit {
    std::string check;  // qualityCheckName, or "any" for flagged by at least one check
    int flagged = 0;
    // Metrics only when the subset holds at least min_images images (few images give noise,
    // not a figure).
    std::optional<QualitySubsetMetrics> on_flagged, on_unflagged;
};

struct QualityEvaluation {
    int n = 0;
    int min_images = 0;
    std::vector<QualityCheckSplit> splits;  // one per check in QualityCheck order, then "any"
};

// `reports[i]` is the quality of the image of labels[i] / probabilities[i]. InvalidArgument on
// size mismatch or what evaluate() refuses.
[[nodiscard]] Result<QualityEvaluation> evaluateByQuality(
    const ModelCard& card, const std::vector<int>& labels,
    const std::vector<std::vector<float>>& probabilities,
    const std::vector<ImageQualityReport>& reports, int min_images = 30);

}  // namespace dermalens
