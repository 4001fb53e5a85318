#include "dermalens/evaluation/QualityEvaluation.h"

#include <algorithm>
#include <functional>

#include "dermalens/evaluation/Evaluation.h"

namespace dermalens {
namespace {

using Selector = std::function<bool(const ImageQualityReport&)>;

// The metrics on the samples whose report `keep` selects; nullopt below min_images.
Result<std::optional<QualitySubsetMetrics>> subsetMetrics(
    const ModelCard& card, const std::vector<int>& labels,
    const std::vector<std::vector<float>>& probabilities,
    const std::vector<ImageQualityReport>& reports, const Selector& keep, int min_images) {
    std::vector<int> subsetLabels;
    std::vector<std::vector<float>> subsetProbabilities;
    for (std::size_t i = 0; i < labels.size(); ++i) {
        if (!keep(reports[i])) continue;
        subsetLabels.push_back(labels[i]);
        subsetProbabilities.push_back(probabilities[i]);
    }
    if (static_cast<int>(subsetLabels.size()) < min_images || subsetLabels.empty())
        return std::optional<QualitySubsetMetrics>{};
    auto report = evaluate(card, subsetLabels, subsetProbabilities);
    if (!report) return tl::unexpected(report.error());
    const int mel = card.classIndex("mel");
    QualitySubsetMetrics m;
    m.n = report->n;
    m.melanomas = static_cast<int>(std::count(subsetLabels.begin(), subsetLabels.end(), mel));
    m.balanced_accuracy = report->balanced_accuracy;
    m.melanoma_auc = report->melanoma_roc.auc;
    return std::optional<QualitySubsetMetrics>{m};
}

Result<QualityCheckSplit> split(const ModelCard& card, const std::vector<int>& labels,
                                const std::vector<std::vector<float>>& probabilities,
                                const std::vector<ImageQualityReport>& reports,
                                const std::string& name, const Selector& flagged,
                                int min_images) {
    QualityCheckSplit s;
    s.check = name;
    s.flagged = static_cast<int>(std::count_if(reports.begin(), reports.end(), flagged));
    auto on = subsetMetrics(card, labels, probabilities, reports, flagged, min_images);
    if (!on) return tl::unexpected(on.error());
    const Selector unflagged = [&](const ImageQualityReport& r) { return !flagged(r); };
    auto off = subsetMetrics(card, labels, probabilities, reports, unflagged, min_images);
    if (!off) return tl::unexpected(off.error());
    s.on_flagged = *on;
    s.on_unflagged = *off;
    return s;
}

}  // namespace

Result<QualityEvaluation> evaluateByQuality(const ModelCard& card, const std::vector<int>& labels,
                                            const std::vector<std::vector<float>>& probabilities,
                                            const std::vector<ImageQualityReport>& reports,
                                            int min_images) {
    if (reports.size() != labels.size())
        return fail(ErrorCode::InvalidArgument, "",
                    std::to_string(labels.size()) + " labels but " +
                        std::to_string(reports.size()) + " quality reports");
    QualityEvaluation e;
    e.n = static_cast<int>(labels.size());
    e.min_images = min_images;
    constexpr QualityCheck kChecks[] = {QualityCheck::Blur, QualityCheck::Underexposure,
                                        QualityCheck::Overexposure, QualityCheck::Ink,
                                        QualityCheck::Ruler, QualityCheck::Hair};
    for (const auto check : kChecks) {
        const Selector flagged = [check](const ImageQualityReport& r) { return r.flagged(check); };
        auto s = split(card, labels, probabilities, reports, qualityCheckName(check), flagged,
                       min_images);
        if (!s) return tl::unexpected(s.error());
        e.splits.push_back(std::move(*s));
    }
    const Selector any = [](const ImageQualityReport& r) { return r.anyFlagged(); };
    auto s = split(card, labels, probabilities, reports, "any", any, min_images);
    if (!s) return tl::unexpected(s.error());
    e.splits.push_back(std::move(*s));
    return e;
}

}  // namespace dermalens
