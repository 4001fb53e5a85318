#include "dermalens/followup/SevenPointChecklist.h"

namespace dermalens {
namespace {

struct Criterion {
    const char* name;
    int points;
    bool assessed;
    bool present;
};

template <typename E>
bool assessed(E value) {
    return value != E::NotAssessed;
}

std::vector<Criterion> criteria(const DermoscopicStructures& s) {
    return {
        {"atypical pigment network", 2, assessed(s.pigment_network),
         s.pigment_network == NetworkFinding::Atypical},
        {"blue-whitish veil", 2, assessed(s.blue_whitish_veil),
         s.blue_whitish_veil == PresenceFinding::Present},
        {"atypical vascular pattern", 2, assessed(s.vascular_pattern),
         s.vascular_pattern == VascularFinding::Atypical},
        {"irregular streaks", 1, assessed(s.streaks), s.streaks == PatternFinding::Irregular},
        {"irregular pigmentation", 1, assessed(s.blotches),
         s.blotches == PatternFinding::Irregular},
        {"irregular dots/globules", 1, assessed(s.dots_globules),
         s.dots_globules == PatternFinding::Irregular},
        {"regression structures", 1, assessed(s.regression_structures),
         s.regression_structures == PresenceFinding::Present},
    };
}

}  // namespace

SevenPointScore sevenPointScore(const DermoscopicStructures& structures) {
    SevenPointScore score;
    for (const auto& c : criteria(structures)) {
        if (!c.assessed) score.criteria_not_assessed.emplace_back(c.name);
        if (!c.present) continue;
        (c.points == 2 ? score.major_points : score.minor_points) += c.points;
        score.criteria_present.emplace_back(c.name);
    }
    score.total = score.major_points + score.minor_points;
    score.suggests_melanoma = score.total >= kSevenPointMelanomaThreshold;
    return score;
}

}  // namespace dermalens
