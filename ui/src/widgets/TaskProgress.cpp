#include "widgets/TaskProgress.h"

#include <QProgressDialog>
#include <QPushButton>
#include <algorithm>
#include <limits>

namespace dermalens::ui {
namespace {
constexpr int kPollMs = 100;
}

TaskProgress::TaskProgress(QWidget* window, QString title)
    : QObject(window),
      window_(window),
      title_(std::move(title)),
      state_(std::make_shared<State>()) {
    delay_.setSingleShot(true);
    delay_.setInterval(kShowDelayMs);
    connect(&delay_, &QTimer::timeout, this, &TaskProgress::show);
    poll_.setInterval(kPollMs);
    connect(&poll_, &QTimer::timeout, this, &TaskProgress::refresh);
}

TaskProgress::~TaskProgress() { state_->cancel.store(true); }

void TaskProgress::begin(const QString& label) {
    // A fresh state: callbacks of an earlier phase still running cannot move this one.
    state_ = std::make_shared<State>();
    label_ = label;
    if (dialog_) {
        dialog_->setLabelText(label);
        refresh();
    } else {
        delay_.start();
    }
    poll_.start();
}

void TaskProgress::finish() {
    delay_.stop();
    poll_.stop();
    if (dialog_) dialog_->deleteLater();
    dialog_ = nullptr;
}

bool TaskProgress::dialogVisible() const { return dialog_ && dialog_->isVisible(); }

ProgressCallback TaskProgress::progressCallback() const {
    return [state = state_](std::size_t done, std::size_t total) {
        state->done.store(done);
        state->total.store(total);
    };
}

CancelCallback TaskProgress::cancelCallback() const {
    return [state = state_] { return state->cancel.load(); };
}

void TaskProgress::show() {
    if (dialog_) return;
    // Non-modal: the user may keep reading records while the task runs.
    dialog_ = new QProgressDialog(label_, tr("Cancel"), 0, 0, window_);
    dialog_->setWindowTitle(title_);
    dialog_->setWindowModality(Qt::NonModal);
    dialog_->setMinimumDuration(0);
    dialog_->setAutoClose(false);
    dialog_->setAutoReset(false);
    connect(dialog_, &QProgressDialog::canceled, this, [this] {
        cancel();
        if (dialog_) dialog_->setLabelText(tr("Cancelling…"));
    });
    refresh();
    dialog_->show();
}

void TaskProgress::refresh() {
    if (!dialog_) return;
    constexpr std::size_t kMax = std::numeric_limits<int>::max();
    const auto total = static_cast<int>(std::min(state_->total.load(), kMax));
    const auto done = static_cast<int>(std::min(state_->done.load(), kMax));
    dialog_->setMaximum(total);  // 0: a busy indicator until the total is known
    dialog_->setValue(std::min(done, total));
}

}  // namespace dermalens::ui
