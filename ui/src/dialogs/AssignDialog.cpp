#include "dialogs/AssignDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>

#include "support/QtConvert.h"

namespace dermalens::ui {
namespace {

// An existing entry's id (item data) when the text names it, else the typed text.
QString chosenId(const QComboBox* combo) {
    const QString text = combo->currentText().trimmed();
    const int index = combo->findText(text);
    return index >= 0 ? combo->itemData(index).toString() : text;
}

}  // namespace

AssignDialog::AssignDialog(const Study& study, const QString& patientId, const QString& lesionId,
                           QWidget* parent)
    : QDialog(parent), study_(study) {
    setWindowTitle(tr("Assign to Patient / Lesion"));
    patients_ = new QComboBox(this);
    patients_->setEditable(true);
    patients_->setInsertPolicy(QComboBox::NoInsert);
    for (const Patient& p : study_.patients)
        patients_->addItem(qs(p.label.empty() ? p.id : p.label), qs(p.id));
    patients_->setCurrentIndex(patients_->findData(patientId));
    lesions_ = new QComboBox(this);
    lesions_->setEditable(true);
    lesions_->setInsertPolicy(QComboBox::NoInsert);
    lesions_->setToolTip(
        tr("Pick a lesion or type a new lesion id; leave empty to keep the "
           "lesions as they are"));
    fillLesions();
    lesions_->setCurrentIndex(lesions_->findData(lesionId));
    if (lesions_->currentIndex() < 0) lesions_->setEditText(lesionId);

    auto* form = new QFormLayout(this);
    auto* intro = new QLabel(tr("Move the images of the selected lesions to another patient or "
                                "lesion. A new name creates a new patient or lesion."),
                             this);
    intro->setWordWrap(true);
    form->addRow(intro);
    form->addRow(tr("&Patient:"), patients_);
    form->addRow(tr("&Lesion:"), lesions_);
    buttons_ = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    form->addRow(buttons_);

    connect(buttons_, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons_, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(patients_, &QComboBox::currentIndexChanged, this, &AssignDialog::fillLesions);
    connect(patients_, &QComboBox::editTextChanged, this, &AssignDialog::updateOk);
    updateOk();
}

QString AssignDialog::patientId() const { return chosenId(patients_); }

QString AssignDialog::lesionId() const { return chosenId(lesions_); }

void AssignDialog::fillLesions() {
    const QString typed = lesions_->currentText();
    lesions_->clear();
    const QString id = patientId();
    for (const Patient& p : study_.patients) {
        if (qs(p.id) != id) continue;
        for (const Lesion& lesion : p.lesions)
            lesions_->addItem(qs(lesion.label.empty() ? lesion.id : lesion.label), qs(lesion.id));
    }
    lesions_->setCurrentIndex(-1);
    lesions_->setEditText(typed);  // what the user typed survives a change of patient
}

void AssignDialog::updateOk() {
    buttons_->button(QDialogButtonBox::Ok)->setEnabled(!patientId().isEmpty());
}

}  // namespace dermalens::ui
