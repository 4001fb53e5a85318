// MainWindow: the store's patient list on the left and a stack of pages (welcome, patient
// grid, lesion, compare). It owns the services (the Workspace over the record store, the
// analysis adapter, the import flow) and wires them to the pages; the pages do the showing.
// Menus live in MainMenus; store edits in RecordActions; backup/restore in StoreMaintenance.
#pragma once

#include <QFuture>
#include <QList>
#include <QMainWindow>
#include <memory>

#include "dermalens/importing/ImportPlan.h"
#include "dermalens/study/Study.h"
#include "dialogs/AssignDialog.h"
#include "support/RecordTypes.h"

class QLabel;
class QPushButton;
class QStackedWidget;

namespace dermalens::ui {

class AnalysisProgress;
class AnalysisService;
class CompareView;
class ImportFlow;
class LesionPage;
class MainMenus;
class ModelCardDialog;
class PatientListPanel;
class PatientPage;
class ProblemsDialog;
class RecordActions;
class Settings;
class StoreMaintenance;
class TimelinePage;
class WelcomePage;
class WorkspaceService;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(Settings* settings, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens the record store in `directory` (the model is loaded into it again); returns the
    // error message, or empty on success.
    QString openStore(const QString& directory);
    // Imports files/folders into the store (plan, review when needed, commit).
    void openPaths(const QStringList& paths);
    // Writes the SYNTHETIC demo files, imports them and shows the demo patient.
    void openDemo();
    // Shows a stored patient's lesions (read again from the store, off the GUI thread) and
    // marks it opened; the future finishes once it is on screen.
    QFuture<void> showPatient(PatientId id);
    void showLesion(int lesionIndex);
    void showCompare(const QList<int>& lesionIndices);
    void showTimeline();  // the follow-up of the lesion on the lesion page
    // Shows or hides the body map beside the patient grid (showing it brings the grid back).
    void showBodyMap(bool visible);
    ModelCardDialog* showModelCard();
    // Saves the current page as a PNG; returns an error message, or empty on success.
    QString exportView(const QString& path);
    void analysePatient();
    void analyseAll();
    // Moves every image of these lesions (indices into the shown patient) to `target`, then
    // refreshes the list and page. The future's value: an error message, or empty.
    QFuture<QString> assignLesions(const QList<int>& lesionIndices, const AssignTarget& target);
    // Deletions (no confirmation here: the context menus ask first).
    QFuture<QString> deletePatient(PatientId id);
    QFuture<QString> deleteLesions(const QList<int>& lesionIndices);
    QFuture<QString> deleteImage(const ImageId& id);

    [[nodiscard]] const Patient& currentPatient() const { return patient_; }
    [[nodiscard]] bool hasPatient() const { return patient_.patient_id.valid(); }
    [[nodiscard]] QWidget* currentPage() const;
    [[nodiscard]] Settings* settings() const { return settings_; }
    [[nodiscard]] WelcomePage* welcomePage() const { return welcome_; }
    [[nodiscard]] PatientPage* patientPage() const { return patientPage_; }
    [[nodiscard]] LesionPage* lesionPage() const { return lesionPage_; }
    [[nodiscard]] CompareView* compareView() const { return compareView_; }
    [[nodiscard]] TimelinePage* timelinePage() const { return timelinePage_; }
    [[nodiscard]] PatientListPanel* patientList() const { return patientList_; }
    [[nodiscard]] AnalysisService* service() const { return service_; }
    [[nodiscard]] WorkspaceService* store() const { return store_; }
    [[nodiscard]] ImportFlow* imports() const { return imports_; }
    [[nodiscard]] StoreMaintenance* maintenance() const { return maintenance_; }
    [[nodiscard]] RecordActions* records() const { return records_.get(); }
    [[nodiscard]] MainMenus* menus() const { return menus_; }
    [[nodiscard]] ProblemsDialog* problems() const { return problems_; }
    [[nodiscard]] QLabel* modelBanner() const { return modelBanner_; }

Q_SIGNALS:
    // An import finished and its patient is shown (also when everything was a duplicate).
    void studyOpened();
    void studyFailed(const QString& message);
    void patientShown(dermalens::PatientId id);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    QWidget* createCentral();
    void connectServices();
    void connectPages();
    void onImported(const ImportSummary& summary, PatientId patient);
    void analyseImported(const std::vector<ImageId>& imported);
    void presentPatient(Patient patient);
    // Once `edit` finished: refreshes the list, shows the patient it names (the welcome page
    // when none) and yields the edit's error message, or empty.
    QFuture<QString> refreshAfter(QFuture<Result<PatientId>> edit, const QString& done);
    void showWelcome();
    void updateTitle();
    void onModelLoaded();
    void onModelFailed(const QString& message);
    void reportImageProblem(const ImageId& id, const QString& message);

    Settings* settings_;
    WorkspaceService* store_ = nullptr;
    AnalysisService* service_ = nullptr;
    ImportFlow* imports_ = nullptr;
    std::unique_ptr<RecordActions> records_;
    StoreMaintenance* maintenance_ = nullptr;
    MainMenus* menus_ = nullptr;
    AnalysisProgress* progress_ = nullptr;
    Patient patient_;
    int showGeneration_ = 0;  // drops a patient read that a later choice superseded

    QLabel* modelBanner_ = nullptr;
    PatientListPanel* patientList_ = nullptr;
    QStackedWidget* stack_ = nullptr;
    WelcomePage* welcome_ = nullptr;
    PatientPage* patientPage_ = nullptr;
    LesionPage* lesionPage_ = nullptr;
    CompareView* compareView_ = nullptr;
    TimelinePage* timelinePage_ = nullptr;
    ProblemsDialog* problems_ = nullptr;
    ModelCardDialog* modelCard_ = nullptr;
    QPushButton* problemsButton_ = nullptr;
};

}  // namespace dermalens::ui
