#include "support/PolygonSimplify.h"

#include <QLineF>
#include <algorithm>
#include <cmath>
#include <vector>

namespace dermalens::ui {
namespace {

double distanceToSegment(QPointF p, QPointF a, QPointF b) {
    const QPointF d = b - a;
    const double length2 = QPointF::dotProduct(d, d);
    if (length2 <= 0) return QLineF(p, a).length();
    const double t = std::clamp(QPointF::dotProduct(p - a, d) / length2, 0.0, 1.0);
    return QLineF(p, a + t * d).length();
}

// Marks the vertices of the open chain first..last (indices into `points`) to keep.
void keepChain(const QPolygonF& points, int first, int last, double tolerance,
               std::vector<bool>& keep) {
    double worst = 0;
    int index = -1;
    for (int i = first + 1; i < last; ++i) {
        const double d = distanceToSegment(points[i], points[first], points[last]);
        if (d > worst) worst = d, index = i;
    }
    if (index < 0 || worst <= tolerance) return;
    keep[index] = true;
    keepChain(points, first, index, tolerance, keep);
    keepChain(points, index, last, tolerance, keep);
}

}  // namespace

QPolygonF simplifyClosedPolygon(const QPolygonF& polygon, double tolerance) {
    const int n = static_cast<int>(polygon.size());
    if (n < 4) return polygon;
    // Split the ring at vertex 0 and the vertex farthest from it, simplify both halves.
    int far = 0;
    for (int i = 1; i < n; ++i)
        if (QLineF(polygon[0], polygon[i]).length() > QLineF(polygon[0], polygon[far]).length())
            far = i;
    QPolygonF ring = polygon;
    ring.append(polygon[0]);
    std::vector<bool> keep(ring.size(), false);
    keep[0] = keep[far] = true;
    keepChain(ring, 0, far, tolerance, keep);
    keepChain(ring, far, n, tolerance, keep);
    QPolygonF out;
    for (int i = 0; i < n; ++i)
        if (keep[i]) out.append(polygon[i]);
    return out.size() >= 3 ? out : polygon;
}

QPolygonF simplifyForEditing(const QPolygonF& polygon, int maxVertices) {
    const QRectF box = polygon.boundingRect();
    double tolerance = std::max(0.5, 0.01 * std::hypot(box.width(), box.height()));
    QPolygonF out = simplifyClosedPolygon(polygon, tolerance);
    while (out.size() > maxVertices && tolerance < 1e6) {
        tolerance *= 1.5;
        out = simplifyClosedPolygon(polygon, tolerance);
    }
    return out;
}

}  // namespace dermalens::ui
