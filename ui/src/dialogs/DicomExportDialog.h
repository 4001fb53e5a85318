// DicomExportDialog (File > Export DICOM…): writes the patient's visits as DICOM into a new
// folder (Workspace::exportDicom: photos, the AI results as SR, heatmaps), optionally
// de-identified (PS3.15 Basic Profile, optionally keeping dates), with progress and Cancel.
#pragma once

#include <QDialog>
#include <QFuture>

#include "dermalens/output/DicomExport.h"
#include "dermalens/records/Ids.h"

class QCheckBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace dermalens::ui {

class InlineProgress;
class Settings;
class WorkspaceService;

class DicomExportDialog : public QDialog {
    Q_OBJECT
public:
    DicomExportDialog(WorkspaceService* store, Settings* settings, PatientId patient,
                      const QString& patientName, QWidget* parent = nullptr);

    // Exports into the folder in the field; the future's value: an error message, or empty.
    QFuture<QString> exportNow();
    [[nodiscard]] DicomExportOptions options() const;

    [[nodiscard]] QLineEdit* folderField() const { return folder_; }
    [[nodiscard]] QCheckBox* deidentifyBox() const { return deidentify_; }
    [[nodiscard]] QCheckBox* retainDatesBox() const { return retainDates_; }
    [[nodiscard]] InlineProgress* progress() const { return progress_; }
    [[nodiscard]] QString statusText() const;

private:
    void addDeidentificationRows(QFormLayout* form);
    void browse();
    void finished(const Result<DicomExportSummary>& result, const QString& folder);

    WorkspaceService* store_;
    Settings* settings_;
    PatientId patient_;
    QLineEdit* folder_ = nullptr;
    QCheckBox* deidentify_ = nullptr;
    QCheckBox* retainDates_ = nullptr;
    QLineEdit* pseudonym_ = nullptr;
    InlineProgress* progress_ = nullptr;
    QLabel* status_ = nullptr;
    QPushButton* export_ = nullptr;
};

}  // namespace dermalens::ui
