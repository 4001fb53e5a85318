// ImportPlan: what an import would do, item by item, before anything is committed.
//
// The planner (Workspace::planImport) fills one ImportItem per readable file with the patient,
// lesion and visit it proposes. Items it cannot group with confidence are NeedsReview, with the
// reason and the candidate lesions; the user (GUI review dialog, or the CLI's --accept-review)
// confirms or edits them by setting `action` to Import and, if wanted, `target_lesion`.
// Workspace::commitImport commits the Import items only.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "dermalens/imaging/Image.h"
#include "dermalens/records/Ids.h"
#include "dermalens/records/ImageEntry.h"

namespace dermalens {

enum class ImportAction {
    Import,       // will be committed
    Duplicate,    // the same bytes are already in the store or earlier in this plan
    NeedsReview,  // grouping is ambiguous; committed only after the user decides
};

[[nodiscard]] std::string toString(ImportAction action);  // "import", "duplicate", "review"

// Who the image belongs to, as the source says it.
struct PatientKey {
    std::string external_id;  // DICOM Patient ID, CSV patient, or folder name
    std::string issuer;       // DICOM Issuer of Patient ID
    std::string name;         // UTF-8
    std::string birth_date;   // YYYYMMDD
    std::string sex;
    bool synthetic = false;
};

// Which lesion, as the source says it. Items with equal keys of one patient are one lesion.
struct LesionKey {
    std::string external_key;  // CSV lesion, DICOM Lesion Number, or lesion folder name
    std::string label;
    std::string body_site;
    std::string body_site_code;
    std::string laterality;
    [[nodiscard]] bool operator==(const LesionKey&) const = default;
};

struct ImportItem {
    std::filesystem::path source;
    ImageId id;
    ImageMetadata meta;
    ImageKind kind = ImageKind::Dermoscopic;
    PatientKey patient;
    LesionKey lesion;
    std::string visit_date;          // YYYYMMDD or empty
    std::string study_instance_uid;  // groups DICOM images into one visit
    std::string age;                 // from the metadata CSV, informative

    PatientId existing_patient;  // the store's patient this key matched (invalid: new patient)
    LesionId target_lesion;      // join this existing lesion (invalid: new lesion from the key)
    std::vector<LesionId> candidates;  // existing lesions that could be meant (review)

    ImportAction action = ImportAction::Import;
    std::string note;  // why it needs review, or what it duplicates
};

struct ImportProblem {
    std::filesystem::path path;
    std::string reason;
};

struct ImportPlan {
    std::vector<ImportItem> items;
    std::vector<ImportProblem> problems;  // unreadable / not an image: skipped with the reason
    [[nodiscard]] std::size_t count(ImportAction action) const;
};

struct ImportSummary {
    std::size_t imported = 0;
    std::size_t duplicates = 0;
    std::size_t patients_created = 0;
    std::size_t lesions_created = 0;
    std::size_t visits_created = 0;
    std::vector<ImportProblem> skipped;  // problems of the plan, items left for review, failures
    std::vector<ImageId> imported_ids;
    bool cancelled = false;  // stopped early: what was committed stays, the rest was not begun
};

}  // namespace dermalens
