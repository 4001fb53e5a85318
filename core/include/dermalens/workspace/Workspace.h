// Workspace: the application layer. The CLI and the GUI both work through it.
//
// It owns one store (patients, lesions, visits, images, analyses), the import (plan, review,
// commit), the loaded model with its batched analysis queue, the ugly-duckling ranking over the
// stored analyses, backup and restore. Domain rules live here once: display names, SYNTHETIC
// marking, which image of a lesion is current (the latest visit), what "already analysed" means
// (an analysis by the loaded model's weights sha256).
//
// Threads: every call may come from any thread. Store access is serialised by one lock, the
// model by another, so the GUI can read the patient list while a worker analyses. Long calls
// take progress and cancel callbacks. Nothing throws; failures name the file and the reason.
#pragma once

#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "dermalens/Result.h"
#include "dermalens/importing/ImportOptions.h"
#include "dermalens/importing/ImportPlan.h"
#include "dermalens/followup/FollowUpReports.h"
#include "dermalens/inference/Classifier.h"
#include "dermalens/inference/Heatmap.h"
#include "dermalens/output/DicomExport.h"
#include "dermalens/output/ReportContent.h"
#include "dermalens/pacs/PacsNode.h"
#include "dermalens/quality/ImageQuality.h"
#include "dermalens/records/AnalysisRecord.h"
#include "dermalens/store/Store.h"
#include "dermalens/study/Study.h"
#include "dermalens/workspace/LesionRanking.h"
#include "dermalens/workspace/PatientSummary.h"

namespace dermalens {

struct AnalysisSummary {
    std::size_t analysed = 0;
    std::size_t already_current = 0;
    std::vector<ImportProblem> failed;  // image file and reason
    bool cancelled = false;
};

class Workspace {
public:
    // $DERMALENS_STORE, else $XDG_DATA_HOME/dermalens/store, else ~/.local/share/dermalens/store.
    [[nodiscard]] static std::filesystem::path defaultStoreDirectory();
    [[nodiscard]] static Result<Workspace> open(const std::filesystem::path& store_directory,
                                                const StoreOptions& options = {});

    Workspace(Workspace&&) noexcept;
    Workspace& operator=(Workspace&&) noexcept;
    ~Workspace();

    [[nodiscard]] std::filesystem::path storeDirectory() const;

    // --- Reading -----------------------------------------------------------------------
    [[nodiscard]] Result<std::vector<PatientSummary>> patients(const std::string& search = {}) const;
    [[nodiscard]] Result<std::vector<PatientSummary>> recentPatients(int limit = 8) const;
    // The patient's tree: lesions (by label) with their images oldest first, paths pointing at
    // the managed copies. Lesions without images are left out.
    [[nodiscard]] Result<Patient> patient(PatientId id) const;
    [[nodiscard]] Result<Study> study() const;  // every patient's tree
    [[nodiscard]] Result<void> markOpened(PatientId id);
    [[nodiscard]] Result<ImageEntry> image(const ImageId& id) const;
    [[nodiscard]] Result<std::filesystem::path> imagePath(const ImageId& id) const;
    // The latest analysis of the image by the loaded model (nullopt when none or no model).
    [[nodiscard]] Result<std::optional<AnalysisRecord>> currentAnalysis(const ImageId& id) const;
    [[nodiscard]] Result<std::optional<Calibration>> calibration(const ImageId& id) const;
    // The image quality checks (quality/ImageQuality.h) on the managed copy, decoded outside
    // the store lock; needs no model (WorkspaceQuality.cpp).
    [[nodiscard]] Result<ImageQualityReport> imageQuality(const ImageId& id) const;

    // --- Import --------------------------------------------------------------------------
    [[nodiscard]] Result<ImportPlan> planImport(const std::vector<std::filesystem::path>& inputs,
                                                const ImportOptions& options = {},
                                                const ProgressCallback& progress = {},
                                                const CancelCallback& cancel = {}) const;
    // Commits the plan's Import items, each image in its own transaction after its managed
    // copy is on disk: a crash at any point loses nothing committed, and running the same
    // import again completes it (items already stored count as duplicates).
    [[nodiscard]] Result<ImportSummary> commitImport(const ImportPlan& plan,
                                                     const ProgressCallback& progress = {},
                                                     const CancelCallback& cancel = {});

    // --- Organising ----------------------------------------------------------------------
    [[nodiscard]] Result<PatientId> createPatient(const PatientRecord& record);
    [[nodiscard]] Result<LesionId> createLesion(const LesionRecord& record);
    // Moves an image to another lesion (possibly of another patient): the visit becomes the
    // target patient's visit of the same date/study (created when missing). Empty lesions and
    // visits left behind are removed.
    [[nodiscard]] Result<void> assignImage(const ImageId& id, LesionId target);
    [[nodiscard]] Result<void> setCalibration(const ImageId& id, double mm_per_pixel,
                                              const std::string& source);
    // Deletes the records and then their managed files.
    [[nodiscard]] Result<void> deletePatient(PatientId id);
    [[nodiscard]] Result<void> deleteLesion(LesionId id);
    [[nodiscard]] Result<void> deleteImage(const ImageId& id);

    // --- Model and analysis ----------------------------------------------------------------
    [[nodiscard]] Result<void> loadModel(const std::filesystem::path& model_directory,
                                         const ClassifierConfig& config = {});
    [[nodiscard]] bool modelLoaded() const;
    [[nodiscard]] std::optional<ModelCard> card() const;
    [[nodiscard]] std::optional<ModelIdentity> modelIdentity() const;
    [[nodiscard]] std::string deviceName() const;
    // Current images (latest visit of each lesion) without an analysis by the loaded model,
    // of one patient or of the whole store.
    [[nodiscard]] Result<std::vector<ImageId>> needingAnalysis(
        std::optional<PatientId> patient = std::nullopt) const;
    // The batched queue: decodes, predicts in batches of the classifier's batch size, stores
    // each analysis and calls `each` with it (from the calling thread) as soon as its batch is
    // done. Images already analysed by this model are reported from the store, not re-run.
    using AnalysisCallback = std::function<void(const ImageId&, const Result<AnalysisRecord>&)>;
    [[nodiscard]] Result<AnalysisSummary> analyse(const std::vector<ImageId>& ids,
                                                  const AnalysisCallback& each = {},
                                                  const ProgressCallback& progress = {},
                                                  const CancelCallback& cancel = {});
    // Grad-CAM of the image for `class_index` (-1 = top class), stored with its analysis.
    [[nodiscard]] Result<Heatmap> heatmap(const ImageId& id, int class_index = -1);
    // Patient-context ranking of the patient's lesions from their current analyses
    // (PatientContextRanker with its default, fitted parameters).
    [[nodiscard]] Result<LesionRanking> rank(PatientId patient) const;

    // --- Follow-up: visits compared, timelines, findings, measurements, contours, body map --
    // (WorkspaceFollowUp.cpp; methods in followup/*.h). Images are decoded outside the store
    // lock. Outlines are the stored contour of each image, else the automatic segmentation
    // (then stored as "auto"); calibrations are the stored ones, else the DICOM pixel spacing.
    // compareVisits: registration + change measures of two images (of any lesions; the caller
    // chooses). NotFound for an unknown image, InvalidArgument when no lesion can be outlined.
    [[nodiscard]] Result<VisitComparison> compareVisits(const ImageId& before,
                                                        const ImageId& after) const;
    // Every image of the lesion, oldest first, with its size, the loaded model's malignant
    // probability and the visit's newest finding. An image that cannot be outlined is kept
    // with outlined = false and the reason.
    [[nodiscard]] Result<LesionTimeline> lesionTimeline(LesionId lesion) const;
    // Each lesion of the patient flagged against the previous visit (see LesionFlag).
    [[nodiscard]] Result<PatientChanges> patientChanges(
        PatientId patient, const ChangeThresholds& thresholds = {}) const;
    // Records a finding; when it names an image and carries no ai_shown, the loaded model's
    // current analysis of that image is copied into it. Returns the finding as stored.
    [[nodiscard]] Result<Finding> recordFinding(Finding finding);
    [[nodiscard]] Result<std::vector<Finding>> findings(LesionId lesion) const;
    // Computes value and unit from the geometry and the image's calibration (mm / mm2, else
    // px / px2) and stores it. Returns the measurement as stored.
    [[nodiscard]] Result<Measurement> addMeasurement(Measurement measurement);
    [[nodiscard]] Result<std::vector<Measurement>> measurements(const ImageId& image) const;
    [[nodiscard]] Result<void> deleteMeasurement(MeasurementId id);
    // The stored contour, else the automatic one (stored as "auto" before it is returned).
    [[nodiscard]] Result<LesionContour> lesionContour(const ImageId& image) const;
    // The user's contour (source User) replaces any other.
    [[nodiscard]] Result<void> setLesionContour(const ImageId& image, const ImagePolygon& points);
    // Places the lesion on the body map and sets its body site, code and laterality from the
    // region there (InvalidArgument when the point is outside the figure).
    [[nodiscard]] Result<LesionRecord> placeOnBodyMap(LesionId lesion,
                                                      const BodyMapPosition& position);
    [[nodiscard]] Result<std::optional<BodyMapPosition>> bodyMapPosition(LesionId lesion) const;
    // Every lesion of the patient, also those without images (created on the map), by id.
    [[nodiscard]] Result<std::vector<BodyMapEntry>> bodyMap(PatientId patient) const;

    // --- Backup ------------------------------------------------------------------------------
    // Writes a consistent copy of the store (SQLite online backup + managed images) into
    // `target`, which must be empty or missing.
    [[nodiscard]] Result<void> backup(const std::filesystem::path& target,
                                      const ProgressCallback& progress = {},
                                      const CancelCallback& cancel = {}) const;
    // Restores a backup into `target_store` (empty or missing), verifying every image hash.
    [[nodiscard]] static Result<void> restore(const std::filesystem::path& backup,
                                              const std::filesystem::path& target_store,
                                              const ProgressCallback& progress = {},
                                              const CancelCallback& cancel = {});

    // --- Output: DICOM export, PACS, audit trail (WorkspaceOutput.cpp) -------------------------
    // Exports the patient's visits as DICOM into `target` (empty or missing), see
    // output/DicomExport.h. Analyses are the loaded model's (without a model: the latest of
    // any); the options' card, else the loaded model's, names the classes. Audited.
    [[nodiscard]] Result<DicomExportSummary> exportDicom(PatientId patient,
                                                         const std::filesystem::path& target,
                                                         const DicomExportOptions& options = {},
                                                         const ProgressCallback& progress = {},
                                                         const CancelCallback& cancel = {});
    [[nodiscard]] Result<void> pacsEcho(const PacsNode& node) const;
    [[nodiscard]] Result<std::vector<PacsPatient>> pacsFindPatients(const PacsNode& node,
                                                                    const PacsQuery& query) const;
    [[nodiscard]] Result<std::vector<PacsStudy>> pacsFindStudies(const PacsNode& node,
                                                                 const PacsQuery& query) const;
    // Retrieves a study (C-GET or C-MOVE) into a temporary folder in the store and, only when
    // the retrieve completed, imports every received clinical image (planImport/commitImport,
    // grouping as proposed; reports, documents and derived images such as heatmaps stay in the
    // PACS); the folder is removed either way, so nothing is ever half-imported.
    // Objects the node failed to send are listed in `skipped`. Audited.
    [[nodiscard]] Result<ImportSummary> pacsRetrieve(const PacsNode& node,
                                                     const std::string& study_uid,
                                                     RetrieveMethod method,
                                                     const ProgressCallback& progress = {},
                                                     const CancelCallback& cancel = {});
    // Exports the patient (as exportDicom) into a temporary folder and sends it (C-STORE).
    [[nodiscard]] Result<StoreResult> pacsSend(const PacsNode& node, PatientId patient,
                                               const DicomExportOptions& options = {},
                                               const ProgressCallback& progress = {},
                                               const CancelCallback& cancel = {});
    [[nodiscard]] Result<StoreResult> pacsSendFiles(const PacsNode& node,
                                                    const std::vector<std::filesystem::path>& files,
                                                    const ProgressCallback& progress = {},
                                                    const CancelCallback& cancel = {});
    // What a PDF report of the patient (or only `lesion`, which must be the patient's) says
    // (WorkspaceReport.cpp): records, the loaded model's analyses, heatmaps (computed and
    // stored when missing), ranking, follow-up, findings, the model card. NotFound for an
    // unknown patient or lesion. The report library (report/) lays it out.
    [[nodiscard]] Result<ReportContent> reportContent(PatientId patient,
                                                      std::optional<LesionId> lesion = {},
                                                      const ReportOptions& options = {});
    // Records in the audit trail that a report of the patient (or lesion) was written.
    [[nodiscard]] Result<void> recordReportExport(PatientId patient, std::optional<LesionId> lesion,
                                                  const std::filesystem::path& file,
                                                  bool deidentified, int pages);
    // The audit trail, oldest first, and the check of its hash chain.
    [[nodiscard]] Result<std::vector<AuditEntry>> auditLog(const AuditFilter& filter = {}) const;
    [[nodiscard]] Result<AuditVerification> verifyAudit() const;

    // Domain rules shared by every front end.
    [[nodiscard]] static std::string displayName(const PatientRecord& patient);

    struct Impl;

private:
    explicit Workspace(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> impl_;
};

}  // namespace dermalens
