// One skin lesion of a patient, followed over visits.
#pragma once

#include <string>

#include "dermalens/records/Ids.h"

namespace dermalens {

struct LesionRecord {
    LesionId id;
    PatientId patient;
    std::string label;          // what the user sees, e.g. "L03 (back)"
    std::string body_site;      // plain words, e.g. "back", "left forearm"
    std::string body_site_code; // coded site (SNOMED CT code value) when known, else empty
    std::string laterality;     // "L", "R", "B" (both / midline) or empty
    std::string external_key;   // the source's lesion identifier (CSV lesion column, DICOM
                                // Lesion Number, lesion folder name); empty when none
    std::string created_at;
};

}  // namespace dermalens
