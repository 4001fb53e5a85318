// One line of the patient list: the record plus what the list shows about it.
#pragma once

#include <string>

#include "dermalens/records/PatientRecord.h"

namespace dermalens {

struct PatientSummary {
    PatientRecord record;
    std::string display_name;  // name, else external id; " (SYNTHETIC)" appended for demo data
    int lesion_count = 0;
    int image_count = 0;
    std::string latest_visit;  // YYYYMMDD of the newest dated visit, empty when none
};

}  // namespace dermalens
