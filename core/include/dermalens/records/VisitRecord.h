// One encounter of a patient: the images taken on one day (a DICOM study, or a dated import).
#pragma once

#include <string>

#include "dermalens/records/Ids.h"

namespace dermalens {

struct VisitRecord {
    VisitId id;
    PatientId patient;
    std::string date;                // YYYYMMDD, empty when unknown
    std::string study_instance_uid;  // DICOM study this visit came from, empty for raster files
    std::string description;
};

}  // namespace dermalens
