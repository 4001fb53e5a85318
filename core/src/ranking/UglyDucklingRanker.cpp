#include "dermalens/ranking/UglyDucklingRanker.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <string>

#include "ranking/RankingMath.h"

namespace dermalens {
namespace {

using Matrix = std::vector<std::vector<float>>;

Result<void> validate(const Matrix& embeddings) {
    if (embeddings.size() < 2)
        return fail(ErrorCode::InvalidArgument, "",
                    "ugly-duckling ranking needs at least 2 lesions, got " +
                        std::to_string(embeddings.size()));
    const auto dim = embeddings.front().size();
    for (std::size_t i = 0; i < embeddings.size(); ++i) {
        const auto& e = embeddings[i];
        const auto where = "lesion " + std::to_string(i + 1) + ": ";
        if (e.empty()) return fail(ErrorCode::InvalidArgument, "", where + "empty embedding");
        if (e.size() != dim)
            return fail(ErrorCode::InvalidArgument, "",
                        where + "embedding has " + std::to_string(e.size()) +
                            " values, the first has " + std::to_string(dim));
        if (!std::all_of(e.begin(), e.end(), [](float v) { return std::isfinite(v); }))
            return fail(ErrorCode::InvalidArgument, "", where + "embedding is not finite");
    }
    return {};
}

std::vector<double> knnScores(const std::vector<std::vector<double>>& distance,
                              int max_neighbours) {
    const auto n = distance.size();
    const int k = std::clamp(static_cast<int>(std::lround(std::sqrt(double(n - 1)))), 1,
                             std::max(1, max_neighbours));
    std::vector<double> scores(n);
    std::vector<double> others;
    for (std::size_t i = 0; i < n; ++i) {
        others.clear();
        for (std::size_t j = 0; j < n; ++j)
            if (j != i) others.push_back(distance[i][j]);
        std::partial_sort(others.begin(), others.begin() + k, others.end());
        scores[i] = std::accumulate(others.begin(), others.begin() + k, 0.0) / k;
    }
    return scores;
}

std::vector<double> robustZ(const std::vector<double>& scores) {
    const double med = detail::median(scores);
    std::vector<double> deviations(scores.size());
    std::transform(scores.begin(), scores.end(), deviations.begin(),
                   [med](double s) { return std::abs(s - med); });
    // The floor keeps near-identical sets (MAD ~ 0) from turning noise into huge z.
    const double mad = std::max({detail::median(deviations), 0.05 * med, 1e-6});
    std::vector<double> z(scores.size());
    std::transform(scores.begin(), scores.end(), z.begin(),
                   [&](double s) { return (s - med) / (1.4826 * mad); });
    return z;
}

}  // namespace

Result<UglyDucklingResult> UglyDucklingRanker::rank(const Matrix& embeddings) const {
    if (auto ok = validate(embeddings); !ok) return tl::unexpected(ok.error());
    const auto n = embeddings.size();
    const auto scores = knnScores(detail::cosineDistances(embeddings), config_.max_neighbours);
    // With two lesions there is no majority to deviate from: both tie at z = 0.
    const auto z = n == 2 ? std::vector<double>(2, 0.0) : robustZ(scores);

    UglyDucklingResult result;
    result.raw_scores.assign(scores.begin(), scores.end());
    result.z_scores.assign(z.begin(), z.end());
    result.order.resize(n);
    std::iota(result.order.begin(), result.order.end(), 0);
    // Stable: ties keep input order, so the output is deterministic.
    std::stable_sort(result.order.begin(), result.order.end(),
                     [&](int a, int b) { return z[a] > z[b]; });
    result.ranks.resize(n);
    for (std::size_t r = 0; r < n; ++r) result.ranks[result.order[r]] = static_cast<int>(r) + 1;
    result.outlier.resize(n);
    for (std::size_t i = 0; i < n; ++i) result.outlier[i] = z[i] > config_.outlier_z;
    return result;
}

}  // namespace dermalens
