// The frames the follow-up overlay shows, at the BEFORE image's resolution: the AFTER image
// warped into BEFORE's frame (or merely scaled into it when the alignment is not trusted), a
// blend of the two, and a swipe (before left of a vertical divider, after right of it).
#pragma once

#include <QImage>

#include "dermalens/followup/Registration.h"

namespace dermalens::ui {

// AFTER resampled into BEFORE's frame by the inverse of `transform` (BEFORE -> AFTER pixels);
// what AFTER does not cover is black.
[[nodiscard]] QImage alignedAfter(const QImage& before, const QImage& after,
                                  const AffineTransform& transform);
// AFTER scaled (aspect kept, centred, black around) into BEFORE's size: no alignment at all.
[[nodiscard]] QImage unalignedAfter(const QImage& before, const QImage& after);
// `percent` of `after` over `before` (same size).
[[nodiscard]] QImage blendFrames(const QImage& before, const QImage& after, int percent);
// Columns left of round(fraction * width) from `before`, the rest from `after` (same size).
[[nodiscard]] QImage swipeFrames(const QImage& before, const QImage& after, double fraction);
// The divider's column for `fraction` of `width` (0..width).
[[nodiscard]] int swipeColumn(int width, double fraction);

}  // namespace dermalens::ui
