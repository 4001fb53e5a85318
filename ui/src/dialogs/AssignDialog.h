// AssignDialog: asks which patient and lesion the selected images belong to (the manual
// grouping that overrides DICOM tags and folders). Both fields are editable combos: pick an
// existing patient/lesion or type a new id, which the catalog then creates.
#pragma once

#include <QDialog>

#include "dermalens/study/Study.h"

class QComboBox;
class QDialogButtonBox;

namespace dermalens::ui {

class AssignDialog : public QDialog {
    Q_OBJECT
public:
    // `patientId` / `lesionId` preselect the fields (a lesion id may be empty).
    AssignDialog(const Study& study, const QString& patientId, const QString& lesionId,
                 QWidget* parent = nullptr);

    // The chosen ids: an existing entry's id, else the typed text (trimmed).
    [[nodiscard]] QString patientId() const;
    [[nodiscard]] QString lesionId() const;  // empty: keep each lesion's own id

private:
    void fillLesions();
    void updateOk();

    const Study& study_;
    QComboBox* patients_ = nullptr;
    QComboBox* lesions_ = nullptr;
    QDialogButtonBox* buttons_ = nullptr;
};

}  // namespace dermalens::ui
