// metrics.json of `dermalens-cli evaluate`.
#pragma once

#include "JsonOutput.h"
#include "dermalens/evaluation/Evaluation.h"

namespace dermalens::cli {

// The report as JSON: n, accuracy, balanced_accuracy, per-class recall/precision/support,
// confusion matrix with its class order, AUCs, ECE and reliability bins, and the model.
[[nodiscard]] Json metricsJson(const EvaluationReport& report, const ModelCard& card);

}  // namespace dermalens::cli
