// Workspace: import. Planning reads files without holding the store; committing stores one
// image per transaction after its managed copy is safely on disk (see Workspace.h).
#include <map>

#include "dermalens/workspace/Workspace.h"
#include "dermalens/text/Utf8.h"
#include "audit/AuditRecording.h"
#include "importing/ImportPlanner.h"
#include "workspace/WorkspaceImpl.h"

namespace dermalens {
namespace {

struct CommitState {
    ImportSummary summary;
};

Result<PatientId> resolvePatient(Store& s, const ImportItem& item, CommitState& state) {
    if (item.existing_patient.valid()) return item.existing_patient;
    auto found = s.findPatient(item.patient.external_id, item.patient.issuer);
    if (!found) return tl::unexpected(found.error());
    if (*found) return (*found)->id;  // created by an earlier item, or by an interrupted run
    PatientRecord r;
    r.name = item.patient.name;
    r.birth_date = item.patient.birth_date;
    r.sex = item.patient.sex;
    r.external_id = item.patient.external_id;
    r.issuer = item.patient.issuer;
    r.synthetic = item.patient.synthetic;
    ++state.summary.patients_created;
    return s.addPatient(r);
}

Result<LesionId> resolveLesion(Store& s, const ImportItem& item, PatientId patient,
                               CommitState& state) {
    if (item.target_lesion.valid()) return item.target_lesion;
    auto lesions = s.lesions(patient);
    if (!lesions) return tl::unexpected(lesions.error());
    if (LesionId found = detail::findLesion(*lesions, item.lesion); found.valid()) return found;
    LesionRecord r;
    r.patient = patient;
    r.label = item.lesion.label;
    r.body_site = item.lesion.body_site;
    r.body_site_code = item.lesion.body_site_code;
    r.laterality = item.lesion.laterality;
    r.external_key = item.lesion.external_key;
    ++state.summary.lesions_created;
    return s.addLesion(r);
}

Result<VisitId> resolveVisit(Store& s, const ImportItem& item, PatientId patient,
                             CommitState& state) {
    auto visits = s.visits(patient);
    if (!visits) return tl::unexpected(visits.error());
    for (const auto& v : *visits) {
        if (!item.study_instance_uid.empty() ? v.study_instance_uid == item.study_instance_uid
                                             : v.study_instance_uid.empty() && v.date == item.visit_date)
            return v.id;
    }
    VisitRecord r;
    r.patient = patient;
    r.date = item.visit_date;
    r.study_instance_uid = item.study_instance_uid;
    r.description = item.meta.study_description;
    ++state.summary.visits_created;
    return s.addVisit(r);
}

ImageEntry entryFor(const ImportItem& item, LesionId lesion, VisitId visit,
                    const std::string& managed) {
    ImageEntry e;
    e.id = item.id;
    e.lesion = lesion;
    e.visit = visit;
    e.source_path = utf8OrLatin1(item.source.string());  // shown, never opened
    e.managed_path = managed;
    e.kind = item.kind;
    e.format = item.meta.format;
    e.width = item.meta.original_width;
    e.height = item.meta.original_height;
    if (item.meta.pixel_spacing_row_mm && item.meta.pixel_spacing_col_mm)
        e.pixel_spacing_mm = (*item.meta.pixel_spacing_row_mm + *item.meta.pixel_spacing_col_mm) / 2;
    e.acquisition_date = item.meta.acquisition_date;
    e.study_instance_uid = item.meta.study_instance_uid;
    e.series_instance_uid = item.meta.series_instance_uid;
    e.sop_instance_uid = item.meta.sop_instance_uid;
    e.sop_class_uid = item.meta.sop_class_uid;
    e.modality = item.meta.modality;
    return e;
}

Result<void> storeItem(Store& s, const ImportItem& item, const std::string& managed,
                       CommitState& state) {
    return s.transaction([&]() -> Result<void> {
        auto patient = resolvePatient(s, item, state);
        if (!patient) return tl::unexpected(patient.error());
        auto lesion = resolveLesion(s, item, *patient, state);
        if (!lesion) return tl::unexpected(lesion.error());
        auto visit = resolveVisit(s, item, *patient, state);
        if (!visit) return tl::unexpected(visit.error());
        const ImageEntry entry = entryFor(item, *lesion, *visit, managed);
        if (auto added = s.addImage(entry); !added) return added;
        if (auto logged = s.appendAudit({AuditAction::Import, detail::imageObject(item.id), detail::auditDetails({{"patient", patient->value()}, {"lesion", lesion->value()}, {"source", entry.source_path}})}); !logged) return tl::unexpected(logged.error());
        if (entry.pixel_spacing_mm)
            return s.setCalibration(Calibration{item.id, *entry.pixel_spacing_mm, "dicom", {}});
        return {};
    });
}

}  // namespace

Result<ImportPlan> Workspace::planImport(const std::vector<std::filesystem::path>& inputs,
                                         const ImportOptions& options,
                                         const ProgressCallback& progress,
                                         const CancelCallback& cancel) const {
    auto plan = detail::scanSources(inputs, options, progress, cancel);
    if (!plan) return plan;
    auto matched = impl_->withStore([&](const Store& s) { return detail::matchStore(s, *plan); });
    if (!matched) return tl::unexpected(matched.error());
    return plan;
}

namespace {

// Images copied per flush: their files reach the disk (one syncfs) before any of their records
// is committed, so a power cut never leaves a committed record without its complete file.
constexpr std::size_t kFlushBatch = 32;

// Sorts out the items that are not to be stored; true for those that are.
bool toStore(const Store& s, const ImportItem& item, CommitState& state) {
    if (item.action == ImportAction::Duplicate) {
        ++state.summary.duplicates;
        return false;
    }
    if (item.action == ImportAction::NeedsReview) {
        state.summary.skipped.push_back({item.source, "needs review: " + item.note});
        return false;
    }
    auto stored = s.findImage(item.id);
    if (stored && *stored) {  // committed meanwhile, e.g. by an interrupted earlier run
        ++state.summary.duplicates;
        return false;
    }
    return true;
}

}  // namespace

Result<ImportSummary> Workspace::commitImport(const ImportPlan& plan,
                                              const ProgressCallback& progress,
                                              const CancelCallback& cancel) {
    CommitState state;
    state.summary.skipped = plan.problems;
    const std::size_t total = plan.items.size();
    std::size_t next = 0;
    while (next < total) {
        if (cancel && cancel()) {  // what is committed stays; the rest is not begun
            state.summary.cancelled = true;
            break;
        }
        std::vector<std::pair<const ImportItem*, std::string>> copied;
        for (; next < total && copied.size() < kFlushBatch; ++next) {
            const ImportItem& item = plan.items[next];
            if (!impl_->withStore([&](const Store& s) { return toStore(s, item, state); })) continue;
            auto managed = impl_->vault.put(item.id, item.source, false);
            if (!managed) state.summary.skipped.push_back({item.source, managed.error().message()});
            else copied.emplace_back(&item, *managed);
        }
        if (auto flushed = impl_->vault.flush(); !flushed) return tl::unexpected(flushed.error());
        for (const auto& [item, managed] : copied) {
            auto saved = impl_->withStore([&](Store& s) { return storeItem(s, *item, managed, state); });
            if (!saved) {
                state.summary.skipped.push_back({item->source, saved.error().message()});
                continue;
            }
            ++state.summary.imported;
            state.summary.imported_ids.push_back(item->id);
        }
        if (progress) progress(next, total);
    }
    return state.summary;
}

}  // namespace dermalens
