// Patients, lesions and the images of each: the domain model the viewer shows.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "dermalens/imaging/Image.h"
#include "dermalens/records/ImageEntry.h"
#include "dermalens/records/Ids.h"

namespace dermalens {

// One image file of a lesion (a lesion may have several: follow-up visits, views).
struct ImageRecord {
    ImageId image_id;    // content hash; set for images from a store (Workspace)
    VisitId visit_id;
    ImageKind kind = ImageKind::Dermoscopic;
    std::filesystem::path path;  // where to read the pixels (the managed copy for a store)
    ImageMetadata meta;  // what readMetadata() found (empty fields for plain raster files)
    std::string date;    // YYYYMMDD when known (DICOM date, else file name), else empty
};

struct Lesion {
    LesionId lesion_id;  // set for lesions from a store
    std::string laterality;
    std::string id;     // stable within a patient, e.g. "L03" or the DICOM series UID
    std::string label;  // what the user sees, e.g. "Lesion 3 (back)"
    std::string body_site;
    std::vector<ImageRecord> images;  // oldest first
};

struct Patient {
    PatientId patient_id;  // set for patients from a store
    std::string birth_date;  // YYYYMMDD
    std::string sex;
    std::string id;          // DICOM PatientID, folder name, or "unassigned"
    std::string label;       // display name
    bool synthetic = false;  // demo data: the UI labels it SYNTHETIC everywhere
    std::vector<Lesion> lesions;
};

struct Study {
    std::vector<Patient> patients;
    [[nodiscard]] std::size_t imageCount() const;
};

}  // namespace dermalens
