// A patient as the store keeps it.
#pragma once

#include <string>

#include "dermalens/records/Ids.h"

namespace dermalens {

struct PatientRecord {
    PatientId id;
    std::string name;          // UTF-8, DICOM '^' separators already turned into spaces
    std::string birth_date;    // YYYYMMDD or empty
    std::string sex;           // "M", "F", "O" or empty
    std::string external_id;   // DICOM Patient ID, the CSV's patient column, or the folder name
    std::string issuer;        // DICOM Issuer of Patient ID; empty when none
    bool synthetic = false;    // demo data: shown as SYNTHETIC everywhere
    std::string created_at;    // ISO 8601 UTC, set by the store
    std::string last_opened_at;  // ISO 8601 UTC, empty when never opened (recent patients)
};

}  // namespace dermalens
