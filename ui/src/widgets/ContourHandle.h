// ContourHandle: one draggable vertex of an outline being edited. It keeps its size on screen
// at any zoom, stays inside the image, and reports every move to its owner.
#pragma once

#include <QGraphicsEllipseItem>
#include <functional>

namespace dermalens::ui {

class ContourHandle : public QGraphicsEllipseItem {
public:
    // `moved(index, position)` after each move, position in image pixels.
    ContourHandle(int index, QRectF bounds, std::function<void(int, QPointF)> moved);

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant& value) override;

private:
    int index_;
    QRectF bounds_;
    std::function<void(int, QPointF)> moved_;
};

}  // namespace dermalens::ui
