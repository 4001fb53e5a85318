#include "widgets/InlineProgress.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <algorithm>
#include <limits>

namespace dermalens::ui {
namespace {
constexpr int kPollMs = 100;
}

InlineProgress::InlineProgress(QWidget* parent)
    : QWidget(parent),
      state_(std::make_shared<State>()),
      label_(new QLabel(this)),
      bar_(new QProgressBar(this)),
      cancel_(new QPushButton(tr("Cancel"), this)) {
    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(label_);
    row->addWidget(bar_, 1);
    row->addWidget(cancel_);
    connect(cancel_, &QPushButton::clicked, this, &InlineProgress::cancel);
    poll_.setInterval(kPollMs);
    connect(&poll_, &QTimer::timeout, this, &InlineProgress::refresh);
    hide();
}

InlineProgress::~InlineProgress() { state_->cancel.store(true); }

void InlineProgress::begin(const QString& label) {
    state_ = std::make_shared<State>();
    label_->setText(label);
    bar_->setRange(0, 0);
    cancel_->setEnabled(true);
    poll_.start();
    show();
}

void InlineProgress::finish() {
    poll_.stop();
    hide();
}

void InlineProgress::cancel() {
    state_->cancel.store(true);
    cancel_->setEnabled(false);
    label_->setText(tr("Cancelling…"));
}

ProgressCallback InlineProgress::progressCallback() const {
    return [state = state_](std::size_t done, std::size_t total) {
        state->done.store(done);
        state->total.store(total);
    };
}

CancelCallback InlineProgress::cancelCallback() const {
    return [state = state_] { return state->cancel.load(); };
}

void InlineProgress::refresh() {
    constexpr std::size_t kMax = std::numeric_limits<int>::max();
    const auto total = static_cast<int>(std::min(state_->total.load(), kMax));
    const auto done = static_cast<int>(std::min(state_->done.load(), kMax));
    bar_->setRange(0, total);  // 0: a busy bar until the total is known
    bar_->setValue(std::min(done, total));
}

}  // namespace dermalens::ui
