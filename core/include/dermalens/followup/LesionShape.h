// Size and border measures of a lesion outline.
#pragma once

#include <optional>
#include <string>

#include "dermalens/records/ImagePoint.h"

namespace dermalens {

struct ShapeMeasures {
    double area = 0;              // polygon area, in area_unit
    double perimeter = 0;         // in length_unit
    double longest_diameter = 0;  // largest distance between two outline points (max Feret)
    ImagePoint diameter_from, diameter_to;  // its end points, image pixels
    // Border irregularity: compactness 4*pi*area/perimeter^2 (1 = circle, lower = more
    // irregular) and solidity area/convex-hull area (1 = convex, lower = notched).
    double compactness = 0;
    double solidity = 0;
    std::string length_unit;  // "mm" when calibrated, else "px"
    std::string area_unit;    // "mm2" or "px2"
    bool calibrated = false;
};

// Measures of `outline` (image pixels); millimetres when `mm_per_pixel` is given. An outline
// with fewer than three points measures all zeros.
[[nodiscard]] ShapeMeasures measureShape(const ImagePolygon& outline,
                                         std::optional<double> mm_per_pixel = std::nullopt);

}  // namespace dermalens
