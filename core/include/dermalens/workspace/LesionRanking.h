// A patient's ugly-duckling ranking as the Workspace computes it from stored analyses.
#pragma once

#include <vector>

#include "dermalens/records/Ids.h"
#include "dermalens/ranking/UglyDucklingRanker.h"

namespace dermalens {

struct RankedLesion {
    LesionId lesion;
    ImageId image;             // the latest image of the lesion, whose embedding was ranked
    int rank = 0;              // 1 = most unusual
    float z_score = 0;
    bool outlier = false;
    float malignant_probability = 0;
};

struct LesionRanking {
    std::vector<RankedLesion> lesions;  // most unusual first
    int unanalysed = 0;                 // lesions left out: no current analysis yet
};

}  // namespace dermalens
