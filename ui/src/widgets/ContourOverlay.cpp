#include "widgets/ContourOverlay.h"

#include <QGraphicsPolygonItem>
#include <QGraphicsScene>
#include <QPen>

#include "support/PolygonSimplify.h"
#include "widgets/ContourHandle.h"
#include "widgets/ImageView.h"

namespace dermalens::ui {

ContourOverlay::ContourOverlay(ImageView* view) : QObject(view), view_(view) {
    outline_ = view->scene()->addPolygon(QPolygonF());
    outline_->setZValue(10);  // above the image and the heatmap
    outline_->setVisible(false);
    restyle();
}

void ContourOverlay::setContour(const ImagePolygon& points, bool userDrawn) {
    polygon_.clear();
    for (const ImagePoint& p : points) polygon_.append(QPointF(p.x, p.y));
    userDrawn_ = userDrawn;
    modified_ = false;
    if (editable_ && !userDrawn_) polygon_ = simplifyForEditing(polygon_);
    outline_->setPolygon(polygon_);
    outline_->setVisible(!polygon_.isEmpty());
    restyle();
    rebuildHandles();
}

void ContourOverlay::clear() { setContour({}, false); }

void ContourOverlay::setEditable(bool on) {
    if (on == editable_) return;
    editable_ = on;
    if (on && !userDrawn_ && !modified_) {
        polygon_ = simplifyForEditing(polygon_);
        outline_->setPolygon(polygon_);
    }
    rebuildHandles();
}

void ContourOverlay::rebuildHandles() {
    for (ContourHandle* h : handles_) delete h;  // the scene forgets a deleted item
    handles_.clear();
    if (!editable_) return;
    const QRectF bounds = view_->sceneRect();
    for (int i = 0; i < polygon_.size(); ++i) {
        auto* h =
            new ContourHandle(i, bounds, [this](int index, QPointF p) { onHandleMoved(index, p); });
        h->setPos(polygon_[i]);  // before it joins the scene: no move reported
        h->setToolTip(tr("Drag to correct the outline"));
        view_->scene()->addItem(h);
        handles_.push_back(h);
    }
}

void ContourOverlay::moveVertex(int index, QPointF position) {
    if (index < 0 || index >= static_cast<int>(handles_.size())) return;
    handles_[index]->setPos(position);  // clamped and reported by the handle
}

ContourHandle* ContourOverlay::handle(int index) const {
    return index >= 0 && index < static_cast<int>(handles_.size()) ? handles_[index] : nullptr;
}

void ContourOverlay::onHandleMoved(int index, QPointF position) {
    if (index >= polygon_.size() || polygon_[index] == position) return;
    polygon_[index] = position;
    outline_->setPolygon(polygon_);
    if (!modified_) {
        modified_ = true;
        restyle();
    }
    Q_EMIT edited();
}

void ContourOverlay::restyle() {
    const bool solid = userDrawn_ || modified_;
    // Apart from the live ruler (yellow) and the saved measurement lines (cyan).
    QPen pen(solid ? QColor(0, 230, 118) : QColor(255, 64, 160), 2.0);
    pen.setCosmetic(true);  // the same width on screen at any zoom
    if (!solid) pen.setStyle(Qt::DashLine);
    outline_->setPen(pen);
    outline_->setToolTip(solid ? tr("Lesion outline (drawn or corrected by the user)")
                               : tr("Lesion outline (found automatically)"));
}

ImagePolygon ContourOverlay::polygon() const {
    ImagePolygon out;
    out.reserve(polygon_.size());
    for (const QPointF& p : polygon_) out.push_back({p.x(), p.y()});
    return out;
}

}  // namespace dermalens::ui
