#include "widgets/ImageView.h"

#include <QGraphicsLineItem>
#include <QGraphicsPixmapItem>
#include <QGraphicsSimpleTextItem>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QWheelEvent>
#include <algorithm>
#include <cmath>

namespace dermalens::ui {
namespace {
constexpr double kMinZoom = 0.02;
constexpr double kMaxZoom = 32.0;
}  // namespace

ImageView::ImageView(QWidget* parent) : QGraphicsView(parent) {
    setScene(new QGraphicsScene(this));
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setResizeAnchor(QGraphicsView::AnchorViewCenter);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setRenderHint(QPainter::SmoothPixmapTransform);
    setFrameShape(QFrame::NoFrame);
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Image"));
    imageItem_ = scene()->addPixmap(QPixmap());
    imageItem_->setTransformationMode(Qt::SmoothTransformation);
    overlayItem_ = scene()->addPixmap(QPixmap());
    overlayItem_->setTransformationMode(Qt::SmoothTransformation);
    overlayItem_->setOpacity(overlayOpacity_);
    QPen pen(QColor(255, 214, 0), 0);  // cosmetic: 1 screen px at any zoom
    pen.setWidthF(2.0);
    ruler_ = scene()->addLine(QLineF(), pen);
    ruler_->setVisible(false);
    rulerLabel_ = scene()->addSimpleText(QString());
    rulerLabel_->setBrush(QColor(255, 214, 0));
    rulerLabel_->setFlag(QGraphicsItem::ItemIgnoresTransformations);
    rulerLabel_->setVisible(false);
}

void ImageView::setImage(const QImage& image, std::optional<double> mmPerPixel) {
    imageItem_->setPixmap(QPixmap::fromImage(image));
    overlayItem_->setPixmap(QPixmap());
    ruler_->setVisible(false);
    rulerLabel_->setVisible(false);
    setSavedLines({});
    mmPerPixel_ = mmPerPixel;
    scene()->setSceneRect(QRectF(QPointF(0, 0), QSizeF(image.size())));
    fitToWindow();
}

void ImageView::clear() { setImage(QImage()); }
bool ImageView::hasImage() const { return !imageItem_->pixmap().isNull(); }
QSize ImageView::imageSize() const { return imageItem_->pixmap().size(); }
bool ImageView::hasOverlay() const { return !overlayItem_->pixmap().isNull(); }

void ImageView::setOverlay(const QImage& coloured) {
    overlayItem_->setPixmap(QPixmap::fromImage(coloured));
    overlayItem_->setVisible(overlayVisible_);
}

void ImageView::setOverlayOpacity(double opacity) {
    overlayOpacity_ = std::clamp(opacity, 0.0, 1.0);
    overlayItem_->setOpacity(overlayOpacity_);
}

void ImageView::setOverlayVisible(bool visible) {
    overlayVisible_ = visible;
    overlayItem_->setVisible(visible);
}

double ImageView::zoom() const { return transform().m11(); }

void ImageView::setZoom(double zoom) {
    zoom = std::clamp(zoom, kMinZoom, kMaxZoom);
    setTransform(QTransform::fromScale(zoom, zoom));
    announceViewState();
}

void ImageView::fitToWindow() {
    fitMode_ = true;
    if (!hasImage()) return;
    fitInView(imageItem_, Qt::KeepAspectRatio);
    announceViewState();
}

void ImageView::actualSize() {
    fitMode_ = false;
    setZoom(1.0);
}

void ImageView::zoomBy(double factor) {
    fitMode_ = false;
    setZoom(zoom() * factor);
}

void ImageView::wheelEvent(QWheelEvent* event) {
    if (!hasImage()) return;
    const double steps = event->angleDelta().y() / 120.0;
    zoomBy(std::pow(1.25, steps));  // AnchorUnderMouse keeps the point under the cursor
    event->accept();
}

void ImageView::resizeEvent(QResizeEvent* event) {
    QGraphicsView::resizeEvent(event);
    if (fitMode_) fitToWindow();
}

void ImageView::setMeasureMode(bool on) {
    measureMode_ = on;
    setDragMode(on ? QGraphicsView::NoDrag : QGraphicsView::ScrollHandDrag);
    viewport()->setCursor(on ? Qt::CrossCursor : Qt::OpenHandCursor);
}

void ImageView::mousePressEvent(QMouseEvent* event) {
    if (measureMode_ && event->button() == Qt::LeftButton && hasImage()) {
        measuring_ = true;
        const QPointF p = mapToScene(event->position().toPoint());
        ruler_->setLine(QLineF(p, p));
        ruler_->setVisible(true);
        updateRuler(p);
        return;
    }
    QGraphicsView::mousePressEvent(event);
}

void ImageView::mouseMoveEvent(QMouseEvent* event) {
    if (measuring_) {
        updateRuler(mapToScene(event->position().toPoint()));
        return;
    }
    QGraphicsView::mouseMoveEvent(event);
}

void ImageView::mouseReleaseEvent(QMouseEvent* event) {
    if (measuring_) {
        measuring_ = false;
        updateRuler(mapToScene(event->position().toPoint()));
        return;
    }
    QGraphicsView::mouseReleaseEvent(event);
}

void ImageView::updateRuler(QPointF end) {
    const QRectF bounds = sceneRect();
    end.setX(std::clamp(end.x(), bounds.left(), bounds.right()));
    end.setY(std::clamp(end.y(), bounds.top(), bounds.bottom()));
    ruler_->setLine(QLineF(ruler_->line().p1(), end));
    rulerLabel_->setText(rulerText());
    rulerLabel_->setPos(end + QPointF(4, 4) / std::max(zoom(), kMinZoom));
    rulerLabel_->setVisible(true);
    Q_EMIT rulerChanged(rulerText());
}

double ImageView::rulerLengthPx() const {
    return ruler_->isVisible() ? ruler_->line().length() : 0.0;
}

QString ImageView::rulerText() const {
    const double px = rulerLengthPx();
    if (px <= 0) return QString();
    if (mmPerPixel_) return tr("%1 mm").arg(px * *mmPerPixel_, 0, 'f', 2);
    return tr("%1 px (not calibrated)").arg(px, 0, 'f', 0);
}

QLineF ImageView::rulerLine() const { return ruler_->isVisible() ? ruler_->line() : QLineF(); }

void ImageView::clearRuler() {
    ruler_->setVisible(false);
    rulerLabel_->setVisible(false);
    Q_EMIT rulerChanged(QString());
}

void ImageView::setSavedLines(const QList<SavedLine>& lines) {
    qDeleteAll(savedItems_);
    savedItems_.clear();
    QPen pen(QColor(0, 200, 255), 0);  // cyan: apart from the live (yellow) ruler
    pen.setWidthF(2.0);
    for (const SavedLine& saved : lines) {
        auto* line = scene()->addLine(saved.line, pen);
        auto* label = scene()->addSimpleText(saved.text);
        label->setBrush(pen.color());
        label->setFlag(QGraphicsItem::ItemIgnoresTransformations);
        label->setPos(saved.line.p2());
        savedItems_ << line << label;
    }
}

void ImageView::calibrate(double mm) {
    const double px = rulerLengthPx();
    if (px <= 0 || mm <= 0) return;
    mmPerPixel_ = mm / px;
    rulerLabel_->setText(rulerText());
    Q_EMIT rulerChanged(rulerText());
}

void ImageView::setMmPerPixel(std::optional<double> mmPerPixel) {
    mmPerPixel_ = mmPerPixel && *mmPerPixel > 0 ? mmPerPixel : std::nullopt;
    rulerLabel_->setText(rulerText());
    Q_EMIT rulerChanged(rulerText());
}

QImage ImageView::renderToImage() const {
    QImage out(imageSize(), QImage::Format_RGB888);
    out.fill(Qt::black);
    QPainter painter(&out);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    scene()->render(&painter, QRectF(out.rect()), sceneRect());
    return out;
}

void ImageView::scrollContentsBy(int dx, int dy) {
    QGraphicsView::scrollContentsBy(dx, dy);
    announceViewState();
}

void ImageView::announceViewState() {
    if (applyingState_ || !hasImage()) return;
    const QPointF c = mapToScene(viewport()->rect().center());
    const QSizeF s = sceneRect().size();
    Q_EMIT viewStateChanged(zoom(), QPointF(c.x() / s.width(), c.y() / s.height()));
}

void ImageView::applyViewState(double zoom, QPointF centerFraction) {
    if (!hasImage()) return;
    applyingState_ = true;
    fitMode_ = false;
    setTransform(QTransform::fromScale(zoom, zoom));
    const QSizeF s = sceneRect().size();
    centerOn(centerFraction.x() * s.width(), centerFraction.y() * s.height());
    applyingState_ = false;
}

void ImageView::drawBackground(QPainter* painter, const QRectF& rect) {
    painter->fillRect(rect, QColor(24, 26, 30));  // neutral dark: does not tint the lesion
}

}  // namespace dermalens::ui
