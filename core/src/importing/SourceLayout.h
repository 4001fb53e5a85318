// What a file's place in the folder tree and its metadata say about patient, lesion and visit,
// before the store is consulted (ImportPlanner matches these keys against it).
//
// Patient: the CSV's patient column, else DICOM Patient ID (+ Issuer), else the folder layout
// <root>/<patient>/<lesion>/<file> or <root>/<patient>/<file>, else the scanned folder's name.
// Lesion: the CSV's lesion column, else DICOM Lesion Number, else the lesion folder; a DICOM
// image with neither is keyed by body site + laterality (a follow-up study of the same site
// then joins the lesion), and with no site either by its series (each series a lesion).
// Visit: the DICOM study (date: study, else acquisition date); for raster files the CSV date,
// else a date in the file name.
#pragma once

#include <filesystem>

#include "dermalens/importing/ImportPlan.h"
#include "dermalens/importing/MetadataTable.h"

namespace dermalens::detail {

struct SourceFile {
    std::filesystem::path file;
    std::filesystem::path root;  // the scanned folder it was found under (its parent for files)
};

// Fills patient, lesion, visit_date, study_instance_uid and kind of `item` (meta already set).
void describeSource(const SourceFile& source, const ImageMetadataRow* row, bool synthetic,
                    ImportItem& item);

// Human words for a lesion key without a label: "back, left" / "lesion".
[[nodiscard]] std::string lesionLabel(const LesionKey& key);

// DICOM person name "Doe^Jane^^^" -> "Doe Jane".
[[nodiscard]] std::string personName(std::string dicom_name);

}  // namespace dermalens::detail
