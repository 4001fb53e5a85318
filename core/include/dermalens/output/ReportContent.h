// What a patient or lesion report says, gathered by Workspace::reportContent and laid out by
// the report library (report/, Qt). Plain data: every number and word the PDF shows comes from
// here, so the CLI, the GUI and the tests print the same report.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <opencv2/core/mat.hpp>

#include "dermalens/followup/FollowUpReports.h"
#include "dermalens/model/OperatingPoint.h"
#include "dermalens/records/BodyMapPosition.h"
#include "dermalens/records/Finding.h"
#include "dermalens/records/ImageEntry.h"
#include "dermalens/records/Measurement.h"
#include "dermalens/ranking/PatientContextRanker.h"

namespace dermalens {

struct ReportOptions {
    // No name, patient id, birth date or free text; dates become "visit N, day +D"; overview
    // photos (may show a face) are left out; nothing is ever drawn into the pixels.
    bool deidentify = false;
    int image_max_side = 640;  // photos and overlays are scaled down to this (pixels)
    // Compute the Grad-CAM of a current image that has none stored (needs a loaded model).
    bool compute_missing_heatmaps = true;
    // The point in use (the viewer's setting); nullopt = the loaded card's default point.
    std::optional<OperatingPoint> operating_point;
};

// When the report calls a lesion "suspicious": its calibrated malignant probability is at or
// above the operating point's threshold (chosen on the card's validation ROC, else the card's
// default). It also marks the "most unusual" lesion (patient-context score at or above
// outlier_z, with malignant probability at least PatientContextConfig::flag_probability) and the
// model's low-confidence / out-of-distribution flags.
struct ReportOperatingPoint {
    bool applied = false;  // a model is loaded (without one no lesion is called suspicious)
    OperatingPoint point;
    double outlier_z = PatientContextConfig{}.flag_score;  // the ranker's default
};

struct ReportPatient {
    bool deidentified = false;
    std::string name;  // all empty when deidentified
    std::string external_id;
    std::string birth_date;  // YYYYMMDD
    std::string sex;
    bool synthetic = false;
};

struct ReportVisit {
    VisitId id;
    std::string date;  // YYYYMMDD, or "" when unknown or deidentified
    int day = 0;       // days since the first dated visit (used when deidentified)
    int number = 0;    // 1 = first visit
    std::string description;
    int images = 0;
};

struct ReportClass {
    std::string code, name;
    bool malignant = false;
    double probability = 0;  // calibrated
};

struct ReportPrediction {
    std::string top_class;  // code
    std::vector<ReportClass> classes;  // highest first
    double malignant_probability = 0;  // calibrated: sum over the card's malignant classes
    bool suspicious = false;           // at or above the report's operating point
    bool low_confidence = false;
    bool out_of_distribution = false;
    double normalized_entropy = 0;
    std::string analysed_at;
};

struct ReportHeatmap {
    cv::Mat overlay;        // RGB, same size as the lesion's photo
    cv::Mat legend;         // RGB colour bar, low on the left
    std::string class_name;  // the class the map explains
    std::string colormap;    // e.g. "jet"
    double opacity = 0.45;
    bool per_image_normalised = true;  // min-max of this map: not comparable across images
};

struct ReportTimelinePoint {
    int visit_number = 0;
    std::string date;  // empty when deidentified
    int day = 0;
    bool outlined = false;
    double area = 0, longest_diameter = 0;
    std::string length_unit, area_unit;
    std::optional<double> malignant_probability;
};

struct ReportLesion {
    LesionId id;
    int number = 0;  // 1-based, in report order
    std::string label, body_site, laterality;
    std::optional<BodyMapPosition> position;
    ImageId image;  // the current image (latest visit)
    ImageKind kind = ImageKind::Dermoscopic;
    int visit_number = 0;
    std::string image_date;  // empty when deidentified
    cv::Mat photo;           // RGB, scaled to ReportOptions::image_max_side; empty if left out
    std::string photo_problem;  // why there is no photo / no overlay
    std::optional<ReportHeatmap> heatmap;
    std::string heatmap_problem;
    std::optional<ReportPrediction> prediction;
    int rank = 0;  // ugly-duckling rank, 1 = most unusual; 0 = not ranked
    double z_score = 0;
    bool outlier = false;
    std::vector<Measurement> measurements;  // the clinician's, on the current image
    std::optional<ShapeMeasures> shape;     // the current image's outline
    std::vector<ReportTimelinePoint> timeline;
    std::optional<LesionChangeFlag> change;  // against the previous visit
    std::optional<Finding> finding;          // the newest (notes empty when deidentified)
};

struct ReportModelCard {
    bool loaded = false;
    std::string name, version, sha256, architecture, intended_use, license, calibration;
    std::vector<std::string> limitations;
};

struct ReportContent {
    bool lesion_report = false;  // one lesion, else the whole patient
    std::string generated_at;    // ISO 8601 UTC
    ReportPatient patient;
    std::vector<ReportVisit> visits;  // oldest first
    std::vector<ReportLesion> lesions;
    int ranked = 0;      // lesions with a ranking
    int unanalysed = 0;  // lesions without a current analysis
    ReportOperatingPoint operating_point;
    ReportModelCard model;
};

}  // namespace dermalens
