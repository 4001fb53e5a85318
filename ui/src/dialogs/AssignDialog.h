// AssignDialog: asks which patient and lesion the selected images belong to (the manual
// grouping that overrides DICOM tags and folders). Both fields are editable combos: pick an
// existing patient/lesion of the store, or type a name, which creates a new one.
#pragma once

#include <QDialog>
#include <functional>
#include <utility>
#include <vector>

#include "dermalens/workspace/PatientSummary.h"
#include "support/RecordTypes.h"

class QComboBox;
class QDialogButtonBox;

namespace dermalens::ui {

// Where assigned images go.
struct AssignTarget {
    PatientId patient;  // an existing patient; invalid: create one named newPatientName
    QString newPatientName;
    LesionId lesion;         // an existing lesion of that patient; invalid: create one
    QString newLesionLabel;  // labelled so; both empty: each lesion moves as a lesion of its own
};

class AssignDialog : public QDialog {
    Q_OBJECT
public:
    // The lesions (id, label) of a stored patient.
    using LesionLister = std::function<std::vector<std::pair<LesionId, QString>>(PatientId)>;

    // `patient` / `lesion` preselect the fields (the lesion may be invalid).
    AssignDialog(std::vector<PatientSummary> patients, LesionLister lesionsOf, PatientId patient,
                 LesionId lesion, QWidget* parent = nullptr);

    [[nodiscard]] AssignTarget target() const;

private:
    void fillLesions();
    void updateOk();

    std::vector<PatientSummary> patientList_;
    LesionLister lesionsOf_;
    QComboBox* patients_ = nullptr;
    QComboBox* lesions_ = nullptr;
    QDialogButtonBox* buttons_ = nullptr;
};

}  // namespace dermalens::ui
