#include "OutputActions.h"

#include <QDialog>
#include <QMessageBox>

#include "MainWindow.h"
#include "dialogs/AuditDialog.h"
#include "dialogs/DicomExportDialog.h"
#include "dialogs/PacsDialog.h"
#include "dialogs/ReportExportDialog.h"
#include "pages/LesionPage.h"
#include "services/WorkspaceService.h"
#include "support/QtConvert.h"

namespace dermalens::ui {

OutputActions::OutputActions(MainWindow* window) : QObject(window), window_(window) {}

std::optional<std::pair<LesionId, QString>> OutputActions::currentLesion() const {
    const Lesion& shown = window_->lesionPage()->lesion();
    for (const Lesion& l : window_->currentPatient().lesions)
        if (shown.lesion_id.valid() && l.lesion_id == shown.lesion_id)
            return std::make_pair(l.lesion_id, lesionName(l));
    return std::nullopt;
}

bool OutputActions::needPatient() {
    if (window_->hasPatient() && window_->store()->isOpen()) return true;
    QMessageBox::information(window_, tr("No patient"), tr("Open a patient first."));
    return false;
}

void OutputActions::open(QDialog* dialog) {
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();  // window-modal, without a nested event loop
}

void OutputActions::exportReport() {
    if (!needPatient()) return;
    const Patient& p = window_->currentPatient();
    open(new ReportExportDialog(window_->store(), window_->settings(), p.patient_id,
                                patientName(p), currentLesion(), window_));
}

void OutputActions::exportDicom() {
    if (!needPatient()) return;
    const Patient& p = window_->currentPatient();
    open(new DicomExportDialog(window_->store(), window_->settings(), p.patient_id,
                               patientName(p), window_));
}

void OutputActions::pacs() {
    const Patient& p = window_->currentPatient();
    auto* dialog = new PacsDialog(window_->store(), window_->settings(), p.patient_id,
                                  window_->hasPatient() ? patientName(p) : QString(), window_);
    connect(dialog, &PacsDialog::recordsImported, window_->store(),
            &WorkspaceService::announceRecordsChanged);
    open(dialog);
}

void OutputActions::auditTrail() {
    if (!window_->store()->isOpen()) return;
    open(new AuditDialog(window_->store(), window_));
}

}  // namespace dermalens::ui
