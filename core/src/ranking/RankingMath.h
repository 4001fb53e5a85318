// Distances, clustering and robust statistics shared by the rankers (private to core).
#pragma once

#include <vector>

namespace dermalens::detail {

using DistanceMatrix = std::vector<std::vector<double>>;

// d(a, b) = 1 - cos(a, b), clamped to [0, 2]. A zero vector has no direction: it is treated as
// orthogonal to everything (distance 1) except another zero vector (distance 0).
[[nodiscard]] DistanceMatrix cosineDistances(const std::vector<std::vector<float>>& embeddings);

// Average-linkage agglomerative clustering: clusters merge while the mean distance between
// their members is at most `cut`. Returns a cluster id per item, numbered 0, 1, ... in order
// of each cluster's first item, so the result does not depend on merge order details.
[[nodiscard]] std::vector<int> averageLinkageClusters(const DistanceMatrix& distance, double cut);

// Median of a non-empty vector (mean of the two middle values for an even count).
[[nodiscard]] double median(std::vector<double> values);

}  // namespace dermalens::detail
