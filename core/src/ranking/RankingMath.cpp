#include "ranking/RankingMath.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace dermalens::detail {
namespace {

// Four independent sums let the compiler vectorise the dot product.
double dot(const std::vector<double>& a, const std::vector<double>& b) {
    double s[4] = {0, 0, 0, 0};
    std::size_t k = 0;
    for (; k + 4 <= a.size(); k += 4)
        for (int l = 0; l < 4; ++l) s[l] += a[k + l] * b[k + l];
    for (; k < a.size(); ++k) s[0] += a[k] * b[k];
    return (s[0] + s[1]) + (s[2] + s[3]);
}

std::vector<int> renumberByFirstMember(const std::vector<int>& raw) {
    std::vector<int> mapping(raw.size(), -1), out(raw.size());
    int next = 0;
    for (std::size_t i = 0; i < raw.size(); ++i) {
        auto& id = mapping[static_cast<std::size_t>(raw[i])];
        if (id < 0) id = next++;
        out[i] = id;
    }
    return out;
}

}  // namespace

DistanceMatrix cosineDistances(const std::vector<std::vector<float>>& embeddings) {
    const auto n = embeddings.size();
    std::vector<std::vector<double>> unit;
    std::vector<bool> zero;
    for (const auto& e : embeddings) {
        std::vector<double> v(e.begin(), e.end());
        const double norm = std::sqrt(dot(v, v));
        if (norm > 0)
            for (auto& x : v) x /= norm;
        unit.push_back(std::move(v));
        zero.push_back(norm == 0);
    }
    DistanceMatrix distance(n, std::vector<double>(n, 0.0));
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t j = i + 1; j < n; ++j) {
            const double d = (zero[i] || zero[j])
                                 ? (zero[i] && zero[j] ? 0.0 : 1.0)
                                 : 1.0 - std::clamp(dot(unit[i], unit[j]), -1.0, 1.0);
            distance[i][j] = distance[j][i] = std::max(0.0, d);
        }
    return distance;
}

std::vector<int> averageLinkageClusters(const DistanceMatrix& distance, double cut) {
    const auto n = distance.size();
    std::vector<std::vector<std::size_t>> clusters(n);
    for (std::size_t i = 0; i < n; ++i) clusters[i] = {i};
    auto linkage = [&](const auto& a, const auto& b) {
        double sum = 0;
        for (auto i : a)
            for (auto j : b) sum += distance[i][j];
        return sum / static_cast<double>(a.size() * b.size());
    };
    // n is one patient's lesions (tens), so the naive O(n^3) search is plenty.
    while (clusters.size() > 1) {
        double best = std::numeric_limits<double>::infinity();
        std::size_t ba = 0, bb = 0;
        for (std::size_t a = 0; a < clusters.size(); ++a)
            for (std::size_t b = a + 1; b < clusters.size(); ++b)
                if (const double d = linkage(clusters[a], clusters[b]); d < best)
                    best = d, ba = a, bb = b;
        if (best > cut) break;
        clusters[ba].insert(clusters[ba].end(), clusters[bb].begin(), clusters[bb].end());
        clusters.erase(clusters.begin() + static_cast<std::ptrdiff_t>(bb));
    }
    std::vector<int> raw(n);
    for (std::size_t c = 0; c < clusters.size(); ++c)
        for (auto i : clusters[c]) raw[i] = static_cast<int>(c);
    return renumberByFirstMember(raw);
}

double median(std::vector<double> v) {
    const auto mid = v.size() / 2;
    std::nth_element(v.begin(), v.begin() + static_cast<std::ptrdiff_t>(mid), v.end());
    const double upper = v[mid];
    if (v.size() % 2 == 1) return upper;
    const double lower = *std::max_element(v.begin(), v.begin() + static_cast<std::ptrdiff_t>(mid));
    return 0.5 * (lower + upper);
}

}  // namespace dermalens::detail
