// Patient-context ranking: which of one patient's lesions most deserves a look, judged against
// the patient's own lesions rather than in isolation.
//
// Method (implemented in PatientContextRanker.cpp; keep this comment in sync):
// 1. Malignant evidence: l = logit(p), p = the classifier's calibrated malignant probability,
//    clamped to [1e-4, 1 - 1e-4]. It is measured against the patient's own baseline as a robust
//    z: e = (l - median(l)) / max(1.4826 * MAD(l), evidence_floor). A lesion the model finds only
//    mildly suspicious stands out in a patient whose other lesions all look clearly benign, less
//    so in a patient with many borderline lesions.
// 2. Outlierness: the ugly-duckling z of UglyDucklingRanker (k-NN cosine distance between
//    embeddings, robust z within the patient).
// 3. score = e + outlier_weight * p * outlier z: looking odd counts in proportion to the
//    malignant evidence, so an unusual but clearly benign lesion (a keratosis among naevi) does
//    not push a suspicious one down. Rank 1 = highest score; ties keep input order.
// 4. "Most unusual" flag, only ever on rank 1: score >= flag_score and p >= flag_probability.
//    Both parts are needed: a lesion must stand out from this patient's others AND the model
//    must see strong malignant evidence. The classifier calls some naevi malignant with
//    confidence, so a low false-flag rate on all-benign patients needs a high flag_probability.
// 5. Explanation: for each lesion its nearest and farthest other lesion (cosine distance) and a
//    cluster id from average-linkage agglomerative clustering cut at cluster_cut (0.3 is about
//    the 30th percentile of cosine distances between fold-0 lesions: "look-alikes").
// The defaults were chosen on the tune half of the lesions of HAM10000 validation fold 0 for
// the shipped model (`dermalens-cli rank-eval --half tune`, seed 1): outlier_weight from
// {0.1 .. 2} and evidence_floor from {0.5 .. 4, none} for the mean top-1 over the malignant
// scenarios; the flag for at most 10 % flagged all-benign patients. Never on the test half.
#pragma once

#include <vector>

#include "dermalens/Result.h"

namespace dermalens {

struct PatientContextConfig {
    float outlier_weight = 1.0f;     // weight of p * embedding outlierness against the evidence
    float evidence_floor = 1.0f;     // least robust spread of the patient's logits (logit units)
    float flag_score = 3.0f;         // rank 1 is flagged at this score or above ...
    float flag_probability = 0.85f;  // ... when its malignant probability is at least this
    float cluster_cut = 0.3f;        // average-linkage cut, cosine distance
    int max_neighbours = 5;          // as UglyDucklingConfig
};

struct PatientContextInput {
    float malignant_probability = 0;  // calibrated, in [0, 1]
    std::vector<float> embedding;
};

struct ContextScore {
    float score = 0;                  // evidence_z + outlier_weight * p * outlier_z
    float evidence = 0;               // logit of the malignant probability
    float evidence_z = 0;             // against the patient's median / MAD
    float outlier_z = 0;              // ugly-duckling z of the embedding
    int rank = 0;                     // 1 = most suspicious in this patient
    bool flagged = false;             // "most unusual" (rank 1 only)
    int nearest = -1, farthest = -1;  // indices of other lesions of the patient
    float nearest_distance = 0, farthest_distance = 0;  // cosine distances
    int cluster = 0;  // 0-based, numbered in order of first member
};

struct PatientContextResult {
    std::vector<ContextScore> lesions;  // per input lesion, input order
    std::vector<int> order;             // lesion indices, rank 1 first
};

class PatientContextRanker {
public:
    explicit PatientContextRanker(PatientContextConfig config = {}) : config_(config) {}

    // Fails with InvalidArgument for fewer than 2 lesions, a probability outside [0, 1] or not
    // finite, or embeddings UglyDucklingRanker rejects (empty, unequal lengths, not finite).
    [[nodiscard]] Result<PatientContextResult> rank(
        const std::vector<PatientContextInput>& lesions) const;

    [[nodiscard]] const PatientContextConfig& config() const { return config_; }

private:
    PatientContextConfig config_;
};

}  // namespace dermalens
