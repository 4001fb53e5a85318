// Workspace: moving images between lesions and patients, and deleting records with their files.
#include "dermalens/workspace/Workspace.h"
#include "audit/AuditRecording.h"
#include "workspace/WorkspaceImpl.h"

namespace dermalens {
namespace {

// The target patient's visit matching `visit` (same study, else same date without a study),
// created when missing.
Result<VisitId> matchingVisit(Store& s, const VisitRecord& visit, PatientId target) {
    if (visit.patient == target) return visit.id;
    auto visits = s.visits(target);
    if (!visits) return tl::unexpected(visits.error());
    for (const auto& v : *visits) {
        const bool same_study =
            !visit.study_instance_uid.empty() && v.study_instance_uid == visit.study_instance_uid;
        const bool same_day = visit.study_instance_uid.empty() && v.study_instance_uid.empty() &&
                              v.date == visit.date;
        if (same_study || same_day) return v.id;
    }
    VisitRecord copy = visit;
    copy.patient = target;
    return s.addVisit(copy);
}

// Removes what a move left empty: lesions and visits without images, then the patient itself
// when it has no lesion left (it was only a wrong grouping of these images).
Result<void> pruneAfterMove(Store& s, PatientId patient) {
    if (auto pruned = s.pruneEmpty(patient); !pruned) return pruned;
    auto lesions = s.lesions(patient);
    if (!lesions) return tl::unexpected(lesions.error());
    if (!lesions->empty()) return {};
    auto removed = s.deletePatient(patient);
    if (!removed) return tl::unexpected(removed.error());
    return {};
}

}  // namespace

Result<void> Workspace::assignImage(const ImageId& id, LesionId target) {
    return impl_->withStore([&](Store& s) {
        return s.transaction([&]() -> Result<void> {
            auto entry = s.image(id);
            if (!entry) return tl::unexpected(entry.error());
            if (entry->lesion == target) return {};
            auto from = s.lesion(entry->lesion);
            auto to = s.lesion(target);
            if (!from) return tl::unexpected(from.error());
            if (!to) return tl::unexpected(to.error());
            auto visit = s.visit(entry->visit);
            if (!visit) return tl::unexpected(visit.error());
            auto new_visit = matchingVisit(s, *visit, to->patient);
            if (!new_visit) return tl::unexpected(new_visit.error());
            if (auto moved = s.moveImage(id, target, *new_visit); !moved) return moved;
            return pruneAfterMove(s, from->patient);
        });
    });
}

namespace {
template <typename Delete>
Result<void> deleteAndRemoveFiles(Workspace::Impl& impl, Delete&& del) {
    auto paths = impl.withStore([&](Store& s) { return del(s); });
    if (!paths) return tl::unexpected(paths.error());
    Result<void> result;
    for (const auto& path : *paths)  // the records are gone: a file left behind is only litter
        if (auto removed = impl.vault.remove(path); !removed && result) result = removed;
    return result;
}
}  // namespace

Result<void> Workspace::deletePatient(PatientId id) {
    return deleteAndRemoveFiles(*impl_, [&](Store& s) { return detail::withAudit(s, {AuditAction::Delete, detail::patientObject(id)}, [&] { return s.deletePatient(id); }); });
}

Result<void> Workspace::deleteLesion(LesionId id) {
    return deleteAndRemoveFiles(*impl_, [&](Store& s) { return detail::withAudit(s, {AuditAction::Delete, detail::lesionObject(id)}, [&] { return s.deleteLesion(id); }); });
}

Result<void> Workspace::deleteImage(const ImageId& id) {
    return deleteAndRemoveFiles(*impl_, [&](Store& s) { return detail::withAudit(s, {AuditAction::Delete, detail::imageObject(id)}, [&] { return s.deleteImage(id); }); });
}

}  // namespace dermalens
