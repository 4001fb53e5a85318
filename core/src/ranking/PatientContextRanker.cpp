#include "dermalens/ranking/PatientContextRanker.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <string>

#include "dermalens/ranking/UglyDucklingRanker.h"
#include "ranking/RankingMath.h"

namespace dermalens {
namespace {

Result<void> validateProbabilities(const std::vector<PatientContextInput>& lesions) {
    if (lesions.size() < 2)
        return fail(ErrorCode::InvalidArgument, "",
                    "patient-context ranking needs at least 2 lesions, got " +
                        std::to_string(lesions.size()));
    for (std::size_t i = 0; i < lesions.size(); ++i) {
        const float p = lesions[i].malignant_probability;
        if (!std::isfinite(p) || p < 0.0f || p > 1.0f)
            return fail(
                ErrorCode::InvalidArgument, "",
                "lesion " + std::to_string(i + 1) + ": malignant probability is not in [0, 1]");
    }
    return {};
}

double logit(float probability) {
    const double p = std::clamp(static_cast<double>(probability), 1e-4, 1.0 - 1e-4);
    return std::log(p / (1.0 - p));
}

// Robust z of the logits against the patient's median, spread floored at `floor`.
std::vector<double> evidenceZ(const std::vector<double>& logits, double floor) {
    const double med = detail::median(logits);
    std::vector<double> deviations(logits.size());
    std::transform(logits.begin(), logits.end(), deviations.begin(),
                   [med](double l) { return std::abs(l - med); });
    const double scale = std::max({1.4826 * detail::median(deviations), floor, 1e-6});
    std::vector<double> z(logits.size());
    std::transform(logits.begin(), logits.end(), z.begin(),
                   [&](double l) { return (l - med) / scale; });
    return z;
}

void explain(const detail::DistanceMatrix& distance, ContextScore& lesion, std::size_t i) {
    for (std::size_t j = 0; j < distance.size(); ++j) {
        if (j == i) continue;
        const auto d = static_cast<float>(distance[i][j]);
        if (lesion.nearest < 0 || d < lesion.nearest_distance)
            lesion.nearest = static_cast<int>(j), lesion.nearest_distance = d;
        if (lesion.farthest < 0 || d > lesion.farthest_distance)
            lesion.farthest = static_cast<int>(j), lesion.farthest_distance = d;
    }
}

}  // namespace

Result<PatientContextResult> PatientContextRanker::rank(
    const std::vector<PatientContextInput>& lesions) const {
    if (auto ok = validateProbabilities(lesions); !ok) return tl::unexpected(ok.error());
    std::vector<std::vector<float>> embeddings;
    std::vector<double> logits;
    for (const auto& l : lesions) {
        embeddings.push_back(l.embedding);
        logits.push_back(logit(l.malignant_probability));
    }
    auto outlier = UglyDucklingRanker({config_.max_neighbours, 0.0f}).rank(embeddings);
    if (!outlier) return tl::unexpected(outlier.error());
    const auto evidence = evidenceZ(logits, config_.evidence_floor);
    const auto distance = detail::cosineDistances(embeddings);
    const auto clusters = detail::averageLinkageClusters(distance, config_.cluster_cut);

    const auto n = lesions.size();
    PatientContextResult result;
    result.lesions.resize(n);
    for (std::size_t i = 0; i < n; ++i) {
        auto& s = result.lesions[i];
        s.evidence = static_cast<float>(logits[i]);
        s.evidence_z = static_cast<float>(evidence[i]);
        s.outlier_z = outlier->z_scores[i];
        // Being odd-looking counts in proportion to the malignant evidence: an unusual but
        // clearly benign lesion (a keratosis among naevi) should not outrank a suspicious one.
        s.score =
            s.evidence_z + config_.outlier_weight * lesions[i].malignant_probability * s.outlier_z;
        s.cluster = clusters[i];
        explain(distance, s, i);
    }
    result.order.resize(n);
    std::iota(result.order.begin(), result.order.end(), 0);
    // Stable: ties keep input order, so the output is deterministic.
    std::stable_sort(result.order.begin(), result.order.end(), [&](int a, int b) {
        return result.lesions[a].score > result.lesions[b].score;
    });
    for (std::size_t r = 0; r < n; ++r) result.lesions[result.order[r]].rank = int(r) + 1;
    auto& top = result.lesions[result.order.front()];
    top.flagged = top.score >= config_.flag_score &&
                  lesions[result.order.front()].malignant_probability >= config_.flag_probability;
    return result;
}

}  // namespace dermalens
