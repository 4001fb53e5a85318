#include "MainWindow.h"

#include <QApplication>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

#include "widgets/AnalysisProgress.h"
#include "services/AnalysisService.h"
#include "dialogs/AssignDialog.h"
#include "pages/CompareView.h"
#include "widgets/ImageView.h"
#include "pages/LesionPage.h"
#include "widgets/LesionTileModel.h"
#include "dialogs/ModelCardDialog.h"
#include "widgets/OverlayControls.h"
#include "pages/PatientPage.h"
#include "dialogs/ProblemsDialog.h"
#include "support/QtConvert.h"
#include "services/Settings.h"
#include "dialogs/SettingsDialog.h"
#include "services/StudyLoader.h"
#include "services/ViewExporter.h"
#include "pages/WelcomePage.h"

namespace dermalens::ui {

MainWindow::MainWindow(Settings* settings, QWidget* parent)
    : QMainWindow(parent), settings_(settings) {
    service_ = new AnalysisService(this);
    loader_ = new StudyLoader(this);
    problems_ = new ProblemsDialog(this);
    progress_ = new AnalysisProgress(service_, this);
    setCentralWidget(createCentral());
    createMenus();
    connectServices();
    setAcceptDrops(true);
    resize(1360, 860);
    updateTitle();
    statusBar()->showMessage(tr("Loading the model…"));
    service_->loadModel(settings_->modelDirectory(), settings_->device());
}

MainWindow::~MainWindow() = default;

QWidget* MainWindow::createCentral() {
    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    modelBanner_ = new QLabel(central);
    modelBanner_->setObjectName(QStringLiteral("modelBanner"));
    modelBanner_->setWordWrap(true);
    modelBanner_->setVisible(false);
    layout->addWidget(modelBanner_);
    auto* splitter = new QSplitter(Qt::Horizontal, central);
    patientList_ = new QListWidget(splitter);
    patientList_->setObjectName(QStringLiteral("patientList"));
    patientList_->setAccessibleName(tr("Patients"));
    patientList_->setMinimumWidth(200);
    stack_ = new QStackedWidget(splitter);
    welcome_ = new WelcomePage(stack_);
    patientPage_ = new PatientPage(service_, stack_);
    lesionPage_ = new LesionPage(service_, settings_, stack_);
    compareView_ = new CompareView(service_, stack_);
    for (QWidget* page : {static_cast<QWidget*>(welcome_), static_cast<QWidget*>(patientPage_),
                          static_cast<QWidget*>(lesionPage_), static_cast<QWidget*>(compareView_)})
        stack_->addWidget(page);
    splitter->addWidget(patientList_);
    splitter->addWidget(stack_);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({240, 1120});
    layout->addWidget(splitter, 1);
    patientList_->setVisible(false);
    problemsButton_ = new QPushButton(this);
    problemsButton_->setFlat(true);
    problemsButton_->setVisible(false);
    statusBar()->addPermanentWidget(problemsButton_);
    return central;
}

void MainWindow::createMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Open Images…"), QKeySequence::Open, this, &MainWindow::openImagesDialog);
    file->addAction(tr("Open &Folder…"), QKeySequence(tr("Ctrl+Shift+O")), this,
                    &MainWindow::openFolderDialog);
    file->addAction(tr("Open &Demo Study"), this, &MainWindow::openDemo);
    file->addSeparator();
    file->addAction(tr("&Export View as PNG…"), QKeySequence(tr("Ctrl+E")), this,
                    &MainWindow::exportViewDialog);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(tr("&Assign to Patient / Lesion…"), this,
                    [this] { assignDialog(patientPage_->selectedLesions()); });

    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->addAction(tr("&Fit to Window"), QKeySequence(Qt::Key_F), this, &MainWindow::fit);
    view->addAction(tr("&Actual Size (100 %)"), QKeySequence(Qt::Key_1), this,
                    &MainWindow::actualSize);
    view->addAction(tr("Toggle &Grad-CAM Overlay"), QKeySequence(Qt::Key_G), this,
                    &MainWindow::toggleOverlay);
    view->addSeparator();
    view->addAction(tr("&Problems…"), problems_, &QWidget::show);

    QMenu* tools = menuBar()->addMenu(tr("&Tools"));
    tools->addAction(tr("&Analyse Study"), QKeySequence(tr("Ctrl+R")), this,
                     &MainWindow::analyseStudy);
    tools->addAction(tr("&Settings…"), QKeySequence::Preferences, this, &MainWindow::openSettings);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&Model Card…"), this, [this] { showModelCard(); });
    help->addAction(tr("&About Dermalens"), this, &MainWindow::about);
}

void MainWindow::connectServices() {
    connect(loader_, &StudyLoader::studyLoaded, this, &MainWindow::onStudyLoaded);
    connect(loader_, &StudyLoader::failed, this, [this](const QString& message) {
        problems_->add(QString(), message);
        statusBar()->showMessage(message);
        Q_EMIT studyFailed(message);
    });
    connect(service_, &AnalysisService::modelLoaded, this, &MainWindow::onModelLoaded);
    connect(service_, &AnalysisService::modelFailed, this, &MainWindow::onModelFailed);
    connect(service_, &AnalysisService::imageFailed, problems_, &ProblemsDialog::add);
    connect(service_, &AnalysisService::analysisFinished, this, [this](bool cancelled) {
        statusBar()->showMessage(cancelled ? tr("Analysis cancelled.") : tr("Analysis complete."),
                                 5000);
    });
    connect(problems_, &ProblemsDialog::countChanged, this, [this](int n) {
        problemsButton_->setText(tr("⚠ %n problem(s)", "", n));
        problemsButton_->setVisible(n > 0);
    });
    connect(problemsButton_, &QPushButton::clicked, problems_, &QWidget::show);
    connect(welcome_, &WelcomePage::openImagesRequested, this, &MainWindow::openImagesDialog);
    connect(welcome_, &WelcomePage::openFolderRequested, this, &MainWindow::openFolderDialog);
    connect(welcome_, &WelcomePage::openDemoRequested, this, &MainWindow::openDemo);
    connect(patientList_, &QListWidget::currentRowChanged, this, &MainWindow::showPatient);
    connect(patientPage_, &PatientPage::lesionActivated, this, &MainWindow::showLesion);
    connect(patientPage_, &PatientPage::compareRequested, this, &MainWindow::showCompare);
    connect(patientPage_, &PatientPage::assignRequested, this, &MainWindow::assignDialog);
    connect(lesionPage_, &LesionPage::backRequested, this,
            [this] { stack_->setCurrentWidget(patientPage_); });
    connect(lesionPage_, &LesionPage::modelCardRequested, this, [this] { showModelCard(); });
    connect(compareView_, &CompareView::backRequested, this,
            [this] { stack_->setCurrentWidget(patientPage_); });
    connect(stack_, &QStackedWidget::currentChanged, this, &MainWindow::updateTitle);
}

void MainWindow::openPaths(const QStringList& paths) {
    if (paths.isEmpty()) return;
    statusBar()->showMessage(tr("Reading %n item(s)…", "", paths.size()));
    loader_->open(paths);
}

void MainWindow::openDemo() {
    statusBar()->showMessage(tr("Writing the SYNTHETIC demo study…"));
    loader_->openDemo();
}

void MainWindow::onStudyLoaded(const ScanResult& result, bool) {
    for (const auto& problem : result.problems)
        problems_->add(fromPath(problem.path), qs(problem.reason));
    if (result.study.patients.empty()) {
        statusBar()->showMessage(tr("No readable images found."), 8000);
        Q_EMIT studyFailed(tr("No readable images found."));
        return;
    }
    study_ = result.study;
    patientIndex_ = -1;
    updatePatientList();
    statusBar()->showMessage(tr("Opened %n image(s).", "", static_cast<int>(study_.imageCount())),
                             5000);
    showPatient(0);
    analyseStudy();
    Q_EMIT studyOpened();
}

void MainWindow::updatePatientList() {
    QSignalBlocker blocker(patientList_);
    patientList_->clear();
    for (const Patient& p : study_.patients) {
        QString name = qs(p.label.empty() ? p.id : p.label);
        if (isSynthetic(p) && !name.contains(QLatin1String("SYNTHETIC")))
            name += QStringLiteral(" (") + tr("SYNTHETIC") + u')';
        auto* item = new QListWidgetItem(
            name + u'\n' + tr("%n lesion(s)", "", static_cast<int>(p.lesions.size())),
            patientList_);
        item->setToolTip(qs(p.id));
    }
    patientList_->setVisible(!study_.patients.empty());
}

void MainWindow::analyseStudy() {
    QStringList paths;
    auto addPatient = [&paths](const Patient& p) {
        for (const Lesion& lesion : p.lesions)
            if (const ImageRecord* rec = latestImage(lesion)) paths << fromPath(rec->path);
    };
    if (patientIndex_ >= 0) addPatient(study_.patients[patientIndex_]);  // what the user sees first
    for (int i = 0; i < static_cast<int>(study_.patients.size()); ++i)
        if (i != patientIndex_) addPatient(study_.patients[i]);
    if (!paths.isEmpty()) service_->analyse(paths);
}

void MainWindow::showPatient(int patientIndex) {
    if (patientIndex < 0 || patientIndex >= static_cast<int>(study_.patients.size())) return;
    patientIndex_ = patientIndex;
    if (patientList_->currentRow() != patientIndex) {
        const QSignalBlocker blocker(patientList_);
        patientList_->setCurrentRow(patientIndex);
    }
    patientPage_->setPatient(study_.patients[patientIndex]);
    stack_->setCurrentWidget(patientPage_);
    updateTitle();
}

void MainWindow::showLesion(int lesionIndex) {
    if (patientIndex_ < 0) return;
    const Patient& patient = study_.patients[patientIndex_];
    if (lesionIndex < 0 || lesionIndex >= static_cast<int>(patient.lesions.size())) return;
    lesionPage_->setLesion(patient, patient.lesions[lesionIndex]);
    stack_->setCurrentWidget(lesionPage_);
    lesionPage_->imageView()->setFocus();
}

void MainWindow::showCompare(const QList<int>& lesionIndices) {
    if (patientIndex_ < 0 || lesionIndices.size() < 2) return;
    compareView_->setLesions(study_.patients[patientIndex_], lesionIndices.mid(0, 4));
    stack_->setCurrentWidget(compareView_);
}

void MainWindow::assignDialog(QList<int> lesionIndices) {
    if (patientIndex_ < 0) return;
    const QModelIndex current = patientPage_->grid()->currentIndex();
    if (lesionIndices.isEmpty() && current.isValid())
        lesionIndices << current.data(LesionTileModel::LesionIndexRole).toInt();
    if (lesionIndices.isEmpty()) return;
    const Patient& patient = study_.patients[patientIndex_];
    const int first = lesionIndices.first();
    const QString lesionId =
        lesionIndices.size() == 1 && first >= 0 && first < static_cast<int>(patient.lesions.size())
            ? qs(patient.lesions[first].id)
            : QString();
    AssignDialog dialog(study_, qs(patient.id), lesionId, this);
    if (dialog.exec() != QDialog::Accepted) return;
    const QString error = assignLesions(lesionIndices, dialog.patientId(), dialog.lesionId());
    if (!error.isEmpty()) QMessageBox::warning(this, tr("Assign failed"), error);
}

QString MainWindow::assignLesions(const QList<int>& lesionIndices, const QString& patientId,
                                  const QString& lesionId) {
    const std::string target = patientId.trimmed().toStdString();
    if (patientIndex_ < 0 || target.empty()) return tr("Choose a patient.");
    const Patient source = study_.patients[patientIndex_];  // a copy: assigning reorders
    std::vector<std::pair<std::filesystem::path, std::string>> moves;
    for (int i : lesionIndices) {
        if (i < 0 || i >= static_cast<int>(source.lesions.size())) continue;
        const Lesion& lesion = source.lesions[i];
        const QString lesionTarget = lesionId.trimmed();
        for (const ImageRecord& rec : lesion.images)
            moves.emplace_back(rec.path,
                               lesionTarget.isEmpty() ? lesion.id : lesionTarget.toStdString());
    }
    if (moves.empty()) return tr("Select one or more lesions first.");
    QString error;
    for (const auto& [path, lesion] : moves)
        if (auto moved = StudyCatalog::assignImage(study_, path, target, lesion); !moved)
            error = qs(moved.error().message());
    updatePatientList();
    // Stay on the source patient while it has lesions left, else follow the images.
    const auto& patients = study_.patients;
    auto at = [&patients](const std::string& id) {
        for (int i = 0; i < static_cast<int>(patients.size()); ++i)
            if (patients[i].id == id) return i;
        return -1;
    };
    const int show = at(source.id) >= 0 ? at(source.id) : std::max(at(target), 0);
    patientIndex_ = -1;
    showPatient(show);  // re-ranks the shown patient from the cached predictions
    analyseStudy();     // anything not predicted yet (cached ones are instant)
    statusBar()->showMessage(tr("Moved %n image(s).", "", static_cast<int>(moves.size())), 5000);
    return error;
}

ModelCardDialog* MainWindow::showModelCard() {
    if (!modelCard_) modelCard_ = new ModelCardDialog(this);
    modelCard_->setCard(service_->card(), service_->modelProblem());
    modelCard_->show();
    modelCard_->raise();
    return modelCard_;
}

QWidget* MainWindow::currentPage() const { return stack_->currentWidget(); }

bool MainWindow::studySynthetic() const {
    return std::any_of(study_.patients.begin(), study_.patients.end(),
                       [](const Patient& p) { return isSynthetic(p); });
}

void MainWindow::updateTitle() {
    QString title = QStringLiteral("Dermalens");
    if (patientIndex_ >= 0) {
        const Patient& p = study_.patients[patientIndex_];
        title += QStringLiteral(" — ") + qs(p.label.empty() ? p.id : p.label);
    }
    if (studySynthetic()) title += QStringLiteral(" — ") + tr("SYNTHETIC DATA");
    setWindowTitle(title);
    patientList_->setVisible(!study_.patients.empty());
}

void MainWindow::onModelLoaded() {
    modelBanner_->setVisible(false);
    const ModelCard* card = service_->card();
    const QString text =
        tr("Model %1 %2 on %3").arg(qs(card->name), qs(card->version), service_->deviceName());
    welcome_->setModelStatus(text);
    statusBar()->showMessage(text, 5000);
    if (!study_.patients.empty()) analyseStudy();
}

void MainWindow::onModelFailed(const QString& message) {
    const QString text = tr("No AI model loaded — images can be viewed, but not analysed. %1\n"
                            "Choose a model in Tools > Settings…")
                             .arg(message);
    modelBanner_->setText(text);
    modelBanner_->setVisible(true);
    welcome_->setModelStatus(tr("No AI model loaded."));
    statusBar()->clearMessage();
}

void MainWindow::openImagesDialog() {
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Open Images"), settings_->lastFolder(),
        tr("Images (*.jpg *.jpeg *.png *.tif *.tiff *.bmp *.webp *.dcm *.dicom);;All files (*)"));
    if (files.isEmpty()) return;
    settings_->setLastFolder(QFileInfo(files.first()).absolutePath());
    openPaths(files);
}

void MainWindow::openFolderDialog() {
    const QString dir =
        QFileDialog::getExistingDirectory(this, tr("Open Folder"), settings_->lastFolder());
    if (dir.isEmpty()) return;
    settings_->setLastFolder(dir);
    openPaths({dir});
}

QString MainWindow::exportView(const QString& path) {
    QImage image;
    if (currentPage() == lesionPage_)
        image = lesionPage_->exportImage();
    else
        image = ViewExporter::compose(
            currentPage()->grab().toImage(), windowTitle(), QString(),
            service_->card() ? qs(service_->card()->name) + u' ' + qs(service_->card()->version)
                             : tr("no model"));
    return ViewExporter::savePng(image, path);
}

void MainWindow::exportViewDialog() {
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export View as PNG"),
        settings_->lastFolder() + QStringLiteral("/dermalens-view.png"), tr("PNG image (*.png)"));
    if (path.isEmpty()) return;
    const QString error = exportView(path);
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Export failed"), error);
    else
        statusBar()->showMessage(tr("Saved %1").arg(path), 5000);
}

void MainWindow::openSettings() {
    SettingsDialog dialog(settings_, this);
    if (dialog.exec() != QDialog::Accepted) return;
    if (dialog.apply()) service_->loadModel(settings_->modelDirectory(), settings_->device());
    lesionPage_->overlayControls()->setOptions(settings_->overlayOptions());
    if (dialog.languageChanged())
        QMessageBox::information(this, tr("Language"),
                                 tr("The language changes the next time Dermalens starts."));
}

void MainWindow::about() {
    QMessageBox::about(
        this, tr("About Dermalens"),
        tr("<h3>Dermalens %1</h3><p>Offline dermoscopy viewer with AI decision support.</p>"
           "<p><b>Decision support only — not a diagnosis. Not a medical device.</b></p>")
            .arg(QStringLiteral(DERMALENS_VERSION)));
}

void MainWindow::fit() {
    if (currentPage() == lesionPage_) lesionPage_->imageView()->fitToWindow();
    if (currentPage() == compareView_) compareView_->fitAll();
}

void MainWindow::actualSize() {
    if (currentPage() == lesionPage_) lesionPage_->imageView()->actualSize();
    if (currentPage() == compareView_) compareView_->actualSizeAll();
}

void MainWindow::toggleOverlay() {
    if (currentPage() == lesionPage_) lesionPage_->toggleOverlay();
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event) {
    if (event->mimeData()->hasUrls()) event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event) {
    QStringList paths;
    for (const QUrl& url : event->mimeData()->urls())
        if (url.isLocalFile()) paths << url.toLocalFile();
    openPaths(paths);
    event->acceptProposedAction();
}

}  // namespace dermalens::ui
