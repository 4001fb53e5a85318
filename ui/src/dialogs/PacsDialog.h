// PacsDialog (File > PACS…): talks to a configured DICOM node. Echo (C-ECHO) checks the
// connection; Find lists the node's patients or studies (C-FIND) in a table; Retrieve brings
// the selected study into the store (C-GET or C-MOVE, then import); Send exports the current
// patient and stores it on the node (C-STORE). Every call runs on the pool; retrieve and send
// show progress and can be cancelled; failures say what went wrong in words.
#pragma once

#include <QDialog>
#include <QFuture>
#include <vector>

#include "dermalens/pacs/PacsNode.h"
#include "dermalens/records/Ids.h"

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace dermalens::ui {

class InlineProgress;
class PacsNodeEditor;
class Settings;
class WorkspaceService;

class PacsDialog : public QDialog {
    Q_OBJECT
public:
    // `patient` (may be invalid) is what Send sends.
    PacsDialog(WorkspaceService* store, Settings* settings, PatientId patient,
               const QString& patientName, QWidget* parent = nullptr);

    // Each future's value: an error message, or empty; the status line says the same.
    QFuture<QString> echo();
    QFuture<QString> findPatients();
    QFuture<QString> findStudies();
    QFuture<QString> retrieveSelected();
    QFuture<QString> sendPatient();

    [[nodiscard]] PacsNodeEditor* editor() const { return editor_; }
    [[nodiscard]] QTableWidget* table() const { return table_; }
    [[nodiscard]] InlineProgress* progress() const { return progress_; }
    [[nodiscard]] QString statusText() const;

Q_SIGNALS:
    // A retrieve imported images: the patient list should be read again.
    void recordsImported();

private:
    QWidget* createQuery();
    QWidget* createActions();
    [[nodiscard]] PacsQuery query() const;
    void setBusy(bool busy);
    void showPatients(const std::vector<PacsPatient>& patients);
    void showStudies(const std::vector<PacsStudy>& studies);
    // Reports the outcome of `what` ("Echo", …) on the status line and returns the error.
    QString conclude(const QString& what, const QString& error, const QString& success);

    WorkspaceService* store_;
    Settings* settings_;
    PatientId patient_;
    PacsNodeEditor* editor_ = nullptr;
    QLineEdit* patientId_ = nullptr;
    QLineEdit* patientName_ = nullptr;
    QLineEdit* studyDate_ = nullptr;
    QTableWidget* table_ = nullptr;
    InlineProgress* progress_ = nullptr;
    QLabel* status_ = nullptr;
    QList<QPushButton*> actions_;  // disabled while a call runs
    QPushButton* retrieve_ = nullptr;
    QPushButton* send_ = nullptr;
    bool busy_ = false;
    bool showingStudies_ = false;
};

}  // namespace dermalens::ui
