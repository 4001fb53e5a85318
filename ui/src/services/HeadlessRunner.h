// HeadlessRunner: scripted runs of the main window for automation:
// - screenshots: welcome, patient (demo patient A analysed), lesion with Grad-CAM, compare,
//   model card, written as PNGs into a folder;
// - latency: opens a study, analyses it and reports the largest event-loop stall.
// Each waits with a deadline and reports what it was waiting for when one passes.
#pragma once

#include <QString>
#include <QStringList>
#include <functional>

class QWidget;

namespace dermalens::ui {

class MainWindow;

class HeadlessRunner {
public:
    explicit HeadlessRunner(MainWindow* window) : window_(window) {}

    // Returns 0 when every screenshot was written; messages go to stderr.
    int screenshots(const QString& dir);
    // Opens `paths` (or the demo when empty), analyses, prints the max event-loop gap.
    // Returns 0 on success; `maxGapMs` receives the measurement.
    int measureLatency(const QStringList& paths, double* maxGapMs = nullptr);

    // Runs the event loop until `done` is true or `timeoutMs` passes; false on timeout.
    static bool waitUntil(const std::function<bool()>& done, int timeoutMs);

private:
    bool openDemoAndAnalyse();
    bool save(QWidget* widget, const QString& dir, const QString& name);

    MainWindow* window_;
};

}  // namespace dermalens::ui
