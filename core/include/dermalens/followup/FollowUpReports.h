// What the Workspace reports about follow-up: one comparison of two visits, a lesion's
// timeline, and the patient-level flags (new since the previous visit, changed).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "dermalens/followup/LesionChange.h"
#include "dermalens/records/FollowUpRecords.h"
#include "dermalens/records/LesionRecord.h"

namespace dermalens {

struct VisitComparison {
    ImageId before, after;
    std::string before_date, after_date;  // YYYYMMDD when known
    LesionChange change;
};

struct TimelinePoint {
    ImageId image;
    VisitId visit;
    std::string date;       // YYYYMMDD: the image's acquisition date, else its visit's
    bool outlined = false;  // false when no lesion could be outlined (`shape` is then zeros)
    std::string outline_problem;
    ContourSource outline_source = ContourSource::Automatic;
    ShapeMeasures shape;                          // in mm when the image is calibrated
    std::optional<double> malignant_probability;  // the loaded model's current analysis
    std::string top_class;                        // its class code, empty without one
    std::optional<Finding> finding;               // the newest finding of that visit
};

struct LesionTimeline {
    LesionId lesion;
    std::vector<TimelinePoint> points;  // oldest first
};

// A lesion is Changed when any measure crosses its threshold.
struct ChangeThresholds {
    double area_ratio = 0.20;      // |area ratio - 1| at or above this
    double diameter_ratio = 0.10;  // |diameter ratio - 1| at or above this
    double colour_delta_e = 10.0;  // mean colour Delta E at or above this
};

enum class LesionFlag {
    New,      // first imaged at the latest visit, and the patient had an earlier one
    Changed,  // a measure crossed its threshold
    Unchanged,
    NotComparable,    // registration not trusted and no calibration, or no outline
    NotImagedLatest,  // not photographed at the latest visit
    SingleVisit,      // the patient has only one visit with images
};
[[nodiscard]] const char* toString(LesionFlag flag);

struct LesionChangeFlag {
    LesionId lesion;
    LesionFlag flag = LesionFlag::SingleVisit;
    std::vector<std::string> reasons;  // which thresholds were crossed, or why not comparable
    std::optional<VisitComparison> comparison;
};

struct PatientChanges {
    PatientId patient;
    VisitId latest_visit, previous_visit;  // invalid when there is none
    std::vector<LesionChangeFlag> lesions;
};

// A lesion of the patient (with images or not yet) and where it sits on the body map.
struct BodyMapEntry {
    LesionRecord lesion;
    std::optional<BodyMapPosition> position;  // nullopt: not placed yet
};

// Changed / Unchanged / NotComparable for one comparison, with the reasons.
[[nodiscard]] LesionChangeFlag classifyChange(const LesionChange& change,
                                              const ChangeThresholds& thresholds);

}  // namespace dermalens
