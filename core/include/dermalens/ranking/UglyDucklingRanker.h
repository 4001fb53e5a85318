// Ugly-duckling ranking: which of one patient's lesions looks least like the others.
//
// Method (implemented in UglyDucklingRanker.cpp; keep this comment in sync):
// 1. Each embedding is L2-normalised; dissimilarity is cosine distance 1 - cos(a, b).
// 2. A lesion's raw score is its mean distance to its k nearest other lesions,
//    k = clamp(round(sqrt(n - 1)), 1, 5): a lesion that resembles even a few others is not an
//    outlier, which keeps a patient's two or three look-alike naevi from hiding each other.
// 3. Scores are made robust and comparable across patients: z = (s - median(s)) / (1.4826 * MAD),
//    with the MAD floored at 5% of the median distance so near-identical sets do not explode.
// 4. Rank 1 = highest z; equal z keep input order. With n = 2 both lesions tie (z = 0): there is
//    no majority to deviate from.
// An all-zero embedding has no direction: it is at distance 1 from every non-zero one.
#pragma once

#include <vector>

#include "dermalens/Result.h"

namespace dermalens {

struct UglyDucklingConfig {
    int max_neighbours = 5;
    float outlier_z = 3.0f;  // z above which a lesion is called an outlier
};

struct UglyDucklingResult {
    std::vector<float> raw_scores;  // mean k-NN cosine distance, per input lesion
    std::vector<float> z_scores;    // robust z of raw_scores, per input lesion
    std::vector<int> ranks;         // 1-based rank per input lesion (1 = most unusual)
    std::vector<int> order;         // lesion indices, most unusual first
    std::vector<bool> outlier;      // z_scores > outlier_z
};

class UglyDucklingRanker {
public:
    explicit UglyDucklingRanker(UglyDucklingConfig config = {}) : config_(config) {}

    // Fails with InvalidArgument for fewer than 2 embeddings, unequal lengths, empty
    // or non-finite vectors.
    [[nodiscard]] Result<UglyDucklingResult> rank(
        const std::vector<std::vector<float>>& embeddings) const;

private:
    UglyDucklingConfig config_;
};

}  // namespace dermalens
