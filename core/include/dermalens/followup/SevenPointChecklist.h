// The 7-point checklist (Argenziano G et al., Arch Dermatol 1998;134:1563-70), computed from
// the clinician's structures checklist.
//
// Major criteria, 2 points each: atypical pigment network, blue-whitish veil, atypical
// vascular pattern. Minor criteria, 1 point each: irregular streaks, irregular pigmentation
// (blotches), irregular dots/globules, regression structures. A total of 3 or more suggests
// melanoma; below 3, not melanoma. A criterion not assessed scores 0 and makes the score
// incomplete, so the caller can tell "0 points" from "not looked at".
#pragma once

#include <string>
#include <vector>

#include "dermalens/records/Finding.h"

namespace dermalens {

inline constexpr int kSevenPointMelanomaThreshold = 3;

struct SevenPointScore {
    int total = 0;
    int major_points = 0;
    int minor_points = 0;
    std::vector<std::string> criteria_present;       // names of the criteria that scored
    std::vector<std::string> criteria_not_assessed;  // names of those left NotAssessed
    bool suggests_melanoma = false;                  // total >= 3
    [[nodiscard]] bool complete() const { return criteria_not_assessed.empty(); }
};

[[nodiscard]] SevenPointScore sevenPointScore(const DermoscopicStructures& structures);

}  // namespace dermalens
