#include "widgets/OverlayBlendView.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QSlider>
#include <QVBoxLayout>

namespace dermalens::ui {
namespace {

// Qt's (m11, m12, m21, m22, dx, dy) maps x' = m11 x + m21 y + dx, y' = m12 x + m22 y + dy.
QTransform toQTransform(const AffineTransform& t) {
    const auto& m = t.matrix;
    return QTransform(m[0], m[3], m[1], m[4], m[2], m[5]);
}

}  // namespace

OverlayBlendView::OverlayBlendView(QWidget* parent) : QWidget(parent) {
    auto* column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    message_ = new QLabel(this);
    message_->setWordWrap(true);
    message_->setAlignment(Qt::AlignCenter);
    message_->setObjectName(QStringLiteral("secondaryText"));
    QSizePolicy policy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    policy.setRetainSizeWhenHidden(true);  // it keeps the canvas's place above the slider
    message_->setSizePolicy(policy);
    column->addWidget(message_, 1);
    auto* caption = new QLabel(tr("Later visit aligned onto the earlier (black: outside the "
                                  "later image)"),
                               this);
    caption->setObjectName(QStringLiteral("caption"));
    caption->setWordWrap(true);
    column->addWidget(caption);
    auto* row = new QHBoxLayout;
    auto* label = new QLabel(tr("Before"), this);
    slider_ = new QSlider(Qt::Horizontal, this);
    slider_->setRange(0, 100);
    slider_->setValue(50);
    slider_->setAccessibleName(tr("Blend of the aligned after image"));
    slider_->setToolTip(tr("0 % shows the earlier visit, 100 % the later one, aligned"));
    value_ = new QLabel(this);
    value_->setMinimumWidth(40);
    row->addWidget(label);
    row->addWidget(slider_, 1);
    row->addWidget(new QLabel(tr("After"), this));
    row->addWidget(value_);
    column->addLayout(row);
    connect(slider_, &QSlider::valueChanged, this, [this] { recompose(); });
    showMessage(tr("No comparison yet"));
}

void OverlayBlendView::setImages(const QImage& before, const QImage& after,
                                 const AffineTransform& transform) {
    before_ = before.convertToFormat(QImage::Format_RGB32);
    // AFTER resampled into BEFORE's frame: the inverse of BEFORE -> AFTER; uncovered is black.
    afterAligned_ = QImage(before_.size(), QImage::Format_RGB32);
    afterAligned_.fill(Qt::black);
    QPainter painter(&afterAligned_);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.setTransform(toQTransform(transform).inverted());
    painter.drawImage(0, 0, after);
    painter.end();
    message_->clear();
    message_->setVisible(false);
    slider_->setEnabled(true);
    recompose();
}

void OverlayBlendView::showMessage(const QString& text) {
    before_ = afterAligned_ = composite_ = QImage();
    message_->setText(text);
    message_->setVisible(true);
    slider_->setEnabled(false);
    value_->clear();
    update();
}

void OverlayBlendView::setBlend(int percent) { slider_->setValue(percent); }

int OverlayBlendView::blend() const { return slider_->value(); }

QString OverlayBlendView::message() const { return message_->text(); }

void OverlayBlendView::recompose() {
    value_->setText(QStringLiteral("%1 %").arg(slider_->value()));
    if (before_.isNull()) return;
    composite_ = before_;
    QPainter painter(&composite_);
    painter.setOpacity(slider_->value() / 100.0);
    painter.drawImage(0, 0, afterAligned_);
    painter.end();
    update();
}

QRect OverlayBlendView::canvasRect() const {
    return message_->geometry();  // the message keeps its place when hidden
}

void OverlayBlendView::paintEvent(QPaintEvent*) {
    if (composite_.isNull()) return;
    QPainter painter(this);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    const QRect area = canvasRect();
    QSize size = composite_.size().scaled(area.size(), Qt::KeepAspectRatio);
    const QRect target(area.center() - QPoint(size.width() / 2, size.height() / 2), size);
    painter.drawImage(target, composite_);
}

}  // namespace dermalens::ui
