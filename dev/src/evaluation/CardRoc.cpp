// The card's ROC section: full curves from Evaluation's rocCurve, thinned for the card, with
// the named points chosen on the full curve so that they hold on the validation fold.
#include "dermalens/evaluation/CardRoc.h"

#include <cmath>

#include "dermalens/evaluation/Evaluation.h"

namespace dermalens {
namespace {

// The curve of the malignant probability against `positive`, without the (infinite) start.
ValidationRoc fullCurve(RocTarget target, const std::vector<float>& scores,
                        const std::vector<bool>& positive) {
    const RocCurve roc = rocCurve(scores, positive);
    ValidationRoc out;
    out.target = target;
    out.auc = roc.auc;
    for (bool p : positive) (p ? out.positives : out.negatives) += 1;
    for (std::size_t i = 1; i < roc.thresholds.size(); ++i)
        out.points.push_back({roc.thresholds[i], roc.tpr[i], 1.0 - roc.fpr[i]});
    return out;
}

void addNamed(RocSection& section, const ValidationRoc& curve, const CardRocOptions& o) {
    for (double s : o.sensitivities)
        if (const auto p = firstReaching(curve, s)) {
            OperatingPoint point{sensitivityPointName(curve.target, s), curve.target,
                                 p->threshold, s, p->sensitivity, p->specificity};
            section.named.push_back(point);
        }
    if (const auto p = youdenPoint(curve))
        section.named.push_back({rocTargetKey(curve.target) + " Youden", curve.target,
                                 p->threshold, std::nullopt, p->sensitivity, p->specificity});
}

bool isNamed(const RocSection& section, const ValidationRoc& curve, double threshold) {
    for (const auto& p : section.named)
        if (p.target == curve.target && p.threshold == threshold) return true;
    return false;
}

// Keeps the points where the curve moved by `step`, the named ones and the last.
void thin(ValidationRoc& curve, const RocSection& section, double step) {
    std::vector<RocPoint> kept;
    for (std::size_t i = 0; i < curve.points.size(); ++i) {
        const RocPoint& p = curve.points[i];
        const bool moved = kept.empty() ||
                           std::abs(p.sensitivity - kept.back().sensitivity) >= step ||
                           std::abs(p.specificity - kept.back().specificity) >= step;
        if (moved || i + 1 == curve.points.size() || isNamed(section, curve, p.threshold))
            kept.push_back(p);
    }
    curve.points = std::move(kept);
}

}  // namespace

std::string sensitivityPointName(RocTarget target, double sensitivity) {
    return rocTargetKey(target) + " sensitivity " +
           std::to_string(static_cast<int>(std::lround(sensitivity * 100))) + " %";
}

Result<RocSection> cardRoc(const ModelCard& card, const std::vector<int>& labels,
                           const std::vector<std::vector<float>>& probabilities,
                           const CardRocOptions& options) {
    if (labels.size() != probabilities.size() || labels.empty())
        return fail(ErrorCode::InvalidArgument, "", "labels and predictions differ in number");
    const int mel = card.classIndex("mel");
    std::vector<float> scores(labels.size(), 0.0f);
    std::vector<bool> malignant(labels.size()), melanoma(labels.size());
    for (std::size_t i = 0; i < labels.size(); ++i) {
        if (labels[i] < 0 || labels[i] >= static_cast<int>(card.classes.size()) ||
            probabilities[i].size() != card.classes.size())
            return fail(ErrorCode::InvalidArgument, "", "sample " + std::to_string(i) +
                                                            " does not match the card's classes");
        // Summed in class order in float, exactly as Classifier computes the probability.
        for (std::size_t k = 0; k < card.classes.size(); ++k)
            if (card.classes[k].malignant) scores[i] += probabilities[i][k];
        malignant[i] = card.classes[labels[i]].malignant;
        melanoma[i] = labels[i] == mel;
    }
    RocSection section;
    section.source = options.source;
    section.curves.push_back(fullCurve(RocTarget::Malignant, scores, malignant));
    if (mel >= 0) section.curves.push_back(fullCurve(RocTarget::Melanoma, scores, melanoma));
    for (const auto& c : section.curves) {
        if (c.positives == 0 || c.negatives == 0)
            return fail(ErrorCode::InvalidArgument, "",
                        "the " + rocTargetKey(c.target) + " curve needs positives and negatives");
        addNamed(section, c, options);
    }
    for (auto& c : section.curves) thin(c, section, options.step);
    section.default_name = section.find(options.default_name) ? options.default_name : "";
    return section;
}

}  // namespace dermalens
