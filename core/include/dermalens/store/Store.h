// Store: the embedded patient record (SQLite) of one workstation.
//
// A store is a folder: `dermalens.sqlite` (WAL journal, foreign keys on) and `images/`, the
// content-addressed copies of every imported image (see ImageVault). Opening creates the folder
// and the schema when missing and migrates an older schema in one transaction; a schema newer
// than this program is refused. A store belongs to one workstation: SQLite's locking is not
// safe on network shares, so clinic-wide sharing goes through PACS instead.
//
// Concurrency: one Store object is one connection and is not thread-safe (Workspace serialises
// it). Another process (or another Store object) may read while this one writes (WAL); writers
// wait up to `busy_timeout_ms` for each other, then fail with Unreadable "store is locked".
// Every failure is an Error naming the store file and the reason; nothing throws.
#pragma once

#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "dermalens/Result.h"
#include "dermalens/audit/AuditEntry.h"
#include "dermalens/records/AnalysisRecord.h"
#include "dermalens/records/Calibration.h"
#include "dermalens/records/FollowUpRecords.h"
#include "dermalens/records/ImageEntry.h"
#include "dermalens/records/LesionRecord.h"
#include "dermalens/records/PatientRecord.h"
#include "dermalens/records/VisitRecord.h"

namespace dermalens {

struct StoreOptions {
    bool read_only = false;     // open an existing store for reading only (no create/migrate)
    int busy_timeout_ms = 5000;
};

class Store {
public:
    static constexpr int kSchemaVersion = 3;
    static constexpr const char* kDatabaseFile = "dermalens.sqlite";

    [[nodiscard]] static Result<Store> open(const std::filesystem::path& directory,
                                            const StoreOptions& options = {});
    // Schema of version `version` only (1..kSchemaVersion), for migration tests.
    [[nodiscard]] static Result<void> createAtVersion(const std::filesystem::path& directory,
                                                      int version);

    Store(Store&&) noexcept;
    Store& operator=(Store&&) noexcept;
    ~Store();

    [[nodiscard]] const std::filesystem::path& directory() const;
    [[nodiscard]] std::filesystem::path databasePath() const;
    [[nodiscard]] int schemaVersion() const;

    // Runs `body` in one transaction (BEGIN IMMEDIATE): committed when it returns a value,
    // rolled back when it returns an error. Not re-entrant.
    [[nodiscard]] Result<void> transaction(const std::function<Result<void>()>& body);

    // Patients. addPatient ignores record.id and returns the new one.
    [[nodiscard]] Result<PatientId> addPatient(const PatientRecord& record);
    [[nodiscard]] Result<void> updatePatient(const PatientRecord& record);
    [[nodiscard]] Result<PatientRecord> patient(PatientId id) const;
    [[nodiscard]] Result<std::optional<PatientRecord>> findPatient(const std::string& external_id,
                                                                   const std::string& issuer) const;
    // All patients by name; `search` (case-insensitive for ASCII, exact for other scripts)
    // matches a part of the name, the external id or the birth date (YYYYMMDD or YYYY-MM-DD).
    [[nodiscard]] Result<std::vector<PatientRecord>> patients(const std::string& search = {}) const;
    // Most recently opened first, at most `limit`.
    [[nodiscard]] Result<std::vector<PatientRecord>> recentPatients(int limit) const;
    [[nodiscard]] Result<void> markOpened(PatientId id);
    [[nodiscard]] Result<std::size_t> patientCount() const;

    // Lesions.
    [[nodiscard]] Result<LesionId> addLesion(const LesionRecord& record);
    [[nodiscard]] Result<void> updateLesion(const LesionRecord& record);  // may change patient
    [[nodiscard]] Result<LesionRecord> lesion(LesionId id) const;
    [[nodiscard]] Result<std::vector<LesionRecord>> lesions(PatientId patient) const;

    // Visits.
    [[nodiscard]] Result<VisitId> addVisit(const VisitRecord& record);
    [[nodiscard]] Result<VisitRecord> visit(VisitId id) const;
    [[nodiscard]] Result<std::vector<VisitRecord>> visits(PatientId patient) const;  // by date

    // Images. addImage fails with InvalidArgument when the id is already stored.
    [[nodiscard]] Result<void> addImage(const ImageEntry& entry);
    [[nodiscard]] Result<std::optional<ImageEntry>> findImage(const ImageId& id) const;
    [[nodiscard]] Result<ImageEntry> image(const ImageId& id) const;
    [[nodiscard]] Result<std::vector<ImageEntry>> images(LesionId lesion) const;  // oldest first
    [[nodiscard]] Result<std::vector<ImageEntry>> imagesOfPatient(PatientId patient) const;
    [[nodiscard]] Result<std::vector<ImageEntry>> allImages() const;
    [[nodiscard]] Result<std::size_t> imageCount() const;
    [[nodiscard]] Result<void> moveImage(const ImageId& id, LesionId lesion, VisitId visit);

    // Analyses. latestAnalysis: the newest for that image and model sha256 (any model when
    // the sha256 is empty); nullopt when there is none.
    [[nodiscard]] Result<AnalysisId> addAnalysis(const AnalysisRecord& record);
    [[nodiscard]] Result<std::optional<AnalysisRecord>> latestAnalysis(
        const ImageId& image, const std::string& model_sha256 = {}) const;
    [[nodiscard]] Result<void> setHeatmap(AnalysisId analysis, const StoredHeatmap& heatmap);

    // Calibrations (one per image; setting replaces).
    [[nodiscard]] Result<void> setCalibration(const Calibration& calibration);
    [[nodiscard]] Result<std::optional<Calibration>> calibration(const ImageId& image) const;

    // --- Follow-up: findings, measurements, lesion contours, body-map position ------------
    // (StoreFollowUp.cpp). Findings are appended, never edited (the newest of a lesion and
    // visit is the current one); lists are oldest first. One contour per image (setting
    // replaces). NotFound when the finding's lesion or visit, or the image, does not exist;
    // InvalidArgument for a finding whose visit is another patient's, or bad geometry.
    [[nodiscard]] Result<FindingId> addFinding(const Finding& finding);
    [[nodiscard]] Result<Finding> finding(FindingId id) const;
    [[nodiscard]] Result<std::vector<Finding>> findings(LesionId lesion) const;
    [[nodiscard]] Result<std::vector<Finding>> findingsOfVisit(VisitId visit) const;
    [[nodiscard]] Result<MeasurementId> addMeasurement(const Measurement& measurement);
    [[nodiscard]] Result<std::vector<Measurement>> measurements(const ImageId& image) const;
    [[nodiscard]] Result<void> deleteMeasurement(MeasurementId id);
    [[nodiscard]] Result<void> setContour(const LesionContour& contour);
    [[nodiscard]] Result<std::optional<LesionContour>> contour(const ImageId& image) const;
    [[nodiscard]] Result<void> deleteContour(const ImageId& image);
    // nullopt clears the position.
    [[nodiscard]] Result<void> setMapPosition(LesionId lesion,
                                              const std::optional<BodyMapPosition>& position);
    [[nodiscard]] Result<std::optional<BodyMapPosition>> mapPosition(LesionId lesion) const;

    // Deletions cascade (patient -> lesions, visits, images, analyses, calibrations, findings)
    // and return the managed paths (relative to the store) of the images removed, for the
    // caller to delete after the transaction committed.
    [[nodiscard]] Result<std::vector<std::string>> deletePatient(PatientId id);
    [[nodiscard]] Result<std::vector<std::string>> deleteLesion(LesionId id);
    [[nodiscard]] Result<std::vector<std::string>> deleteImage(const ImageId& id);
    // Removes lesions without images and visits without images of a patient (after moves).
    [[nodiscard]] Result<void> pruneEmpty(PatientId patient);

    // PRAGMA integrity_check and foreign_key_check; the problems found ("ok" = none).
    [[nodiscard]] Result<std::vector<std::string>> integrityCheck() const;
    // SQLite online backup of the database into `file` (consistent even while others write).
    [[nodiscard]] Result<void> backupDatabase(const std::filesystem::path& file) const;

    // --- Audit trail (audit/, StoreAudit.cpp) ---------------------------------------------
    // Appends one entry in its own transaction (a savepoint inside the caller's), stamped with
    // the time, user and workstation and chained to the previous entry's hash.
    [[nodiscard]] Result<AuditEntry> appendAudit(const AuditEvent& event);
    // Entries oldest first, matching the filter.
    [[nodiscard]] Result<std::vector<AuditEntry>> auditLog(const AuditFilter& filter = {}) const;
    // Recomputes the whole chain; reports the first entry that does not follow from the one
    // before it.
    [[nodiscard]] Result<AuditVerification> verifyAudit() const;

    struct Impl;

private:
    explicit Store(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> impl_;
};

}  // namespace dermalens
