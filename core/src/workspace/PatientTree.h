// Builds the Patient tree the front ends show from the store's records.
#pragma once

#include "dermalens/store/ImageVault.h"
#include "dermalens/store/Store.h"
#include "dermalens/study/Study.h"
#include "dermalens/workspace/PatientSummary.h"

namespace dermalens::detail {

// Lesions ordered by label, images oldest visit first; lesions without images left out.
[[nodiscard]] Result<Patient> patientTree(const Store& store, const ImageVault& vault,
                                          const PatientRecord& record);

[[nodiscard]] Result<PatientSummary> summarize(const Store& store, const PatientRecord& record);

// The image of a lesion that is current: the one of the latest visit (last of `images`,
// which the store orders oldest first).
[[nodiscard]] const ImageEntry* currentImage(const std::vector<ImageEntry>& images);

}  // namespace dermalens::detail
