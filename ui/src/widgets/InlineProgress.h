// InlineProgress: a progress bar with a Cancel button inside a dialog, for one background
// task at a time (DICOM export, PACS retrieve and send). Like TaskProgress, the worker's
// callbacks only store atomics and a GUI-thread timer shows them.
#pragma once

#include <QTimer>
#include <QWidget>
#include <atomic>
#include <memory>

#include "dermalens/Result.h"

class QLabel;
class QProgressBar;
class QPushButton;

namespace dermalens::ui {

class InlineProgress : public QWidget {
    Q_OBJECT
public:
    explicit InlineProgress(QWidget* parent = nullptr);
    ~InlineProgress() override;

    // A new task: fresh numbers and cancel flag, `label` shown, Cancel enabled.
    void begin(const QString& label);
    void finish();
    void cancel();
    [[nodiscard]] bool running() const { return poll_.isActive(); }
    [[nodiscard]] bool cancelled() const { return state_->cancel.load(); }
    [[nodiscard]] QPushButton* cancelButton() const { return cancel_; }

    // Thread-safe callbacks for the core's long calls; they keep the shared state alive.
    [[nodiscard]] ProgressCallback progressCallback() const;
    [[nodiscard]] CancelCallback cancelCallback() const;

private:
    struct State {
        std::atomic<std::size_t> done{0};
        std::atomic<std::size_t> total{0};
        std::atomic_bool cancel{false};
    };
    void refresh();

    std::shared_ptr<State> state_;
    QLabel* label_;
    QProgressBar* bar_;
    QPushButton* cancel_;
    QTimer poll_;
};

}  // namespace dermalens::ui
