#include "RecordActions.h"

#include <QMessageBox>
#include <QPushButton>

#include "dermalens/workspace/Workspace.h"
#include "services/WorkspaceService.h"
#include "support/QtConvert.h"

namespace dermalens::ui {
namespace {

// A manually created patient: the typed name is also its id, as the import would use a
// folder name; demo images keep their SYNTHETIC marking wherever they go.
Result<PatientId> targetPatient(Workspace& ws, const AssignTarget& target, bool synthetic) {
    if (target.patient.valid()) return target.patient;
    PatientRecord record;
    record.name = target.newPatientName.trimmed().toStdString();
    record.external_id = record.name;
    record.synthetic = synthetic;
    return ws.createPatient(record);
}

Result<LesionId> newLesion(Workspace& ws, PatientId patient, const Lesion& like,
                           const std::string& label) {
    LesionRecord record;
    record.patient = patient;
    record.label = label.empty() ? like.label : label;
    record.body_site = label.empty() ? like.body_site : std::string();
    record.laterality = label.empty() ? like.laterality : std::string();
    return ws.createLesion(record);
}

Result<RecordActions::Moved> moveLesions(Workspace& ws, const Patient& source,
                                         const std::vector<Lesion>& lesions,
                                         const AssignTarget& target) {
    auto patient = targetPatient(ws, target, source.synthetic);
    if (!patient) return tl::unexpected(patient.error());
    LesionId shared = target.lesion;
    if (!shared.valid() && !target.newLesionLabel.isEmpty()) {
        auto created = newLesion(ws, *patient, {}, target.newLesionLabel.toStdString());
        if (!created) return tl::unexpected(created.error());
        shared = *created;
    }
    RecordActions::Moved moved;
    for (const Lesion& lesion : lesions) {
        LesionId destination = shared;
        if (!destination.valid()) {
            if (*patient == source.patient_id) continue;  // stays the lesion it is
            auto created = newLesion(ws, *patient, lesion, {});
            if (!created) return tl::unexpected(created.error());
            destination = *created;
        }
        for (const ImageRecord& image : lesion.images) {
            if (auto done = ws.assignImage(image.image_id, destination); !done)
                return tl::unexpected(done.error());
            ++moved.images;
        }
    }
    auto after = ws.patient(source.patient_id);
    moved.show = after && !after->lesions.empty() ? source.patient_id : *patient;
    return moved;
}

}  // namespace

QString RecordActions::validate(const Patient& source, const QList<int>& lesionIndices,
                                const AssignTarget& target) {
    if (!target.patient.valid() && target.newPatientName.trimmed().isEmpty())
        return tr("Choose a patient.");
    const int count = static_cast<int>(source.lesions.size());
    const bool any = std::any_of(lesionIndices.begin(), lesionIndices.end(),
                                 [count](int i) { return i >= 0 && i < count; });
    return any ? QString() : tr("Select one or more lesions first.");
}

QFuture<Result<RecordActions::Moved>> RecordActions::assign(const Patient& source,
                                                            const QList<int>& lesionIndices,
                                                            const AssignTarget& target) const {
    std::vector<Lesion> lesions;
    for (int i : lesionIndices)
        if (i >= 0 && i < static_cast<int>(source.lesions.size()))
            lesions.push_back(source.lesions[i]);
    Patient identity = source;
    identity.lesions.clear();
    return store_->run([identity, lesions, target](Workspace& ws) {
        return moveLesions(ws, identity, lesions, target);
    });
}

QFuture<Result<void>> RecordActions::deletePatient(PatientId id) const {
    return store_->run([id](Workspace& ws) { return ws.deletePatient(id); });
}

QFuture<Result<void>> RecordActions::deleteLesions(std::vector<LesionId> ids) const {
    return store_->run([ids](Workspace& ws) -> Result<void> {
        for (LesionId id : ids)
            if (auto done = ws.deleteLesion(id); !done) return done;
        return {};
    });
}

QFuture<Result<void>> RecordActions::deleteImage(const ImageId& id) const {
    return store_->run([id](Workspace& ws) { return ws.deleteImage(id); });
}

bool RecordActions::confirm(const QString& title, const QString& question) const {
    QMessageBox box(QMessageBox::Warning, title, question, QMessageBox::NoButton, window_);
    box.setInformativeText(
        tr("The records, their analyses and the stored image copies are "
           "removed. This cannot be undone."));
    QPushButton* remove = box.addButton(tr("Delete"), QMessageBox::DestructiveRole);
    box.setDefaultButton(box.addButton(tr("Cancel"), QMessageBox::RejectRole));
    box.exec();
    return box.clickedButton() == remove;
}

}  // namespace dermalens::ui
