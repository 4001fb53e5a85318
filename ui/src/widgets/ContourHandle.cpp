#include "widgets/ContourHandle.h"

#include <QBrush>
#include <QCursor>
#include <QPen>
#include <algorithm>

namespace dermalens::ui {
namespace {
constexpr double kRadius = 5.0;  // screen pixels
}  // namespace

ContourHandle::ContourHandle(int index, QRectF bounds, std::function<void(int, QPointF)> moved)
    : QGraphicsEllipseItem(-kRadius, -kRadius, 2 * kRadius, 2 * kRadius),
      index_(index),
      bounds_(bounds),
      moved_(std::move(moved)) {
    setFlags(ItemIsMovable | ItemSendsGeometryChanges | ItemIgnoresTransformations);
    setBrush(QColor(255, 255, 255, 220));
    setPen(QPen(QColor(0, 150, 255), 1.5));
    setCursor(Qt::SizeAllCursor);
    setZValue(11);
}

QVariant ContourHandle::itemChange(GraphicsItemChange change, const QVariant& value) {
    if (change == ItemPositionChange && !bounds_.isEmpty()) {
        const QPointF p = value.toPointF();
        return QPointF(std::clamp(p.x(), bounds_.left(), bounds_.right()),
                       std::clamp(p.y(), bounds_.top(), bounds_.bottom()));
    }
    if (change == ItemPositionHasChanged && moved_) moved_(index_, value.toPointF());
    return QGraphicsEllipseItem::itemChange(change, value);
}

}  // namespace dermalens::ui
