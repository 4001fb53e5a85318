#include "MainMenus.h"

#include <QFileDialog>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>

#include "MainWindow.h"
#include "OutputActions.h"
#include "RecordActions.h"
#include "StoreMaintenance.h"
#include "dermalens/workspace/Workspace.h"
#include "dialogs/AssignDialog.h"
#include "dialogs/ProblemsDialog.h"
#include "dialogs/SettingsDialog.h"
#include "pages/CompareView.h"
#include "pages/LesionPage.h"
#include "pages/PatientPage.h"
#include "services/AnalysisService.h"
#include "services/Settings.h"
#include "services/WorkspaceService.h"
#include "support/QtConvert.h"
#include "widgets/ImageView.h"
#include "widgets/LesionTileModel.h"
#include "widgets/OverlayControls.h"

namespace dermalens::ui {

MainMenus::MainMenus(MainWindow* window) : QObject(window), window_(window) {
    createFileMenu();
    createEditMenus();
    createToolsMenus();
}

void MainMenus::createFileMenu() {
    QMenu* file = window_->menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Open Images…"), QKeySequence::Open, this, &MainMenus::openImagesDialog);
    file->addAction(tr("Open &Folder…"), QKeySequence(tr("Ctrl+Shift+O")), this,
                    &MainMenus::openFolderDialog);
    file->addAction(tr("Open &Demo Study"), window_, &MainWindow::openDemo);
    file->addSeparator();
    file->addAction(tr("&Export View as PNG…"), QKeySequence(tr("Ctrl+E")), this,
                    &MainMenus::exportViewDialog);
    output_ = new OutputActions(window_);
    file->addAction(tr("Export &Report…"), QKeySequence(tr("Ctrl+P")), output_,
                    &OutputActions::exportReport);
    file->addAction(tr("Export &DICOM…"), output_, &OutputActions::exportDicom);
    file->addAction(tr("&PACS…"), output_, &OutputActions::pacs);
    file->addSeparator();
    StoreMaintenance* maintenance = window_->maintenance();
    file->addAction(tr("&Backup Store…"), maintenance, &StoreMaintenance::backupDialog);
    file->addAction(tr("&Restore Store…"), maintenance, &StoreMaintenance::restoreDialog);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, window_, &QWidget::close);
}

void MainMenus::createEditMenus() {
    QMenu* edit = window_->menuBar()->addMenu(tr("&Edit"));
    edit->addAction(tr("&Assign to Patient / Lesion…"), this, [this] { assignDialog({}); });
    edit->addAction(tr("&Delete Lesion…"), this,
                    [this] { confirmDeleteLesions(window_->patientPage()->selectedLesions()); });

    QMenu* view = window_->menuBar()->addMenu(tr("&View"));
    view->addAction(tr("&Fit to Window"), QKeySequence(Qt::Key_F), this, &MainMenus::fit);
    view->addAction(tr("&Actual Size (100 %)"), QKeySequence(Qt::Key_1), this,
                    &MainMenus::actualSize);
    view->addAction(tr("Toggle &Grad-CAM Overlay"), QKeySequence(Qt::Key_G), this,
                    &MainMenus::toggleOverlay);
    QAction* bodyMap = view->addAction(tr("&Body Map"), QKeySequence(tr("Ctrl+B")), window_,
                                       &MainWindow::showBodyMap);
    bodyMap->setCheckable(true);
    connect(window_->patientPage(), &PatientPage::bodyMapToggled, bodyMap, &QAction::setChecked);
    view->addSeparator();
    view->addAction(tr("&Problems…"), window_->problems(), &QWidget::show);
}

void MainMenus::createToolsMenus() {
    QMenu* tools = window_->menuBar()->addMenu(tr("&Tools"));
    tools->addAction(tr("Analyse &Patient"), QKeySequence(tr("Ctrl+R")), window_,
                     &MainWindow::analysePatient);
    tools->addAction(tr("Analyse &All"), QKeySequence(tr("Ctrl+Shift+R")), window_,
                     &MainWindow::analyseAll);
    tools->addAction(tr("Audit &Trail…"), output_,
                     &OutputActions::auditTrail);
    tools->addAction(tr("&Settings…"), QKeySequence::Preferences, this, &MainMenus::openSettings);

    QMenu* help = window_->menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&Model Card…"), window_, [this] { window_->showModelCard(); });
    help->addAction(tr("&About Dermalens"), this, &MainMenus::about);
}

void MainMenus::openImagesDialog() {
    Settings* settings = window_->settings();
    const QStringList files = QFileDialog::getOpenFileNames(
        window_, tr("Open Images"), settings->lastFolder(),
        tr("Images (*.jpg *.jpeg *.png *.tif *.tiff *.bmp *.webp *.dcm *.dicom);;All files (*)"));
    if (files.isEmpty()) return;
    settings->setLastFolder(QFileInfo(files.first()).absolutePath());
    window_->openPaths(files);
}

void MainMenus::openFolderDialog() {
    Settings* settings = window_->settings();
    const QString dir =
        QFileDialog::getExistingDirectory(window_, tr("Open Folder"), settings->lastFolder());
    if (dir.isEmpty()) return;
    settings->setLastFolder(dir);
    window_->openPaths({dir});
}

void MainMenus::exportViewDialog() {
    const QString path = QFileDialog::getSaveFileName(
        window_, tr("Export View as PNG"),
        window_->settings()->lastFolder() + QStringLiteral("/dermalens-view.png"),
        tr("PNG image (*.png)"));
    if (path.isEmpty()) return;
    const QString error = window_->exportView(path);
    if (!error.isEmpty())
        QMessageBox::warning(window_, tr("Export failed"), error);
    else
        window_->statusBar()->showMessage(tr("Saved %1").arg(path), 5000);
}

void MainMenus::openSettings() {
    Settings* settings = window_->settings();
    SettingsDialog dialog(settings, window_);
    dialog.setModelCard(window_->service()->card());
    if (dialog.exec() != QDialog::Accepted) return;
    const bool modelChanged = dialog.apply();
    window_->service()->setOperatingPointChoice(settings->operatingPointChoice());
    if (dialog.storeChanged()) {
        const QString error = window_->openStore(settings->storeDirectory());  // reloads the model
        if (!error.isEmpty()) QMessageBox::warning(window_, tr("Record store"), error);
    } else if (modelChanged) {
        window_->service()->loadModel(settings->modelDirectory(), settings->device());
    }
    window_->lesionPage()->overlayControls()->setOptions(settings->overlayOptions());
    if (dialog.languageChanged())
        QMessageBox::information(window_, tr("Language"),
                                 tr("The language changes the next time Dermalens starts."));
}

void MainMenus::assignDialog(QList<int> lesionIndices) {
    auto ws = window_->store()->workspace();
    if (!window_->hasPatient() || !ws) return;
    PatientPage* page = window_->patientPage();
    if (lesionIndices.isEmpty()) lesionIndices = page->selectedLesions();
    const QModelIndex current = page->grid()->currentIndex();
    if (lesionIndices.isEmpty() && current.isValid())
        lesionIndices << current.data(LesionTileModel::LesionIndexRole).toInt();
    if (lesionIndices.isEmpty()) return;
    const Patient& patient = window_->currentPatient();
    const int first = lesionIndices.first();
    const bool single =
        lesionIndices.size() == 1 && first >= 0 && first < static_cast<int>(patient.lesions.size());
    // Listing patients and one patient's lesions are short reads.
    AssignDialog dialog(
        ws->patients().value_or(std::vector<PatientSummary>{}),
        [ws](PatientId id) {
            // Every lesion, also those marked on the body map before their images.
            std::vector<std::pair<LesionId, QString>> lesions;
            if (auto map = ws->bodyMap(id))
                for (const BodyMapEntry& e : *map) {
                    const std::string& key = e.lesion.external_key;
                    const std::string name = !e.lesion.label.empty() ? e.lesion.label
                                             : !key.empty() ? key
                                                            : "L" + std::to_string(e.lesion.id.value());
                    lesions.emplace_back(e.lesion.id, qs(name));
                }
            return lesions;
        },
        patient.patient_id, single ? patient.lesions[first].lesion_id : LesionId{}, window_);
    if (dialog.exec() != QDialog::Accepted) return;
    window_->assignLesions(lesionIndices, dialog.target()).then(this, [this](const QString& error) {
        if (!error.isEmpty()) QMessageBox::warning(window_, tr("Assign failed"), error);
    });
}

void MainMenus::confirmDeletePatient(PatientId id) {
    const QString name = id == window_->currentPatient().patient_id
                             ? patientName(window_->currentPatient())
                             : tr("this patient");
    if (window_->records()->confirm(tr("Delete Patient"),
                                    tr("Delete %1 with all lesions and images?").arg(name)))
        window_->deletePatient(id);
}

void MainMenus::confirmDeleteLesions(const QList<int>& lesionIndices) {
    if (lesionIndices.isEmpty()) return;
    if (window_->records()->confirm(tr("Delete Lesion"),
                                    tr("Delete %n lesion(s) with all their images?", "",
                                       static_cast<int>(lesionIndices.size()))))
        window_->deleteLesions(lesionIndices);
}

void MainMenus::confirmDeleteImage(const ImageId& id) {
    if (window_->records()->confirm(tr("Delete Image"), tr("Delete this image and its analyses?")))
        window_->deleteImage(id);
}

void MainMenus::fit() {
    if (window_->currentPage() == window_->lesionPage())
        window_->lesionPage()->imageView()->fitToWindow();
    if (window_->currentPage() == window_->compareView()) window_->compareView()->fitAll();
}

void MainMenus::actualSize() {
    if (window_->currentPage() == window_->lesionPage())
        window_->lesionPage()->imageView()->actualSize();
    if (window_->currentPage() == window_->compareView()) window_->compareView()->actualSizeAll();
}

void MainMenus::toggleOverlay() {
    if (window_->currentPage() == window_->lesionPage()) window_->lesionPage()->toggleOverlay();
}

void MainMenus::about() {
    QMessageBox::about(
        window_, tr("About Dermalens"),
        tr("<h3>Dermalens %1</h3><p>Offline dermoscopy viewer with AI decision support.</p>"
           "<p><b>Decision support only — not a diagnosis. Not a medical device.</b></p>")
            .arg(QStringLiteral(DERMALENS_VERSION)));
}

}  // namespace dermalens::ui
