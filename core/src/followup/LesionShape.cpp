#include "dermalens/followup/LesionShape.h"

#include <cmath>

#include <opencv2/imgproc.hpp>

#include "followup/MaskGeometry.h"

namespace dermalens {
namespace {

// Max Feret diameter: the farthest pair of convex-hull vertices (hulls are small).
void longestDiameter(const std::vector<cv::Point2f>& hull, ShapeMeasures& out) {
    double best = -1;
    for (std::size_t i = 0; i < hull.size(); ++i)
        for (std::size_t j = i + 1; j < hull.size(); ++j) {
            const double d = cv::norm(hull[i] - hull[j]);
            if (d > best) {
                best = d;
                out.diameter_from = {hull[i].x, hull[i].y};
                out.diameter_to = {hull[j].x, hull[j].y};
            }
        }
    out.longest_diameter = std::max(0.0, best);
}

}  // namespace

ShapeMeasures measureShape(const ImagePolygon& outline, std::optional<double> mm_per_pixel) {
    ShapeMeasures out;
    const bool mm = mm_per_pixel && *mm_per_pixel > 0;
    out.calibrated = mm;
    out.length_unit = mm ? "mm" : "px";
    out.area_unit = mm ? "mm2" : "px2";
    if (outline.size() < 3) return out;
    const auto points = followup::toCv(outline);
    std::vector<cv::Point2f> hull;
    cv::convexHull(points, hull);
    const double area = cv::contourArea(points);
    const double perimeter = cv::arcLength(points, true);
    const double hull_area = cv::contourArea(hull);
    longestDiameter(hull, out);
    out.compactness = perimeter > 0 ? 4 * CV_PI * area / (perimeter * perimeter) : 0;
    out.solidity = hull_area > 0 ? area / hull_area : 0;
    const double k = mm ? *mm_per_pixel : 1.0;
    out.area = area * k * k;
    out.perimeter = perimeter * k;
    out.longest_diameter *= k;
    return out;
}

}  // namespace dermalens
