// Helpers for the UI tests: which model to use, a temporary record store per test, waiting on
// the event loop, and driving the main window through an import.
#pragma once

#include <QFuture>
#include <QString>
#include <QStringList>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>

#include "TestPaths.h"
#include "dermalens/study/Study.h"
#include "dermalens/workspace/Workspace.h"

class QWidget;

namespace dermalens::ui {
class MainWindow;
class Settings;
}  // namespace dermalens::ui

namespace dermalens::test {

struct ModelChoice {
    QString directory;       // empty when no model is available
    bool isDefault = false;  // the real embedded model (its embeddings are meaningful)
};

// The default model when its model.json exists, else a tiny test model, else none.
ModelChoice chooseModel();

// Runs the event loop until `done` or the timeout; false on timeout.
bool waitFor(const std::function<bool()>& done, int timeoutMs = 60'000);

// Waits (running the event loop) for a future and returns its value; nullopt on timeout.
template <typename T>
std::optional<T> await(QFuture<T> future, int timeoutMs = 60'000) {
    if (!waitFor([&future] { return future.isFinished(); }, timeoutMs) || future.isCanceled())
        return std::nullopt;
    return future.result();
}
bool await(QFuture<void> future, int timeoutMs = 60'000);

// A fresh record store for one test: the settings point at it for this run, so no test ever
// opens the user's records. Removed with the test.
class TestStore {
public:
    explicit TestStore(ui::Settings& settings, const std::string& prefix = "dermalens-ui-store");
    [[nodiscard]] std::filesystem::path path() const { return dir_.path() / "store"; }

private:
    TempDir dir_;
};

// Points the settings at a temporary store and the test model (CPU).
void useTestModel(ui::Settings& settings);

// Opens the SYNTHETIC demo and waits until its first patient is shown.
bool openDemo(ui::MainWindow& window, int timeoutMs = 180'000);
// Imports files/folders (no review expected) and waits until a patient is shown.
bool importPaths(ui::MainWindow& window, const QStringList& paths, int timeoutMs = 120'000);
// Shows the patient and waits until it is on screen.
bool showPatient(ui::MainWindow& window, PatientId id, int timeoutMs = 30'000);
// The stored patient whose external id or name contains `part` (invalid when none).
PatientId findPatient(const ui::MainWindow& window, const QString& part);
// The stored patient's tree (empty patient when missing).
Patient storedPatient(const ui::MainWindow& window, PatientId id);
// Waits for the model, then for every running analysis; false when no model could load.
bool waitForAnalysis(ui::MainWindow& window, int timeoutMs = 600'000);

// Writes a PNG of `widget` into $DERMALENS_SCREENSHOT_DIR when that is set (docs screenshots).
void saveScreenshot(QWidget* widget, const QString& name);

}  // namespace dermalens::test
