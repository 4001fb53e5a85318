#include "widgets/AnalysisProgress.h"

#include <QProgressDialog>

#include "services/AnalysisService.h"

namespace dermalens::ui {

AnalysisProgress::AnalysisProgress(AnalysisService* service, QWidget* parentWindow)
    : QObject(parentWindow), service_(service), window_(parentWindow) {
    delay_.setSingleShot(true);
    delay_.setInterval(kShowDelayMs);
    connect(&delay_, &QTimer::timeout, this, &AnalysisProgress::show);
    connect(service_, &AnalysisService::analysisProgress, this, &AnalysisProgress::onProgress);
    connect(service_, &AnalysisService::analysisFinished, this, &AnalysisProgress::onFinished);
}

bool AnalysisProgress::dialogVisible() const { return dialog_ && dialog_->isVisible(); }

void AnalysisProgress::onProgress(int done, int total) {
    done_ = done;
    total_ = total;
    if (dialog_) {
        dialog_->setMaximum(total);
        dialog_->setValue(done);
    } else if (!delay_.isActive() && done < total) {
        delay_.start();
    }
}

void AnalysisProgress::show() {
    if (!service_->batchActive() || dialog_) return;
    // Non-modal: the user may keep looking at images while the rest is analysed.
    dialog_ = new QProgressDialog(tr("Analysing images…"), tr("Cancel"), 0, total_, window_);
    dialog_->setWindowTitle(tr("Analysis"));
    dialog_->setWindowModality(Qt::NonModal);
    dialog_->setMinimumDuration(0);
    dialog_->setAutoClose(false);
    dialog_->setAutoReset(false);
    dialog_->setValue(done_);
    connect(dialog_, &QProgressDialog::canceled, service_, &AnalysisService::cancelAnalysis);
    dialog_->show();
}

void AnalysisProgress::onFinished() {
    delay_.stop();
    if (dialog_) {
        dialog_->disconnect(service_);
        dialog_->deleteLater();
        dialog_ = nullptr;
    }
}

}  // namespace dermalens::ui
