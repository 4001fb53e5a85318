// TaskProgress: progress and Cancel for one background task (import, backup, restore).
//
// The worker reports through callbacks that only store atomics, so it never touches a widget
// or posts an event per file; a GUI-thread timer shows the numbers. The dialog appears only
// when the task lasts more than 250 ms, so short work does not flash a window.
#pragma once

#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>
#include <atomic>
#include <memory>

#include "dermalens/Result.h"

class QProgressDialog;
class QWidget;

namespace dermalens::ui {

class TaskProgress : public QObject {
    Q_OBJECT
public:
    static constexpr int kShowDelayMs = 250;

    TaskProgress(QWidget* window, QString title);
    ~TaskProgress() override;

    // Starts a new task phase: resets the numbers and the cancel flag, shows `label`.
    void begin(const QString& label);
    void finish();
    void cancel() { state_->cancel.store(true); }
    [[nodiscard]] bool cancelled() const { return state_->cancel.load(); }
    [[nodiscard]] bool dialogVisible() const;

    // Thread-safe callbacks for the core's long calls; they keep the shared state alive.
    [[nodiscard]] ProgressCallback progressCallback() const;
    [[nodiscard]] CancelCallback cancelCallback() const;

private:
    struct State {
        std::atomic<std::size_t> done{0};
        std::atomic<std::size_t> total{0};
        std::atomic_bool cancel{false};
    };
    void show();
    void refresh();

    QWidget* window_;
    QString title_;
    QString label_;
    std::shared_ptr<State> state_;
    QPointer<QProgressDialog> dialog_;
    QTimer delay_;
    QTimer poll_;
};

}  // namespace dermalens::ui
