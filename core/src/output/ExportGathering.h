// Reads what a DICOM export of one patient needs from the store (private to the core).
#pragma once

#include <string>

#include "dermalens/output/DicomExport.h"
#include "dermalens/store/ImageVault.h"
#include "dermalens/store/Store.h"

namespace dermalens::output {

// The patient, its visits oldest first with their images (by lesion, then oldest first),
// each with its latest analysis by `model_sha256` (any model when empty) and the pixel
// spacing of its calibration when it has one.
[[nodiscard]] Result<DicomExportInput> gatherExportInput(const Store& store,
                                                         const ImageVault& vault, PatientId patient,
                                                         const std::string& model_sha256);

}  // namespace dermalens::output
