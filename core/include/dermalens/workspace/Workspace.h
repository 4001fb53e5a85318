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
#include "dermalens/inference/Classifier.h"
#include "dermalens/inference/Heatmap.h"
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
    // Ugly-duckling ranking of the patient's lesions from their current analyses.
    [[nodiscard]] Result<LesionRanking> rank(PatientId patient) const;

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

    // Domain rules shared by every front end.
    [[nodiscard]] static std::string displayName(const PatientRecord& patient);

    struct Impl;

private:
    explicit Workspace(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> impl_;
};

}  // namespace dermalens
