// The AI results of one visit as a Comprehensive SR following TID 1500 (Measurement Report),
// in the shape IHE AI Results asks for: a device observer, the algorithm's name, version and
// weights sha256 (TID 4019) on every measurement, one measurement group per analysed image
// with the class probabilities, the malignant probability and the flags, each measurement
// inferred from the image it was made on (referenced by SOP Instance).
#pragma once

#include <string>
#include <vector>

#include "dermalens/records/AnalysisRecord.h"
#include "output/DicomModules.h"
#include "output/PhotoWriter.h"

namespace dermalens::output {

inline constexpr const char* kComprehensiveSrClass = "1.2.840.10008.5.1.4.1.1.88.33";

struct ObjectRef {
    std::string sop_class;
    std::string sop_instance;
    std::string series_uid;
    std::string study_uid;
};

struct ClassResult {
    std::string code;  // the model card's class code, e.g. "mel"
    std::string name;  // e.g. "Melanoma"
    double probability = 0;
};

struct AiFinding {
    ObjectRef image;
    std::string lesion_label;  // Tracking Identifier
    std::string lesion_uid;    // Tracking Unique Identifier (stable over visits)
    std::string body_site;
    std::string body_site_code;
    std::string laterality;
    ModelIdentity model;
    std::vector<ClassResult> classes;
    int top_class = -1;
    double malignant_probability = 0;
    bool low_confidence = false;
    bool out_of_distribution = false;
};

[[nodiscard]] Result<DicomObject> writeAiReport(const ObjectContext& context,
                                                const std::vector<AiFinding>& findings);

}  // namespace dermalens::output
