// What an import is told besides the files.
#pragma once

#include <filesystem>

#include "dermalens/records/ImageEntry.h"

namespace dermalens {

struct ImportOptions {
    // Optional CSV of metadata (see MetadataTable): image, lesion, patient, age, sex, site, date.
    std::filesystem::path metadata_csv;
    ImageKind default_kind = ImageKind::Dermoscopic;  // for files whose kind is not known
    bool synthetic = false;  // the demo study: every patient is marked SYNTHETIC
};

}  // namespace dermalens
