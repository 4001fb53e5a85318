// Builds an ImportPlan in two steps, so the store is only locked for the short second one:
// 1. scanSources reads each file's metadata and hash and what its source says (SourceLayout);
// 2. matchStore marks duplicates and matches patients, lesions and visits already stored:
//    - same image bytes in the store or earlier in the plan: Duplicate;
//    - a lesion key with an external key joins the stored lesion with that key;
//    - a DICOM lesion keyed by body site joins the one stored lesion at that site and side
//      (a follow-up visit); several stored lesions there: NeedsReview with them as candidates;
//    - a DICOM image of a known patient with neither site nor lesion number: NeedsReview,
//      every stored lesion of the patient a candidate (it may be a follow-up of any).
#pragma once

#include <filesystem>
#include <vector>

#include "dermalens/importing/ImportOptions.h"
#include "dermalens/importing/ImportPlan.h"
#include "dermalens/store/Store.h"

namespace dermalens::detail {

[[nodiscard]] Result<ImportPlan> scanSources(const std::vector<std::filesystem::path>& inputs,
                                             const ImportOptions& options,
                                             const ProgressCallback& progress,
                                             const CancelCallback& cancel);

[[nodiscard]] Result<void> matchStore(const Store& store, ImportPlan& plan);

// The stored lesion of `patient` that `key` names (external key, else same site, side and
// label for keys without one); invalid when none. Used by matchStore and by the commit.
[[nodiscard]] LesionId findLesion(const std::vector<LesionRecord>& lesions, const LesionKey& key);

}  // namespace dermalens::detail
