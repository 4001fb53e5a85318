#include "EvaluationJson.h"

#include <algorithm>
#include <numeric>

namespace dermalens::cli {
namespace {

Json confusionJson(const EvaluationReport& r) {
    return Json{{"classes", r.class_codes},
                {"rows", "true class"},
                {"columns", "predicted class"},
                {"counts", r.confusion}};
}

Json reliabilityJson(const EvaluationReport& r) {
    Json bins = Json::array();
    for (const auto& b : r.reliability)
        bins.push_back(Json{{"lower", b.lower},
                            {"upper", b.upper},
                            {"count", b.count},
                            {"mean_confidence", b.count > 0 ? number(b.mean_confidence) : Json()},
                            {"accuracy", b.count > 0 ? number(b.accuracy) : Json()}});
    return bins;
}

Json supportJson(const EvaluationReport& r) {
    Json j = Json::object();
    for (std::size_t k = 0; k < r.class_codes.size(); ++k)
        j[r.class_codes[k]] = std::accumulate(r.confusion[k].begin(), r.confusion[k].end(), 0);
    return j;
}

Json pointsJson(const ValidationRoc& curve) {
    Json points = Json::array();
    for (const auto& p : curve.points)
        points.push_back(Json{{"threshold", p.threshold},
                              {"sensitivity", p.sensitivity},
                              {"specificity", p.specificity}});
    return points;
}

Json namedJson(const OperatingPoint& p) {
    Json j{{"name", p.name}, {"target", rocTargetKey(p.target)}, {"threshold", p.threshold}};
    if (p.target_sensitivity) j["target_sensitivity"] = *p.target_sensitivity;
    j["sensitivity"] = p.sensitivity.value_or(0.0);
    j["specificity"] = p.specificity.value_or(0.0);
    return j;
}

Json subsetJson(const std::optional<QualitySubsetMetrics>& m) {
    if (!m) return nullptr;
    return Json{{"n", m->n},
                {"melanomas", m->melanomas},
                {"balanced_accuracy", number(m->balanced_accuracy)},
                {"melanoma_auc", number(m->melanoma_auc)}};
}

}  // namespace

Json cardRocJson(const RocSection& roc) {
    Json curves = Json::array();
    for (const auto& c : roc.curves)
        curves.push_back(Json{{"target", rocTargetKey(c.target)},
                              {"positive", c.target == RocTarget::Melanoma
                                               ? "melanoma (mel)"
                                               : "the card's malignant classes"},
                              {"auc", number(c.auc)},
                              {"positives", c.positives},
                              {"negatives", c.negatives},
                              {"points", pointsJson(c)}});
    Json named = Json::array();
    for (const auto& p : roc.named) named.push_back(namedJson(p));
    return Json{{"source", roc.source},
                {"score", "calibrated malignant probability (sum over the malignant classes); "
                          "suspicious when >= threshold"},
                {"curves", curves},
                {"operating_points", named},
                {"default_operating_point", roc.default_name}};
}

Json qualityEvaluationJson(const QualityEvaluation& e) {
    Json checks = Json::object();
    const double n = std::max(1, e.n);
    for (const auto& s : e.splits)
        checks[s.check] = Json{{"flagged", s.flagged},
                               {"flagged_fraction", s.flagged / n},
                               {"on_flagged", subsetJson(s.on_flagged)},
                               {"on_unflagged", subsetJson(s.on_unflagged)}};
    return Json{{"min_images", e.min_images}, {"checks", checks}};
}

Json metricsJson(const EvaluationReport& r, const ModelCard& card) {
    Json j;
    j["model"] = modelJson(card);
    j["n"] = r.n;
    j["accuracy"] = number(r.accuracy);
    j["balanced_accuracy"] = number(r.balanced_accuracy);
    j["per_class_recall"] = perClassJson(card, r.recall);
    j["per_class_precision"] = perClassJson(card, r.precision);
    j["per_class_support"] = supportJson(r);
    j["confusion_matrix"] = confusionJson(r);
    j["melanoma_auc"] = number(r.melanoma_roc.auc);
    j["malignant_auc"] = number(r.malignant_roc.auc);
    j["ece"] = number(r.ece);
    j["ece_bins"] = r.reliability.size();
    j["reliability"] = reliabilityJson(r);
    return j;
}

}  // namespace dermalens::cli
