#include "MainWindow.h"

#include <QDragEnterEvent>
#include <QLabel>
#include <QMimeData>
#include <QPromise>
#include <QPushButton>
#include <QSet>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QThreadPool>
#include <QVBoxLayout>

#include "ImportFlow.h"
#include "MainMenus.h"
#include "RecordActions.h"
#include "StoreMaintenance.h"
#include "dermalens/workspace/Workspace.h"
#include "dialogs/ModelCardDialog.h"
#include "dialogs/ProblemsDialog.h"
#include "pages/CompareView.h"
#include "pages/TimelinePage.h"
#include "pages/LesionPage.h"
#include "pages/PatientPage.h"
#include "pages/WelcomePage.h"
#include "services/AnalysisService.h"
#include "services/DemoStudy.h"
#include "services/Settings.h"
#include "services/ViewExporter.h"
#include "services/WorkspaceService.h"
#include "support/QtConvert.h"
#include "widgets/AnalysisProgress.h"
#include "widgets/ImageView.h"
#include "widgets/LesionTileModel.h"
#include "widgets/PatientListPanel.h"

namespace dermalens::ui {
namespace {

// An edit's result as the patient to show after it.
auto thenShow(PatientId next) {
    return [next](const Result<void>& done) -> Result<PatientId> {
        if (!done) return tl::unexpected(done.error());
        return next;
    };
}

}  // namespace

MainWindow::MainWindow(Settings* settings, QWidget* parent)
    : QMainWindow(parent), settings_(settings) {
    store_ = new WorkspaceService(this);
    service_ = new AnalysisService(store_, this);
    service_->setOperatingPointChoice(settings_->operatingPointChoice());
    imports_ = new ImportFlow(store_, this);
    records_ = std::make_unique<RecordActions>(store_, this);
    maintenance_ = new StoreMaintenance(store_, settings_, this);
    problems_ = new ProblemsDialog(this);
    progress_ = new AnalysisProgress(service_, this);
    setCentralWidget(createCentral());
    menus_ = new MainMenus(this);
    connectServices();
    connectPages();
    setAcceptDrops(true);
    resize(1360, 860);
    updateTitle();
    openStore(settings_->storeDirectory());
}

MainWindow::~MainWindow() {
    // Background reads and edits continue onto the pages: let them end before those go.
    // Nothing is announced any more: listeners may be gone already.
    imports_->blockSignals(true);
    imports_->cancel();
    maintenance_->cancel();
    service_->cancelAnalysis();
    QThreadPool::globalInstance()->waitForDone();
}

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
    patientList_ = new PatientListPanel(store_, splitter);
    patientList_->setMinimumWidth(240);
    stack_ = new QStackedWidget(splitter);
    welcome_ = new WelcomePage(stack_);
    patientPage_ = new PatientPage(service_, store_, stack_);
    lesionPage_ = new LesionPage(service_, store_, settings_, stack_);
    compareView_ = new CompareView(service_, stack_);
    timelinePage_ = new TimelinePage(service_, store_, stack_);
    for (QWidget* page : {static_cast<QWidget*>(welcome_), static_cast<QWidget*>(patientPage_),
                          static_cast<QWidget*>(lesionPage_), static_cast<QWidget*>(compareView_),
                          static_cast<QWidget*>(timelinePage_)})
        stack_->addWidget(page);
    splitter->addWidget(patientList_);
    splitter->addWidget(stack_);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({320, 1040});
    layout->addWidget(splitter, 1);
    problemsButton_ = new QPushButton(this);
    problemsButton_->setFlat(true);
    problemsButton_->setVisible(false);
    statusBar()->addPermanentWidget(problemsButton_);
    return central;
}

void MainWindow::connectServices() {
    auto status = [this](const QString& text) { statusBar()->showMessage(text, 8000); };
    connect(imports_, &ImportFlow::finished, this, &MainWindow::onImported);
    connect(imports_, &ImportFlow::failed, this, &MainWindow::studyFailed);
    connect(imports_, &ImportFlow::problem, problems_, &ProblemsDialog::add);
    connect(imports_, &ImportFlow::statusMessage, this, status);
    connect(maintenance_, &StoreMaintenance::statusMessage, this, status);
    connect(maintenance_, &StoreMaintenance::storeRestored, this, &MainWindow::openStore);
    connect(store_, &WorkspaceService::recordsChanged, patientList_, &PatientListPanel::refresh);
    connect(service_, &AnalysisService::modelLoaded, this, &MainWindow::onModelLoaded);
    connect(service_, &AnalysisService::modelFailed, this, &MainWindow::onModelFailed);
    connect(service_, &AnalysisService::imageFailed, this, &MainWindow::reportImageProblem);
    connect(service_, &AnalysisService::analysisFinished, this, [this](bool cancelled, int n) {
        statusBar()->showMessage(cancelled ? tr("Analysis cancelled.")
                                           : tr("Analysis complete: %n image(s) analysed.", "", n),
                                 5000);
    });
    connect(problems_, &ProblemsDialog::countChanged, this, [this](int n) {
        problemsButton_->setText(tr("⚠ %n problem(s)", "", n));
        problemsButton_->setVisible(n > 0);
    });
    connect(problemsButton_, &QPushButton::clicked, problems_, &QWidget::show);
}

void MainWindow::connectPages() {
    connect(welcome_, &WelcomePage::openImagesRequested, menus_, &MainMenus::openImagesDialog);
    connect(welcome_, &WelcomePage::openFolderRequested, menus_, &MainMenus::openFolderDialog);
    connect(welcome_, &WelcomePage::openDemoRequested, this, &MainWindow::openDemo);
    connect(patientList_, &PatientListPanel::patientActivated, this, &MainWindow::showPatient);
    connect(patientList_, &PatientListPanel::deleteRequested, menus_,
            &MainMenus::confirmDeletePatient);
    connect(patientPage_, &PatientPage::lesionActivated, this, &MainWindow::showLesion);
    connect(patientPage_, &PatientPage::compareRequested, this, &MainWindow::showCompare);
    connect(patientPage_, &PatientPage::assignRequested, menus_, &MainMenus::assignDialog);
    connect(patientPage_, &PatientPage::deleteRequested, menus_, &MainMenus::confirmDeleteLesions);
    connect(patientPage_, &PatientPage::lesionsEdited, this, [this](PatientId id) {
        store_->announceRecordsChanged();
        showPatient(id);
    });
    connect(lesionPage_, &LesionPage::backRequested, this,
            [this] { stack_->setCurrentWidget(patientPage_); });
    connect(lesionPage_, &LesionPage::modelCardRequested, this, [this] { showModelCard(); });
    connect(lesionPage_, &LesionPage::deleteImageRequested, menus_, &MainMenus::confirmDeleteImage);
    connect(compareView_, &CompareView::backRequested, this,
            [this] { stack_->setCurrentWidget(patientPage_); });
    connect(lesionPage_, &LesionPage::followUpRequested, this, &MainWindow::showTimeline);
    connect(timelinePage_, &TimelinePage::backRequested, this,
            [this] { stack_->setCurrentWidget(lesionPage_); });
    connect(stack_, &QStackedWidget::currentChanged, this, &MainWindow::updateTitle);
}

QString MainWindow::openStore(const QString& directory) {
    const QString error = store_->open(directory);
    if (!error.isEmpty()) {
        problems_->add(directory, error);
        modelBanner_->setText(tr("The record store could not be opened: %1").arg(error));
        modelBanner_->setVisible(true);
        return error;
    }
    showWelcome();
    patientList_->refresh();
    statusBar()->showMessage(tr("Loading the model…"));
    service_->loadModel(settings_->modelDirectory(),
                        settings_->device());  // it lives in the store's Workspace
    return {};
}

void MainWindow::openPaths(const QStringList& paths) { imports_->start(paths); }

void MainWindow::openDemo() {
    statusBar()->showMessage(tr("Writing the SYNTHETIC demo study…"));
    DemoStudy::write().then(this, [this](const Result<DemoStudyInfo>& info) {
        if (!info) {
            problems_->add(QString(), qs(info.error().message()));
            Q_EMIT studyFailed(qs(info.error().message()));
            return;
        }
        imports_->start({DemoStudy::directory()}, DemoStudy::importOptions(),
                        DemoStudy::firstPatientKey());
    });
}

void MainWindow::onImported(const ImportSummary& summary, PatientId patient) {
    if (!patient.valid()) {
        Q_EMIT studyFailed(tr("No readable images found."));
        return;
    }
    showPatient(patient).then(this, [this, ids = summary.imported_ids] {
        analyseImported(ids);
        Q_EMIT studyOpened();
    });
}

// New images are analysed at once, the shown patient's first (what the user looks at).
void MainWindow::analyseImported(const std::vector<ImageId>& imported) {
    if (imported.empty()) return;
    std::vector<ImageId> order = patientPage_->tileModel()->latestImages();
    QSet<ImageId> seen(order.begin(), order.end());
    for (const ImageId& id : imported)
        if (!seen.contains(id)) {
            seen.insert(id);
            order.push_back(id);
        }
    service_->analyse(order);
}

QFuture<void> MainWindow::showPatient(PatientId id) {
    if (!id.valid()) return QtFuture::makeReadyFuture();
    const int generation = ++showGeneration_;
    // A patient with thousands of images takes a while to read: off the GUI thread.
    return store_->run([id](Workspace& ws) { return ws.patient(id); })
        .then(this, [this, id, generation](Result<Patient> patient) {
            if (generation != showGeneration_) return;  // the user chose another meanwhile
            if (!patient) {
                statusBar()->showMessage(qs(patient.error().message()), 8000);
                patientList_->refresh();
                return;
            }
            presentPatient(std::move(*patient));
            store_->run([id](Workspace& ws) { return ws.markOpened(id); })
                .then(this, [this](const Result<void>&) {
                    if (patientList_->recentOnly()) patientList_->refresh();
                });
            Q_EMIT patientShown(id);
        });
}

void MainWindow::presentPatient(Patient patient) {
    patient_ = std::move(patient);
    patientList_->select(patient_.patient_id);
    patientPage_->setPatient(patient_);
    stack_->setCurrentWidget(patientPage_);
    updateTitle();
}

void MainWindow::showWelcome() {
    ++showGeneration_;
    patient_ = Patient{};
    patientPage_->setPatient(patient_);
    patientList_->select(PatientId{});
    stack_->setCurrentWidget(welcome_);
    updateTitle();
}

void MainWindow::showLesion(int lesionIndex) {
    if (lesionIndex < 0 || lesionIndex >= static_cast<int>(patient_.lesions.size())) return;
    lesionPage_->setLesion(patient_, patient_.lesions[lesionIndex]);
    stack_->setCurrentWidget(lesionPage_);
    lesionPage_->imageView()->setFocus();
}

void MainWindow::showCompare(const QList<int>& lesionIndices) {
    if (!hasPatient() || lesionIndices.size() < 2) return;
    compareView_->setLesions(patient_, lesionIndices.mid(0, 4));
    stack_->setCurrentWidget(compareView_);
}

void MainWindow::showTimeline() {
    if (lesionPage_->lesion().images.size() < 2) return;
    timelinePage_->setLesion(patient_, lesionPage_->lesion());
    stack_->setCurrentWidget(timelinePage_);
}

void MainWindow::showBodyMap(bool visible) {
    patientPage_->setBodyMapVisible(visible);
    if (visible && hasPatient()) stack_->setCurrentWidget(patientPage_);
}

void MainWindow::analysePatient() {
    if (hasPatient()) service_->analysePatient(patient_.patient_id);
}

void MainWindow::analyseAll() { service_->analyseAll(); }

QFuture<QString> MainWindow::assignLesions(const QList<int>& lesionIndices,
                                           const AssignTarget& target) {
    const QString invalid = RecordActions::validate(patient_, lesionIndices, target);
    if (!invalid.isEmpty()) return QtFuture::makeReadyFuture(invalid);
    QFuture<Result<PatientId>> edit =
        records_->assign(patient_, lesionIndices, target)
            .then([](const Result<RecordActions::Moved>& m) -> Result<PatientId> {
                if (!m) return tl::unexpected(m.error());
                return m->show;
            });
    return refreshAfter(
        edit, tr("Moved the images of %n lesion(s).", "", static_cast<int>(lesionIndices.size())));
}

QFuture<QString> MainWindow::refreshAfter(QFuture<Result<PatientId>> edit, const QString& done) {
    auto promise = std::make_shared<QPromise<QString>>();
    promise->start();
    QFuture<QString> result = promise->future();
    edit.then(this, [this, promise, done](const Result<PatientId>& show) {
        const QString error = show ? QString() : qs(show.error().message());
        statusBar()->showMessage(show ? done : error, 8000);
        store_->announceRecordsChanged();
        auto finish = [promise, error] {
            promise->addResult(error);
            promise->finish();
        };
        const PatientId next = show ? *show : patient_.patient_id;
        if (next.valid()) {
            showPatient(next).then(this, finish);
        } else {
            showWelcome();
            finish();
        }
    });
    return result;
}

QFuture<QString> MainWindow::deletePatient(PatientId id) {
    const PatientId next = id == patient_.patient_id ? PatientId{} : patient_.patient_id;
    return refreshAfter(records_->deletePatient(id).then(thenShow(next)), tr("Patient deleted."));
}

QFuture<QString> MainWindow::deleteLesions(const QList<int>& lesionIndices) {
    std::vector<LesionId> ids;
    for (int i : lesionIndices)
        if (i >= 0 && i < static_cast<int>(patient_.lesions.size()))
            ids.push_back(patient_.lesions[i].lesion_id);
    const int n = static_cast<int>(ids.size());
    return refreshAfter(records_->deleteLesions(ids).then(thenShow(patient_.patient_id)),
                        tr("%n lesion(s) deleted.", "", n));
}

QFuture<QString> MainWindow::deleteImage(const ImageId& id) {
    return refreshAfter(records_->deleteImage(id).then(thenShow(patient_.patient_id)),
                        tr("Image deleted."));
}

ModelCardDialog* MainWindow::showModelCard() {
    if (!modelCard_) modelCard_ = new ModelCardDialog(this);
    modelCard_->setCard(service_->card(), service_->modelProblem());
    modelCard_->show();
    modelCard_->raise();
    return modelCard_;
}

QWidget* MainWindow::currentPage() const { return stack_->currentWidget(); }

void MainWindow::updateTitle() {
    QString title = QStringLiteral("Dermalens");
    if (hasPatient()) title += QStringLiteral(" — ") + patientName(patient_);
    if (hasPatient() && isSynthetic(patient_))
        title += QStringLiteral(" — ") + tr("SYNTHETIC DATA");
    setWindowTitle(title);
}

void MainWindow::onModelLoaded() {
    modelBanner_->setVisible(false);
    const ModelCard* card = service_->card();
    const QString text =
        tr("Model %1 %2 on %3").arg(qs(card->name), qs(card->version), service_->deviceName());
    welcome_->setModelStatus(text);
    statusBar()->showMessage(text, 5000);
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

// Problems name the file the user imported, not the store's hash-named copy.
void MainWindow::reportImageProblem(const ImageId& id, const QString& message) {
    auto ws = store_->workspace();
    auto entry = ws && id.valid() ? ws->image(id) : Result<ImageEntry>(tl::unexpected(Error{}));
    problems_->add(entry ? qs(entry->source_path) : QString(), message);
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
