// metrics.json of `dermalens-cli evaluate`.
#pragma once

#include "JsonOutput.h"
#include "dermalens/evaluation/Evaluation.h"
#include "dermalens/model/OperatingPoint.h"
#include "dermalens/evaluation/QualityEvaluation.h"

namespace dermalens::cli {

// The report as JSON: n, accuracy, balanced_accuracy, per-class recall/precision/support,
// confusion matrix with its class order, AUCs, ECE and reliability bins, and the model.
[[nodiscard]] Json metricsJson(const EvaluationReport& report, const ModelCard& card);

// The card's "roc" section (core/MODEL_CONTRACT.md) as model.json holds it.
[[nodiscard]] Json cardRocJson(const RocSection& roc);
// {"min_images", "checks": {name: {"flagged", "flagged_fraction", "on_flagged",
// "on_unflagged"}}}; each "on_*" is {n, melanomas, balanced_accuracy, melanoma_auc}, or null
// when that subset has fewer than min_images images.
[[nodiscard]] Json qualityEvaluationJson(const QualityEvaluation& evaluation);

}  // namespace dermalens::cli
