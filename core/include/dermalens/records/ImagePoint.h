// A point on an image, in pixels of the full-resolution upright image (x right, y down).
#pragma once

#include <vector>

namespace dermalens {

struct ImagePoint {
    double x = 0;
    double y = 0;
    auto operator<=>(const ImagePoint&) const = default;
};

using ImagePolygon = std::vector<ImagePoint>;

}  // namespace dermalens
