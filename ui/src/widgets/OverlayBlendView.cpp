#include "widgets/OverlayBlendView.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMouseEvent>
#include <QPainter>
#include <QSlider>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>

#include "support/OverlayFrames.h"

namespace dermalens::ui {
namespace {

const QColor kDivider(255, 214, 0);  // the ruler's yellow: visible on skin and on black

}  // namespace

OverlayBlendView::OverlayBlendView(QWidget* parent) : QWidget(parent) {
    auto* column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    warning_ = new QLabel(this);
    warning_->setObjectName(QStringLiteral("overlayWarning"));
    warning_->setWordWrap(true);
    warning_->setStyleSheet(QStringLiteral("background:#7a4a00; color:white; padding:4px;"));
    warning_->setVisible(false);
    column->addWidget(warning_);
    message_ = new QLabel(this);
    message_->setWordWrap(true);
    message_->setAlignment(Qt::AlignCenter);
    message_->setObjectName(QStringLiteral("secondaryText"));
    QSizePolicy policy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    policy.setRetainSizeWhenHidden(true);  // it keeps the canvas's place above the controls
    message_->setSizePolicy(policy);
    column->addWidget(message_, 1);
    caption_ = new QLabel(this);
    caption_->setObjectName(QStringLiteral("caption"));
    caption_->setWordWrap(true);
    column->addWidget(caption_);
    column->addWidget(buildControls());
    timer_ = new QTimer(this);
    timer_->setInterval(interval_->value());
    connect(timer_, &QTimer::timeout, this, [this] {
        flickerAfter_ = !flickerAfter_;
        recompose();
    });
    showMessage(tr("No comparison yet"));
}

QWidget* OverlayBlendView::buildControls() {
    auto* box = new QWidget(this);
    auto* row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    modes_ = new QComboBox(box);
    modes_->addItem(tr("Blend"));
    modes_->addItem(tr("Flicker"));
    modes_->addItem(tr("Swipe"));
    modes_->setAccessibleName(tr("How the two visits are overlaid"));
    modes_->setToolTip(
        tr("Blend: mix the two images. Flicker: alternate them. Swipe: drag a "
           "divider, before on the left, after on the right"));
    row->addWidget(modes_);
    controls_ = new QStackedWidget(box);
    controls_->addWidget(buildBlendRow());
    controls_->addWidget(buildFlickerRow());
    controls_->addWidget(new QLabel(tr("Drag the divider: before ◀ | ▶ after"), box));
    row->addWidget(controls_, 1);
    connect(modes_, &QComboBox::currentIndexChanged, this,
            [this](int index) { setMode(static_cast<Mode>(index)); });
    return box;
}

QWidget* OverlayBlendView::buildBlendRow() {
    auto* box = new QWidget(this);
    auto* row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    slider_ = new QSlider(Qt::Horizontal, box);
    slider_->setRange(0, 100);
    slider_->setValue(50);
    slider_->setAccessibleName(tr("Blend of the aligned after image"));
    slider_->setToolTip(tr("0 % shows the earlier visit, 100 % the later one, aligned"));
    value_ = new QLabel(box);
    value_->setMinimumWidth(40);
    row->addWidget(new QLabel(tr("Before"), box));
    row->addWidget(slider_, 1);
    row->addWidget(new QLabel(tr("After"), box));
    row->addWidget(value_);
    connect(slider_, &QSlider::valueChanged, this, [this] { recompose(); });
    return box;
}

QWidget* OverlayBlendView::buildFlickerRow() {
    auto* box = new QWidget(this);
    auto* row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    interval_ = new QSpinBox(box);
    interval_->setRange(20, 5000);
    interval_->setSingleStep(100);
    interval_->setValue(600);
    interval_->setSuffix(tr(" ms"));
    interval_->setAccessibleName(tr("How long each visit is shown"));
    pause_ = new QToolButton(box);
    pause_->setText(tr("Pause"));
    pause_->setCheckable(true);
    pause_->setToolTip(tr("Hold the image shown now"));
    row->addWidget(new QLabel(tr("Each image for"), box));
    row->addWidget(interval_);
    row->addWidget(pause_);
    row->addStretch(1);
    connect(interval_, &QSpinBox::valueChanged, this, [this](int ms) { timer_->setInterval(ms); });
    connect(pause_, &QToolButton::toggled, this, [this] { updateTimer(); });
    return box;
}

void OverlayBlendView::setImages(const QImage& before, const QImage& after,
                                 const AffineTransform& transform) {
    const QImage base = before.convertToFormat(QImage::Format_RGB32);
    warning_->clear();
    warning_->setVisible(false);
    caption_->setText(tr("Later visit aligned onto the earlier (black: outside the later image)"));
    showFrames(base, alignedAfter(base, after, transform), true);
}

void OverlayBlendView::setUnalignedImages(const QImage& before, const QImage& after,
                                          const QString& warning) {
    const QImage base = before.convertToFormat(QImage::Format_RGB32);
    warning_->setText(warning);
    warning_->setVisible(true);
    caption_->setText(tr("NOT ALIGNED: the later visit is only scaled to the earlier one's size"));
    showFrames(base, unalignedAfter(base, after), false);
}

void OverlayBlendView::showFrames(const QImage& before, const QImage& afterInFrame, bool aligned) {
    before_ = before;
    afterInFrame_ = afterInFrame;
    aligned_ = aligned;
    message_->clear();
    message_->setVisible(false);
    controls_->setEnabled(true);
    recompose();
    updateTimer();
}

void OverlayBlendView::showMessage(const QString& text) {
    before_ = afterInFrame_ = composite_ = QImage();
    aligned_ = false;
    warning_->setVisible(false);
    caption_->clear();
    message_->setText(text);
    message_->setVisible(true);
    controls_->setEnabled(false);
    value_->clear();
    updateTimer();
    update();
}

void OverlayBlendView::setMode(Mode mode) {
    mode_ = mode;
    if (modes_->currentIndex() != static_cast<int>(mode)) modes_->setCurrentIndex(int(mode));
    controls_->setCurrentIndex(static_cast<int>(mode));
    setCursor(mode == Mode::Swipe ? Qt::SplitHCursor : Qt::ArrowCursor);
    flickerAfter_ = false;
    recompose();
    updateTimer();
}

void OverlayBlendView::setBlend(int percent) { slider_->setValue(percent); }
int OverlayBlendView::blend() const { return slider_->value(); }
void OverlayBlendView::setFlickerInterval(int ms) { interval_->setValue(ms); }
int OverlayBlendView::flickerInterval() const { return interval_->value(); }
void OverlayBlendView::setFlickerPaused(bool paused) { pause_->setChecked(paused); }
bool OverlayBlendView::flickerPaused() const { return pause_->isChecked(); }

void OverlayBlendView::setDivider(double fraction) {
    divider_ = std::clamp(fraction, 0.0, 1.0);
    recompose();
}

QString OverlayBlendView::message() const {
    return message_->isVisible() || !warning_->isVisible() ? message_->text() : warning_->text();
}

void OverlayBlendView::updateTimer() {
    const bool run =
        mode_ == Mode::Flicker && !pause_->isChecked() && !before_.isNull() && isVisible();
    if (run && !timer_->isActive()) timer_->start();
    if (!run) timer_->stop();
}

void OverlayBlendView::recompose() {
    value_->setText(QStringLiteral("%1 %").arg(slider_->value()));
    if (before_.isNull()) return;
    switch (mode_) {
        case Mode::Blend:
            composite_ = blendFrames(before_, afterInFrame_, slider_->value());
            break;
        case Mode::Flicker:
            composite_ = flickerAfter_ ? afterInFrame_ : before_;
            break;
        case Mode::Swipe:
            composite_ = swipeFrames(before_, afterInFrame_, divider_);
            break;
    }
    update();
    Q_EMIT frameChanged();
}

QRect OverlayBlendView::imageRect() const {
    if (composite_.isNull()) return {};
    const QRect area = message_->geometry();  // the message keeps its place when hidden
    const QSize size = composite_.size().scaled(area.size(), Qt::KeepAspectRatio);
    return QRect(area.center() - QPoint(size.width() / 2, size.height() / 2), size);
}

void OverlayBlendView::paintEvent(QPaintEvent*) {
    if (composite_.isNull()) return;
    QPainter painter(this);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    const QRect target = imageRect();
    painter.drawImage(target, composite_);
    paintMarks(painter, target);
}

// A label in the image's corner, on a dark plate so it reads on skin and on black.
void OverlayBlendView::paintTag(QPainter& painter, const QRect& target, const QString& text,
                                Qt::Alignment corner) const {
    const QRect inner = target.adjusted(6, 6, -6, -6);
    QRect box = painter.fontMetrics().boundingRect(inner, int(corner), text).adjusted(-4, -2, 4, 2);
    painter.fillRect(box, QColor(0, 0, 0, 160));
    painter.setPen(Qt::white);
    painter.drawText(inner, int(corner), text);
}

// Which image is where: the swipe's divider and its two sides, the flicker's current image.
void OverlayBlendView::paintMarks(QPainter& painter, const QRect& target) const {
    if (mode_ == Mode::Swipe) {
        const int x = target.left() + swipeColumn(target.width(), divider_);
        painter.setPen(QPen(kDivider, 2));
        painter.drawLine(x, target.top(), x, target.bottom());
        painter.setBrush(kDivider);
        painter.drawEllipse(QPoint(x, target.center().y()), 6, 6);
        paintTag(painter, target, tr("Before"), Qt::AlignLeft | Qt::AlignTop);
        paintTag(painter, target, tr("After"), Qt::AlignRight | Qt::AlignTop);
    } else if (mode_ == Mode::Flicker) {
        paintTag(painter, target, flickerAfter_ ? tr("After") : tr("Before"),
                 Qt::AlignLeft | Qt::AlignTop);
    }
}

void OverlayBlendView::mousePressEvent(QMouseEvent* event) {
    if (mode_ != Mode::Swipe || !hasOverlay() || event->button() != Qt::LeftButton ||
        !imageRect().contains(event->position().toPoint()))
        return QWidget::mousePressEvent(event);
    dragging_ = true;
    dragDivider(event->position());
}

void OverlayBlendView::mouseMoveEvent(QMouseEvent* event) {
    if (dragging_) dragDivider(event->position());
    QWidget::mouseMoveEvent(event);
}

void OverlayBlendView::mouseReleaseEvent(QMouseEvent* event) {
    if (dragging_) dragDivider(event->position());
    dragging_ = false;
    QWidget::mouseReleaseEvent(event);
}

void OverlayBlendView::dragDivider(QPointF at) {
    const QRect target = imageRect();
    if (target.width() > 0) setDivider((at.x() - target.left()) / target.width());
}

void OverlayBlendView::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    updateTimer();
}

void OverlayBlendView::hideEvent(QHideEvent* event) {
    QWidget::hideEvent(event);
    updateTimer();
}

}  // namespace dermalens::ui
