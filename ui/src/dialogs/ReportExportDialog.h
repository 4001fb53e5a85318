// ReportExportDialog (File > Export Report…): the patient's or the current lesion's PDF
// report, in a chosen language, optionally de-identified. The pages are previewed as they
// will be printed; Save writes the same report as a PDF (audited). Gathering, rendering and
// writing run off the GUI thread (ReportService) while a busy bar shows the step.
#pragma once

#include <QDialog>
#include <QFuture>
#include <QImage>
#include <memory>
#include <optional>
#include <vector>

#include "dermalens/output/ReportContent.h"
#include "services/ReportService.h"

class QCheckBox;
class QComboBox;
class QLayout;
class QLabel;
class QProgressBar;
class QPushButton;
class QVBoxLayout;

namespace dermalens::ui {

class Settings;
class WorkspaceService;

class ReportExportDialog : public QDialog {
    Q_OBJECT
public:
    // `lesion` (with its label) is offered as the report's subject next to the whole patient.
    ReportExportDialog(WorkspaceService* store, Settings* settings, PatientId patient,
                       const QString& patientName,
                       std::optional<std::pair<LesionId, QString>> lesion,
                       QWidget* parent = nullptr);

    // Prepares the preview again from the current choices (also on every change).
    void refresh();
    // Asks for a file name, then saves.
    void saveDialog();
    // Writes the previewed report to `file`; the future's value: an error message, or empty.
    QFuture<QString> saveTo(const QString& file);

    [[nodiscard]] bool busy() const { return running_ > 0; }
    [[nodiscard]] bool ready() const { return content_ != nullptr && !busy(); }
    [[nodiscard]] const std::vector<QImage>& previewPages() const { return pages_; }
    [[nodiscard]] QString statusText() const;
    [[nodiscard]] QComboBox* subjectBox() const { return subject_; }
    [[nodiscard]] QComboBox* languageBox() const { return language_; }
    [[nodiscard]] QCheckBox* deidentifyBox() const { return deidentify_; }
    [[nodiscard]] QPushButton* saveButton() const { return save_; }

private:
    QLayout* createOptions(const QString& patientName,
                           const std::optional<std::pair<LesionId, QString>>& lesion);
    QWidget* createPreview();
    [[nodiscard]] ReportRequest request() const;
    void showPreview(const ReportPreview& preview);
    void setBusy(bool busy, const QString& step);

    WorkspaceService* store_;
    Settings* settings_;
    PatientId patient_;
    ReportService reports_;
    QComboBox* subject_ = nullptr;
    QComboBox* language_ = nullptr;
    QCheckBox* deidentify_ = nullptr;
    QVBoxLayout* pagesLayout_ = nullptr;
    QProgressBar* progress_ = nullptr;
    QLabel* status_ = nullptr;
    QPushButton* save_ = nullptr;
    std::shared_ptr<const ReportContent> content_;
    std::vector<QImage> pages_;
    int generation_ = 0;  // drops a preview that a later choice superseded
    int running_ = 0;
};

}  // namespace dermalens::ui
