// Evaluation metrics for a labelled set of predictions (used by `dermalens-cli evaluate`
// and the model-card check).
#pragma once

#include <string>
#include <vector>

#include "dermalens/Result.h"
#include "dermalens/model/ModelCard.h"

namespace dermalens {

struct RocCurve {
    std::vector<float> fpr, tpr, thresholds;
    double auc = 0;  // NaN when only one class is present
};

struct ReliabilityBin {
    double lower = 0, upper = 0;
    int count = 0;
    double mean_confidence = 0, accuracy = 0;
};

struct EvaluationReport {
    std::vector<std::string> class_codes;
    int n = 0;
    double accuracy = 0;
    double balanced_accuracy = 0;             // mean recall over classes present in the labels
    std::vector<double> recall, precision;    // per class (NaN when undefined)
    std::vector<std::vector<int>> confusion;  // [true][predicted]
    RocCurve melanoma_roc;                    // class "mel" vs rest
    RocCurve malignant_roc;                   // card's malignant classes vs benign
    double ece = 0;                           // expected calibration error (top class)
    std::vector<ReliabilityBin> reliability;
};

// labels: class index per sample; probabilities: per sample, card class order.
// Fails with InvalidArgument on size mismatch, empty input or labels out of range.
[[nodiscard]] Result<EvaluationReport> evaluate(
    const ModelCard& card, const std::vector<int>& labels,
    const std::vector<std::vector<float>>& probabilities, int ece_bins = 15);

// ROC of scores against binary truth; auc is NaN when one class is absent.
[[nodiscard]] RocCurve rocCurve(const std::vector<float>& scores,
                                const std::vector<bool>& positive);

// Writes confusion_matrix.png, roc.png and reliability.png into `dir` (created if needed).
// Fails with Unreadable naming the file that could not be written, InvalidArgument for an
// empty report.
[[nodiscard]] Result<void> writeEvaluationPlots(const EvaluationReport& report,
                                                const std::string& dir);

}  // namespace dermalens
