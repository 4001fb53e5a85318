// A patient's lesion ranking as the Workspace computes it from stored analyses
// (PatientContextRanker: malignant evidence against the patient's own baseline plus
// embedding outlierness; see dermalens/ranking/PatientContextRanker.h).
#pragma once

#include <vector>

#include "dermalens/records/Ids.h"
#include "dermalens/ranking/PatientContextRanker.h"

namespace dermalens {

struct RankedLesion {
    LesionId lesion;
    ImageId image;             // the latest image of the lesion, whose analysis was ranked
    int rank = 0;              // 1 = most unusual / most deserving a look in this patient
    float z_score = 0;         // the patient-context score (z units): evidence_z + w * p * outlier_z
    bool outlier = false;      // flagged "most unusual" (only ever rank 1)
    float malignant_probability = 0;
    // The parts of the score and the explanation of the odd one.
    float evidence_z = 0;      // malignant logit against the patient's median / MAD
    float outlier_z = 0;       // embedding k-NN outlierness within the patient
    LesionId nearest, farthest;  // most and least similar other lesion (embedding)
    float nearest_distance = 0, farthest_distance = 0;  // cosine distances
    int cluster = 0;           // look-alike group within the patient, 0-based
};

struct LesionRanking {
    std::vector<RankedLesion> lesions;  // most unusual first
    int unanalysed = 0;                 // lesions left out: no current analysis yet
    PatientContextConfig config;        // the parameters used (flag thresholds, cluster cut)
};

}  // namespace dermalens
