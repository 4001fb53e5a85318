// MainWindow: menus, the patient list on the left and a stack of pages (welcome, patient grid,
// lesion, compare). It wires services to pages; the pages do the showing.
#pragma once

#include <QList>
#include <QMainWindow>
#include <memory>

#include "dermalens/study/Study.h"
#include "dermalens/study/StudyCatalog.h"

class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;

namespace dermalens::ui {

class AnalysisProgress;
class AnalysisService;
class CompareView;
class LesionPage;
class ModelCardDialog;
class PatientPage;
class ProblemsDialog;
class Settings;
class StudyLoader;
class WelcomePage;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(Settings* settings, QWidget* parent = nullptr);
    ~MainWindow() override;

    void openPaths(const QStringList& paths);
    void openDemo();
    void showPatient(int patientIndex);
    void showLesion(int lesionIndex);
    void showCompare(const QList<int>& lesionIndices);
    ModelCardDialog* showModelCard();
    // Saves the current page as a PNG; returns an error message, or empty on success.
    QString exportView(const QString& path);
    void analyseStudy();
    // Moves every image of these lesions (indices into the shown patient) to patient
    // `patientId` / lesion `lesionId` (created if new; empty lesion id: keep each lesion's id),
    // then refreshes the list and page and re-ranks from the cached predictions.
    // Returns an error message, or empty on success.
    QString assignLesions(const QList<int>& lesionIndices, const QString& patientId,
                          const QString& lesionId);

    [[nodiscard]] const Study& study() const { return study_; }
    [[nodiscard]] bool studySynthetic() const;
    [[nodiscard]] QWidget* currentPage() const;
    [[nodiscard]] WelcomePage* welcomePage() const { return welcome_; }
    [[nodiscard]] PatientPage* patientPage() const { return patientPage_; }
    [[nodiscard]] LesionPage* lesionPage() const { return lesionPage_; }
    [[nodiscard]] CompareView* compareView() const { return compareView_; }
    [[nodiscard]] AnalysisService* service() const { return service_; }
    [[nodiscard]] StudyLoader* loader() const { return loader_; }
    [[nodiscard]] ProblemsDialog* problems() const { return problems_; }
    [[nodiscard]] QLabel* modelBanner() const { return modelBanner_; }

Q_SIGNALS:
    void studyOpened();
    void studyFailed(const QString& message);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void createMenus();
    QWidget* createCentral();
    void connectServices();
    void onStudyLoaded(const ScanResult& result, bool demo);
    void updatePatientList();
    void updateTitle();
    void onModelLoaded();
    void onModelFailed(const QString& message);
    void openImagesDialog();
    void openFolderDialog();
    void exportViewDialog();
    void openSettings();
    void assignDialog(QList<int> lesionIndices);
    void about();
    void fit();
    void actualSize();
    void toggleOverlay();

    Settings* settings_;
    AnalysisService* service_ = nullptr;
    StudyLoader* loader_ = nullptr;
    AnalysisProgress* progress_ = nullptr;
    Study study_;
    int patientIndex_ = -1;

    QLabel* modelBanner_ = nullptr;
    QListWidget* patientList_ = nullptr;
    QStackedWidget* stack_ = nullptr;
    WelcomePage* welcome_ = nullptr;
    PatientPage* patientPage_ = nullptr;
    LesionPage* lesionPage_ = nullptr;
    CompareView* compareView_ = nullptr;
    ProblemsDialog* problems_ = nullptr;
    ModelCardDialog* modelCard_ = nullptr;
    QPushButton* problemsButton_ = nullptr;
};

}  // namespace dermalens::ui
