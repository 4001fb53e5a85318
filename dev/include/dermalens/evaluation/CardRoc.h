// The model card's "roc" section from labelled validation predictions: the malignant-vs-benign
// and the melanoma-vs-rest curve of the calibrated malignant probability (the number the
// program shows and thresholds), and named operating points on them. `dermalens-cli evaluate`
// writes it (card_roc.json); training/add_card_roc.py puts it into model.json.
#pragma once

#include <string>
#include <vector>

#include "dermalens/model/ModelCard.h"
#include "dermalens/Result.h"

namespace dermalens {

struct CardRocOptions {
    std::string source;              // e.g. "validation fold 0 (2014 images)"
    std::vector<double> sensitivities{0.95, 0.90};  // named points per curve
    double step = 0.005;  // a point is kept when sensitivity or specificity moved this much
    std::string default_name = "malignant sensitivity 95 %";
};

// labels: class index per sample; probabilities: calibrated, card class order. Named points
// are exact points of the full curve (firstReaching, youdenPoint) and are always kept.
// Fails with InvalidArgument on size mismatch or when a curve lacks positives or negatives.
[[nodiscard]] Result<RocSection> cardRoc(const ModelCard& card, const std::vector<int>& labels,
                                         const std::vector<std::vector<float>>& probabilities,
                                         const CardRocOptions& options = {});

// The named point's card name, e.g. "melanoma sensitivity 95 %", "malignant Youden".
[[nodiscard]] std::string sensitivityPointName(RocTarget target, double sensitivity);

}  // namespace dermalens
