// The clinician's assessment of one lesion at one visit: the dermoscopic structures seen, free
// text, the management decision, who decided and when, and the AI result that was on screen
// at that moment with the clinician's agreement, so a later review sees both side by side.
//
// Findings are kept, not overwritten: a new assessment is a new Finding, the newest per
// lesion and visit is the current one.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "dermalens/records/AnalysisRecord.h"
#include "dermalens/records/Ids.h"

namespace dermalens {

using FindingId = RowId<struct FindingTag>;

// Every structure starts NotAssessed, which is not the same as "looked for and absent".
enum class NetworkFinding { NotAssessed, Absent, Typical, Atypical };
enum class PatternFinding { NotAssessed, Absent, Regular, Irregular };
enum class PresenceFinding { NotAssessed, Absent, Present };
enum class VascularFinding { NotAssessed, Absent, Typical, Atypical };

// The dermoscopic structures checklist (the 7-point checklist's criteria, plus common clues to
// non-melanocytic lesions).
struct DermoscopicStructures {
    NetworkFinding pigment_network = NetworkFinding::NotAssessed;
    PatternFinding dots_globules = PatternFinding::NotAssessed;
    PatternFinding streaks = PatternFinding::NotAssessed;   // incl. pseudopods, radial streaming
    PatternFinding blotches = PatternFinding::NotAssessed;  // structureless pigmentation
    PresenceFinding blue_whitish_veil = PresenceFinding::NotAssessed;
    PresenceFinding regression_structures = PresenceFinding::NotAssessed;
    VascularFinding vascular_pattern = VascularFinding::NotAssessed;
    PresenceFinding milia_like_cysts = PresenceFinding::NotAssessed;
    PresenceFinding comedo_like_openings = PresenceFinding::NotAssessed;
    PresenceFinding leaf_like_areas = PresenceFinding::NotAssessed;
    std::vector<std::string> other;  // free-form structure names
};

enum class ManagementDecision { NotStated, Reassure, Monitor, Excise, Refer };

// "not stated", "reassure", "monitor", "excise", "refer".
[[nodiscard]] const char* toString(ManagementDecision decision);

struct Management {
    ManagementDecision decision = ManagementDecision::NotStated;
    int monitor_interval_months = 0;  // > 0 when decision is Monitor
    std::string referred_to;          // when decision is Refer; may be empty
};

enum class AiAgreement { NotStated, Agree, Disagree };

// What the AI showed when the clinician decided (copied, so a re-analysis never changes it).
struct AiShown {
    AnalysisId analysis;
    ImageId image;
    ModelIdentity model;
    std::string top_class;  // class code, e.g. "mel"
    double top_probability = 0;
    double malignant_probability = 0;
    bool low_confidence = false;
    bool out_of_distribution = false;
};

struct Finding {
    FindingId id;
    VisitId visit;    // required
    LesionId lesion;  // required
    ImageId image;    // the image assessed, when one was (may be empty)
    DermoscopicStructures structures;
    std::string notes;
    Management management;
    std::string clinician;
    std::optional<AiShown> ai_shown;
    AiAgreement agreement = AiAgreement::NotStated;
    std::string created_at;  // ISO 8601 UTC, set by the store
};

}  // namespace dermalens
