// FindingsForm: the clinician's assessment of the shown lesion at the shown visit: the
// dermoscopic structures, the 7-point score computed live from them, notes, the management
// decision, the AI result on screen with agree / disagree, and who signs it (remembered).
//
// Save records a new Finding through the WorkspaceService (off the GUI thread); findings are
// never overwritten. The form shows the visit's newest stored finding (when and by whom) and
// a short history of the lesion's earlier findings.
#pragma once

#include <QWidget>
#include <optional>
#include <vector>

#include "dermalens/inference/Prediction.h"
#include "dermalens/model/ModelCard.h"
#include "dermalens/records/Finding.h"

class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace dermalens::ui {

class AiAgreementBox;
class ManagementEditor;
class SevenPointView;
class Settings;
class StructuresChecklist;
class WorkspaceService;

class FindingsForm : public QWidget {
    Q_OBJECT
public:
    FindingsForm(WorkspaceService* store, Settings* settings, QWidget* parent = nullptr);

    // What the next finding is about; loads the lesion's stored findings. The same place
    // again keeps what is being typed.
    void setVisit(LesionId lesion, VisitId visit, const ImageId& image);
    // The AI result on screen for `image` (ignored for another image than the form's).
    void setPrediction(const ImageId& image, const Prediction* prediction, const ModelCard* card);

    // Records the form as a new finding; false (with the reason shown) when it cannot.
    bool save();
    // The form's contents as a finding (not stored).
    [[nodiscard]] Finding draft() const;

    [[nodiscard]] bool loaded() const { return pending_ == 0; }
    [[nodiscard]] const std::vector<Finding>& storedFindings() const { return stored_; }
    // The newest stored finding of the visit, which the form shows.
    [[nodiscard]] std::optional<Finding> current() const;
    [[nodiscard]] QString statusText() const;

    [[nodiscard]] StructuresChecklist* checklist() const { return checklist_; }
    [[nodiscard]] SevenPointView* sevenPoint() const { return score_; }
    [[nodiscard]] ManagementEditor* managementEditor() const { return management_; }
    [[nodiscard]] AiAgreementBox* agreementBox() const { return ai_; }
    [[nodiscard]] QPlainTextEdit* notesEdit() const { return notes_; }
    [[nodiscard]] QLineEdit* clinicianEdit() const { return clinician_; }
    [[nodiscard]] QPushButton* saveButton() const { return save_; }
    [[nodiscard]] QListWidget* historyList() const { return history_; }

Q_SIGNALS:
    void findingSaved(const dermalens::LesionId& lesion, const dermalens::Finding& finding);

private:
    QWidget* buildEditor();
    QWidget* buildFooter();
    void reload();
    void showStored(std::vector<Finding> findings);
    void fill(const Finding& finding);
    void clearEntries();
    void showHistory();
    void onSaved(const Result<Finding>& saved);

    WorkspaceService* store_;
    Settings* settings_;
    LesionId lesion_;
    VisitId visit_;
    ImageId image_;
    std::vector<Finding> stored_;  // the lesion's findings, oldest first
    int generation_ = 0;           // drops answers for a place the form has left
    int pending_ = 0;

    QLabel* status_ = nullptr;
    StructuresChecklist* checklist_ = nullptr;
    SevenPointView* score_ = nullptr;
    QPlainTextEdit* notes_ = nullptr;
    ManagementEditor* management_ = nullptr;
    AiAgreementBox* ai_ = nullptr;
    QLineEdit* clinician_ = nullptr;
    QPushButton* save_ = nullptr;
    QLabel* saveMessage_ = nullptr;
    QListWidget* history_ = nullptr;
};

}  // namespace dermalens::ui
