// ContourOverlay: the lesion's outline drawn over an ImageView (its own items in the view's
// scene, so the view itself needs no change). Dashed when found automatically, solid when
// drawn or corrected by the user. In edit mode each vertex gets a handle to drag; an automatic
// outline is first reduced to a few dozen vertices so that a drag moves a stretch of border,
// not a one-pixel spike.
#pragma once

#include <QObject>
#include <QPolygonF>
#include <vector>

#include "dermalens/records/ImagePoint.h"

class QGraphicsPolygonItem;

namespace dermalens::ui {

class ContourHandle;
class ImageView;

class ContourOverlay : public QObject {
    Q_OBJECT
public:
    explicit ContourOverlay(ImageView* view);

    // Shows `points` (image pixels); `userDrawn` for a contour the user saved. Not modified.
    void setContour(const ImagePolygon& points, bool userDrawn);
    void clear();
    [[nodiscard]] bool hasContour() const { return !polygon_.isEmpty(); }
    [[nodiscard]] bool userDrawn() const { return userDrawn_; }

    void setEditable(bool on);
    [[nodiscard]] bool editable() const { return editable_; }
    [[nodiscard]] int vertexCount() const { return static_cast<int>(polygon_.size()); }
    [[nodiscard]] QPointF vertex(int index) const { return polygon_.value(index); }
    // Moves a vertex as dragging its handle does (image pixels, kept inside the image).
    void moveVertex(int index, QPointF position);
    [[nodiscard]] ContourHandle* handle(int index) const;

    [[nodiscard]] ImagePolygon polygon() const;
    [[nodiscard]] bool isModified() const { return modified_; }

Q_SIGNALS:
    void edited();  // a vertex moved

private:
    void onHandleMoved(int index, QPointF position);
    void rebuildHandles();
    void restyle();

    ImageView* view_;
    QGraphicsPolygonItem* outline_ = nullptr;
    std::vector<ContourHandle*> handles_;
    QPolygonF polygon_;
    bool userDrawn_ = false;
    bool editable_ = false;
    bool modified_ = false;
};

}  // namespace dermalens::ui
