#include "dermalens/evaluation/Evaluation.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <string>

namespace dermalens {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

Result<void> validate(const ModelCard& card, const std::vector<int>& labels,
                      const std::vector<std::vector<float>>& probabilities, int ece_bins) {
    const auto classes = static_cast<int>(card.classes.size());
    if (labels.empty()) return fail(ErrorCode::InvalidArgument, "", "no samples to evaluate");
    if (labels.size() != probabilities.size())
        return fail(ErrorCode::InvalidArgument, "",
                    std::to_string(labels.size()) + " labels but " +
                        std::to_string(probabilities.size()) + " probability vectors");
    if (ece_bins < 1) return fail(ErrorCode::InvalidArgument, "", "ece_bins must be at least 1");
    for (std::size_t i = 0; i < labels.size(); ++i) {
        const auto sample = "sample " + std::to_string(i) + ": ";
        if (labels[i] < 0 || labels[i] >= classes)
            return fail(ErrorCode::InvalidArgument, "",
                        sample + "label " + std::to_string(labels[i]) + " is not a class index");
        if (static_cast<int>(probabilities[i].size()) != classes)
            return fail(ErrorCode::InvalidArgument, "",
                        sample + "has " + std::to_string(probabilities[i].size()) +
                            " probabilities, the model has " + std::to_string(classes) +
                            " classes");
        const auto& p = probabilities[i];
        if (!std::all_of(p.begin(), p.end(), [](float v) { return std::isfinite(v); }))
            return fail(ErrorCode::InvalidArgument, "", sample + "probabilities are not finite");
    }
    return {};
}

int argmax(const std::vector<float>& p) {
    return static_cast<int>(std::max_element(p.begin(), p.end()) - p.begin());
}

void fillClassMetrics(EvaluationReport& r, const std::vector<int>& labels,
                      const std::vector<int>& predicted) {
    const auto c = r.class_codes.size();
    r.confusion.assign(c, std::vector<int>(c, 0));
    for (std::size_t i = 0; i < labels.size(); ++i) ++r.confusion[labels[i]][predicted[i]];
    r.recall.assign(c, kNaN);
    r.precision.assign(c, kNaN);
    int correct = 0;
    double recall_sum = 0;
    int present = 0;
    for (std::size_t k = 0; k < c; ++k) {
        const int tp = r.confusion[k][k];
        correct += tp;
        const int actual = std::accumulate(r.confusion[k].begin(), r.confusion[k].end(), 0);
        int called = 0;
        for (std::size_t t = 0; t < c; ++t) called += r.confusion[t][k];
        if (actual > 0) {
            r.recall[k] = double(tp) / actual;
            recall_sum += r.recall[k];
            ++present;
        }
        if (called > 0) r.precision[k] = double(tp) / called;
    }
    r.accuracy = double(correct) / static_cast<double>(labels.size());
    r.balanced_accuracy = present > 0 ? recall_sum / present : kNaN;
}

void fillCalibration(EvaluationReport& r, const std::vector<int>& labels,
                     const std::vector<std::vector<float>>& probabilities,
                     const std::vector<int>& predicted, int bins) {
    r.reliability.assign(bins, {});
    std::vector<double> conf_sum(bins, 0), correct(bins, 0);
    for (std::size_t i = 0; i < labels.size(); ++i) {
        const double conf = probabilities[i][predicted[i]];
        // Bins are (lower, upper]; a confidence of exactly 0 goes to the first bin.
        const int b = std::clamp(static_cast<int>(std::ceil(conf * bins)) - 1, 0, bins - 1);
        ++r.reliability[b].count;
        conf_sum[b] += conf;
        correct[b] += labels[i] == predicted[i] ? 1 : 0;
    }
    r.ece = 0;
    for (int b = 0; b < bins; ++b) {
        auto& bin = r.reliability[b];
        bin.lower = double(b) / bins;
        bin.upper = double(b + 1) / bins;
        if (bin.count == 0) continue;
        bin.mean_confidence = conf_sum[b] / bin.count;
        bin.accuracy = correct[b] / bin.count;
        r.ece += std::abs(bin.accuracy - bin.mean_confidence) * bin.count /
                 static_cast<double>(labels.size());
    }
}

RocCurve oneVsRest(const ModelCard& card, const std::vector<int>& labels,
                   const std::vector<std::vector<float>>& probabilities,
                   const std::vector<bool>& positive_class) {
    std::vector<float> scores(labels.size(), 0.0f);
    std::vector<bool> positive(labels.size());
    for (std::size_t i = 0; i < labels.size(); ++i) {
        for (std::size_t k = 0; k < card.classes.size(); ++k)
            if (positive_class[k]) scores[i] += probabilities[i][k];
        positive[i] = positive_class[labels[i]];
    }
    return rocCurve(scores, positive);
}

}  // namespace

RocCurve rocCurve(const std::vector<float>& scores, const std::vector<bool>& positive) {
    RocCurve roc;
    const auto n = std::min(scores.size(), positive.size());
    const auto pos = static_cast<double>(std::count(positive.begin(), positive.begin() + n, true));
    const double neg = static_cast<double>(n) - pos;
    std::vector<std::size_t> order(n);
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](auto a, auto b) { return scores[a] > scores[b]; });
    roc.fpr.push_back(0);
    roc.tpr.push_back(0);
    roc.thresholds.push_back(std::numeric_limits<float>::infinity());
    double tp = 0, fp = 0, area = 0;
    // One point per distinct score, so tied scores make a diagonal step (counts 1/2 in the AUC).
    for (std::size_t i = 0; i < n;) {
        const float t = scores[order[i]];
        const double fp_before = fp, tp_before = tp;
        for (; i < n && scores[order[i]] == t; ++i) (positive[order[i]] ? tp : fp) += 1;
        area += (fp - fp_before) * (tp + tp_before) / 2;
        roc.fpr.push_back(neg > 0 ? static_cast<float>(fp / neg) : 0.0f);
        roc.tpr.push_back(pos > 0 ? static_cast<float>(tp / pos) : 0.0f);
        roc.thresholds.push_back(t);
    }
    roc.auc = pos > 0 && neg > 0 ? area / (pos * neg) : kNaN;
    return roc;
}

Result<EvaluationReport> evaluate(const ModelCard& card, const std::vector<int>& labels,
                                  const std::vector<std::vector<float>>& probabilities,
                                  int ece_bins) {
    if (auto ok = validate(card, labels, probabilities, ece_bins); !ok)
        return tl::unexpected(ok.error());
    EvaluationReport r;
    for (const auto& c : card.classes) r.class_codes.push_back(c.code);
    r.n = static_cast<int>(labels.size());
    std::vector<int> predicted(labels.size());
    std::transform(probabilities.begin(), probabilities.end(), predicted.begin(), argmax);
    fillClassMetrics(r, labels, predicted);
    fillCalibration(r, labels, probabilities, predicted, ece_bins);

    const int mel = card.classIndex("mel");
    if (mel >= 0) {
        std::vector<bool> is_mel(card.classes.size(), false);
        is_mel[mel] = true;
        r.melanoma_roc = oneVsRest(card, labels, probabilities, is_mel);
    } else {
        r.melanoma_roc.auc = kNaN;  // the model has no melanoma class
    }
    std::vector<bool> malignant(card.classes.size());
    for (std::size_t k = 0; k < card.classes.size(); ++k) malignant[k] = card.classes[k].malignant;
    r.malignant_roc = oneVsRest(card, labels, probabilities, malignant);
    return r;
}

}  // namespace dermalens
