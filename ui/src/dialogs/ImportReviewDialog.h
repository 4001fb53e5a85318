// ImportReviewDialog: what an import would do, item by item, before anything is committed.
//
// Every planned file is listed with the patient, lesion and visit date proposed for it and
// its status (new, duplicate, review, unreadable) with the reason. For each item that needs
// review the user picks one of its candidate lesions, a new lesion, or skips it (the default:
// nothing ambiguous is filed without a decision). decidedPlan() is the plan to commit.
#pragma once

#include <QDialog>
#include <QHash>
#include <QList>
#include <QString>

#include "dermalens/importing/ImportPlan.h"
#include "support/RecordTypes.h"

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace dermalens::ui {

// Names of the store's records that the plan refers to by id.
struct ImportReviewLabels {
    QHash<PatientId, QString> patients;
    QHash<LesionId, QString> lesions;
};

class ImportReviewDialog : public QDialog {
    Q_OBJECT
public:
    enum Column {
        FileColumn,
        PatientColumn,
        LesionColumn,
        VisitColumn,
        StatusColumn,
        ReasonColumn,
        DecisionColumn,
        ColumnCount
    };

    ImportReviewDialog(ImportPlan plan, ImportReviewLabels labels, QWidget* parent = nullptr);

    // The plan with the user's decisions applied: chosen items become Import (joining the
    // chosen lesion, or a new one); skipped items stay NeedsReview and are not committed.
    [[nodiscard]] ImportPlan decidedPlan() const;
    // Indices into the plan's items that need a decision.
    [[nodiscard]] QList<int> reviewItems() const { return reviewItems_; }
    void chooseLesion(int item, LesionId lesion);  // one of the item's candidates
    void chooseNewLesion(int item);
    void skip(int item);
    // Images that confirming would import.
    [[nodiscard]] int importCount() const;
    [[nodiscard]] QTableWidget* table() const { return table_; }

private:
    void fillRows();
    void addItemRow(int row, int item);
    void addProblemRow(int row, const ImportProblem& problem);
    QComboBox* decisionBox(int item);
    [[nodiscard]] QString patientText(const ImportItem& item) const;
    [[nodiscard]] QString lesionText(const ImportItem& item) const;
    [[nodiscard]] QString countsText() const;
    void choose(int item, qint64 value);
    void updateButton();

    ImportPlan plan_;
    ImportReviewLabels labels_;
    QList<int> reviewItems_;
    QHash<int, QComboBox*> decisions_;  // plan item index -> its decision box
    QTableWidget* table_ = nullptr;
    QLabel* counts_ = nullptr;
    QPushButton* import_ = nullptr;
};

}  // namespace dermalens::ui
