#include "widgets/ImageQualityNote.h"

#include <QLabel>
#include <QStringList>
#include <QStyle>
#include <QVBoxLayout>

#include "services/WorkspaceService.h"
#include "support/QtConvert.h"

namespace dermalens::ui {

ImageQualityNote::ImageQualityNote(QWidget* parent) : QWidget(parent) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    title_ = new QLabel(tr("Image quality"), this);
    title_->setObjectName(QStringLiteral("secondaryText"));
    layout->addWidget(title_);
    body_ = new QLabel(this);
    body_->setObjectName(QStringLiteral("qualityNote"));
    body_->setWordWrap(true);
    body_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(body_);
    clear();
}

QString ImageQualityNote::warningLine(QualityCheck check) {
    switch (check) {
        case QualityCheck::Blur: return tr("Blurred image — prediction may be unreliable");
        case QualityCheck::Underexposure: return tr("Image too dark — prediction may be unreliable");
        case QualityCheck::Overexposure:
            return tr("Image too bright (clipped) — prediction may be unreliable");
        case QualityCheck::Ink: return tr("Skin-marker ink in the image — prediction may be unreliable");
        case QualityCheck::Ruler: return tr("Ruler in the image — prediction may be unreliable");
        case QualityCheck::Hair: return tr("Heavy hair over the lesion — prediction may be unreliable");
    }
    return {};
}

void ImageQualityNote::connectService(WorkspaceService* service) {
    if (service == service_) return;
    if (service_) disconnect(service_, nullptr, this, nullptr);
    service_ = service;
    connect(service, &WorkspaceService::imageQualityReady, this,
            [this](const ImageId& id, const ImageQualityReport& report) {
                if (id == imageId_) setReport(report);
            });
    connect(service, &WorkspaceService::imageQualityFailed, this,
            [this](const ImageId& id, const QString& message) {
                if (id == imageId_) setProblem(message);
            });
}

void ImageQualityNote::showImage(WorkspaceService* service, const ImageId& id) {
    imageId_ = id;
    warning_ = false;
    body_->setText(tr("Checking image quality…"));
    body_->setToolTip({});
    setVisible(true);
    if (!service) return setProblem(tr("No record store is open."));
    connectService(service);
    service->requestImageQuality(id);
}

void ImageQualityNote::setReport(const ImageQualityReport& report) {
    QStringList lines, figures;
    for (const auto& f : report.findings) {
        if (f.flagged) lines << QStringLiteral("⚠ ") + warningLine(f.check);
        figures << tr("%1: %2 (threshold %3)")
                       .arg(qs(qualityCheckName(f.check)))
                       .arg(f.value, 0, 'g', 3)
                       .arg(f.threshold, 0, 'g', 3);
    }
    warning_ = !lines.isEmpty();
    body_->setObjectName(warning_ ? QStringLiteral("warningBanner") : QStringLiteral("qualityNote"));
    body_->style()->unpolish(body_);  // the style sheet keys on the object name
    body_->style()->polish(body_);
    body_->setText(warning_ ? lines.join(u'\n')
                            : tr("No blur, exposure, ink, ruler or heavy-hair problem found."));
    body_->setToolTip(figures.join(u'\n'));
    setVisible(true);
}

void ImageQualityNote::setProblem(const QString& message) {
    warning_ = false;
    body_->setText(tr("Image quality not checked: %1").arg(message));
    setVisible(true);
}

void ImageQualityNote::clear() {
    imageId_ = {};
    warning_ = false;
    body_->clear();
    setVisible(false);
}

QString ImageQualityNote::text() const {
    return body_->text().isEmpty() ? QString() : title_->text() + u'\n' + body_->text();
}

}  // namespace dermalens::ui
