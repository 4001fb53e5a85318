#include "dialogs/AssignDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>

#include "support/QtConvert.h"

namespace dermalens::ui {
namespace {

// The row id of the entry whose text is typed (0 when the text names no entry).
qint64 chosenId(const QComboBox* combo) {
    const int index = combo->findText(combo->currentText().trimmed());
    return index >= 0 ? combo->itemData(index).toLongLong() : 0;
}

}  // namespace

AssignDialog::AssignDialog(std::vector<PatientSummary> patients, LesionLister lesionsOf,
                           PatientId patient, LesionId lesion, QWidget* parent)
    : QDialog(parent), patientList_(std::move(patients)), lesionsOf_(std::move(lesionsOf)) {
    setWindowTitle(tr("Assign to Patient / Lesion"));
    patients_ = new QComboBox(this);
    patients_->setEditable(true);
    patients_->setInsertPolicy(QComboBox::NoInsert);
    patients_->setToolTip(tr("Pick a patient or type a name for a new patient"));
    for (const PatientSummary& p : patientList_)
        patients_->addItem(qs(p.display_name), static_cast<qint64>(p.record.id.value()));
    patients_->setCurrentIndex(patients_->findData(static_cast<qint64>(patient.value())));
    lesions_ = new QComboBox(this);
    lesions_->setEditable(true);
    lesions_->setInsertPolicy(QComboBox::NoInsert);
    lesions_->setToolTip(
        tr("Pick a lesion or type a new lesion label; leave empty to keep the "
           "lesions as they are"));
    fillLesions();
    lesions_->setCurrentIndex(lesions_->findData(static_cast<qint64>(lesion.value())));

    auto* form = new QFormLayout(this);
    auto* intro = new QLabel(tr("Move the images of the selected lesions to another patient or "
                                "lesion. A new name creates a new patient or lesion."),
                             this);
    intro->setWordWrap(true);
    form->addRow(intro);
    form->addRow(tr("&Patient:"), patients_);
    form->addRow(tr("&Lesion:"), lesions_);
    buttons_ = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons_->button(QDialogButtonBox::Ok)->setText(tr("OK"));
    buttons_->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    form->addRow(buttons_);

    connect(buttons_, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons_, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(patients_, &QComboBox::currentIndexChanged, this, &AssignDialog::fillLesions);
    connect(patients_, &QComboBox::editTextChanged, this, &AssignDialog::updateOk);
    updateOk();
}

AssignTarget AssignDialog::target() const {
    AssignTarget target;
    target.patient = PatientId(chosenId(patients_));
    if (!target.patient.valid()) target.newPatientName = patients_->currentText().trimmed();
    target.lesion = target.patient.valid() ? LesionId(chosenId(lesions_)) : LesionId{};
    if (!target.lesion.valid()) target.newLesionLabel = lesions_->currentText().trimmed();
    return target;
}

void AssignDialog::fillLesions() {
    const QString typed = lesions_->currentText();
    lesions_->clear();
    const PatientId patient(chosenId(patients_));
    if (patient.valid() && lesionsOf_)
        for (const auto& [id, label] : lesionsOf_(patient))
            lesions_->addItem(label, static_cast<qint64>(id.value()));
    lesions_->setCurrentIndex(-1);
    lesions_->setEditText(typed);  // what the user typed survives a change of patient
}

void AssignDialog::updateOk() {
    buttons_->button(QDialogButtonBox::Ok)
        ->setEnabled(!patients_->currentText().trimmed().isEmpty());
}

}  // namespace dermalens::ui
