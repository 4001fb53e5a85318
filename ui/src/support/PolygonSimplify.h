// Fewer vertices for a closed outline (Douglas-Peucker), so that an automatic outline (one
// vertex every few pixels) can be corrected by dragging a handful of handles.
#pragma once

#include <QPolygonF>

namespace dermalens::ui {

// Keeps the vertices that deviate more than `tolerance` pixels from the simplified outline;
// a polygon of fewer than four vertices comes back unchanged.
[[nodiscard]] QPolygonF simplifyClosedPolygon(const QPolygonF& polygon, double tolerance);

// Simplified with a tolerance that grows (from 1 % of the outline's extent) until at most
// `maxVertices` remain.
[[nodiscard]] QPolygonF simplifyForEditing(const QPolygonF& polygon, int maxVertices = 48);

}  // namespace dermalens::ui
