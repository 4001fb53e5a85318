#include "UiTestSupport.h"

#include <QDir>
#include <QObject>
#include <QWidget>
#include <cstdio>

#include "MainWindow.h"
#include "services/AnalysisService.h"
#include "services/HeadlessRunner.h"
#include "services/Settings.h"
#include "services/WorkspaceService.h"
#include "support/QtConvert.h"

namespace dermalens::test {
namespace {

bool isPackage(const std::filesystem::path& dir) {
    std::error_code ec;
    return std::filesystem::exists(dir / "model.json", ec);
}

// Runs `start` and waits for studyOpened (true) or studyFailed (false).
bool waitForImport(ui::MainWindow& window, const std::function<void()>& start, int timeoutMs) {
    bool opened = false;
    bool failed = false;
    const auto c1 = QObject::connect(&window, &ui::MainWindow::studyOpened, [&] { opened = true; });
    const auto c2 = QObject::connect(&window, &ui::MainWindow::studyFailed, [&] { failed = true; });
    start();
    waitFor([&] { return opened || failed; }, timeoutMs);
    QObject::disconnect(c1);
    QObject::disconnect(c2);
    return opened;
}

}  // namespace

ModelChoice chooseModel() {
    if (isPackage(defaultModelDir())) return {ui::fromPath(defaultModelDir()), true};
    const auto tiny = tinyModelsDir();
    // "tiny" is the conforming 7-class model; the other fixtures are deliberately broken.
    for (const auto& dir : {tiny / "tiny", tiny})
        if (isPackage(dir)) return {ui::fromPath(dir), false};
    return {};
}

bool waitFor(const std::function<bool()>& done, int timeoutMs) {
    return ui::HeadlessRunner::waitUntil(done, timeoutMs);
}

bool await(QFuture<void> future, int timeoutMs) {
    return waitFor([&future] { return future.isFinished(); }, timeoutMs) && !future.isCanceled();
}

TestStore::TestStore(ui::Settings& settings, const std::string& prefix) : dir_(prefix) {
    settings.overrideStoreDirectory(ui::fromPath(path()));
}

void useTestModel(ui::Settings& settings) {
    const ModelChoice model = chooseModel();
    if (!model.directory.isEmpty()) settings.overrideModelDirectory(model.directory);
    settings.setDevice(Device::Cpu);
}

bool openDemo(ui::MainWindow& window, int timeoutMs) {
    return waitForImport(
        window, [&window] { window.openDemo(); }, timeoutMs);
}

bool importPaths(ui::MainWindow& window, const QStringList& paths, int timeoutMs) {
    return waitForImport(
        window, [&] { window.openPaths(paths); }, timeoutMs);
}

bool showPatient(ui::MainWindow& window, PatientId id, int timeoutMs) {
    return await(window.showPatient(id), timeoutMs) && window.currentPatient().patient_id == id;
}

PatientId findPatient(const ui::MainWindow& window, const QString& part) {
    auto ws = window.store()->workspace();
    if (!ws) return {};
    for (const PatientSummary& s : ws->patients().value_or(std::vector<PatientSummary>{}))
        if (ui::qs(s.record.external_id).contains(part) || ui::qs(s.display_name).contains(part))
            return s.record.id;
    return {};
}

Patient storedPatient(const ui::MainWindow& window, PatientId id) {
    auto ws = window.store()->workspace();
    auto patient = ws ? ws->patient(id) : Result<Patient>(tl::unexpected(Error{}));
    return patient ? *patient : Patient{};
}

bool waitForAnalysis(ui::MainWindow& window, int timeoutMs) {
    ui::AnalysisService* service = window.service();
    if (!waitFor([service] { return !service->modelLoading(); }, 180'000)) return false;
    if (!service->modelReady()) return false;
    return waitFor([service] { return !service->analysing(); }, timeoutMs);
}

void saveScreenshot(QWidget* widget, const QString& name) {
    const QString dir = qEnvironmentVariable("DERMALENS_SCREENSHOT_DIR");
    if (dir.isEmpty() || !widget) return;
    QDir().mkpath(dir);
    waitFor([] { return false; }, 200);  // let layouts and repaints settle
    const QString path = QDir(dir).filePath(name);
    if (widget->grab().save(path, "PNG")) std::fprintf(stderr, "wrote %s\n", qPrintable(path));
}

}  // namespace dermalens::test
