// DICOM export of one patient: what leaves the program for a PACS or a research data set.
//
// Per visit, one study (the visit's own DICOM study when it came from one, else a derived
// UID): the images as Dermoscopic Photography (dermoscopic) or VL Photographic (clinical,
// overview) objects with patient, study, series, body site (Anatomic Region Sequence,
// Image Laterality), acquisition date and pixel spacing when known; the AI results as one
// TID 1500 Comprehensive SR referencing each analysed image; each stored Grad-CAM as a
// Secondary Capture; optionally a PDF report as Encapsulated PDF (in the latest visit).
// Images that were DICOM keep their UIDs and pixel data; every other UID is derived from the
// records (DicomUid.h), so exporting again gives the same UIDs.
//
// Files are written to `target/V<nn>/S<nnn>_<modality>/I<nnnn>.dcm`; `target` must be empty
// or missing. Every file is complete when it appears (written under a temporary name).
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "dermalens/Result.h"
#include "dermalens/model/ModelCard.h"
#include "dermalens/records/AnalysisRecord.h"
#include "dermalens/records/ImageEntry.h"
#include "dermalens/records/LesionRecord.h"
#include "dermalens/records/PatientRecord.h"
#include "dermalens/records/VisitRecord.h"

namespace dermalens {

struct DicomExportOptions {
    // PS3.15 Basic Profile (output/Deidentification.h). Overview photographs are left out
    // (they may show a face), and so is a report PDF that contains the patient's identity.
    bool deidentify = false;
    bool retain_dates = false;  // with deidentify: keep dates (Retain Longitudinal Temporal)
    std::string pseudonym;      // with deidentify: Patient Name/ID (empty: "DL-" + a hash)
    std::string uid_secret;     // with deidentify: same secret, same new UIDs (empty: random)
    // Optional PDF report, written as Encapsulated PDF into the latest visit's study.
    std::filesystem::path report_pdf;
    std::string report_title = "Dermalens report";
    bool report_contains_identity = true;  // the PDF shows who the patient is
    // Names the classes of analyses by this card's weights (Workspace: default the loaded
    // model's card); analyses by other weights are labelled by class index.
    std::optional<ModelCard> card;
};

enum class ExportedKind { Image, AiReport, Heatmap, Report };
[[nodiscard]] std::string toString(ExportedKind kind);  // "image", "ai-report", "heatmap", "report"

struct ExportedObject {
    ExportedKind kind = ExportedKind::Image;
    std::filesystem::path file;
    std::string sop_class_uid;
    std::string sop_instance_uid;  // as written (replaced when de-identified)
    std::string study_instance_uid;
    ImageId image;  // the stored image it shows or analyses (none for a report)
};

struct ExportProblem {
    std::string item;  // the image file or object concerned
    std::string reason;
};

struct DicomExportSummary {
    std::vector<ExportedObject> objects;
    std::vector<ExportProblem> skipped;
    bool deidentified = false;
};

// What the export is made from (Workspace::exportDicom gathers it from the store).
struct DicomExportImage {
    ImageEntry entry;
    std::filesystem::path file;  // the managed copy
    LesionRecord lesion;
    int lesion_number = 0;  // 1-based within the patient
    std::optional<AnalysisRecord> analysis;
};

struct DicomExportVisit {
    VisitRecord visit;
    std::vector<DicomExportImage> images;
};

struct DicomExportInput {
    PatientRecord patient;
    std::vector<DicomExportVisit> visits;  // oldest first
    // Class names for analyses by this card's weights (others are labelled by class index).
    std::optional<ModelCard> card;
};

// Errors: InvalidArgument when `target` is not empty, Cancelled (files written so far are
// removed), Unreadable when the folder cannot be written. Images that cannot be read are
// skipped with the reason, and the report leaves them out.
[[nodiscard]] Result<DicomExportSummary> exportPatientDicom(const DicomExportInput& input,
                                                            const std::filesystem::path& target,
                                                            const DicomExportOptions& options = {},
                                                            const ProgressCallback& progress = {},
                                                            const CancelCallback& cancel = {});

}  // namespace dermalens
