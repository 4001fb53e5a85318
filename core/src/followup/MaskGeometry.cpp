#include "followup/MaskGeometry.h"

#include <opencv2/imgproc.hpp>

namespace dermalens::followup {

std::vector<cv::Point> largestContour(const cv::Mat& mask) {
    std::vector<std::vector<cv::Point>> contours;
    cv::findContours(mask.clone(), contours, cv::RETR_EXTERNAL, cv::CHAIN_APPROX_SIMPLE);
    std::vector<cv::Point> best;
    double best_area = -1;
    for (auto& c : contours) {
        const double area = cv::contourArea(c);
        if (area > best_area) best_area = area, best = std::move(c);
    }
    return best;
}

std::vector<cv::Point2f> toCv(const ImagePolygon& polygon) {
    std::vector<cv::Point2f> out;
    out.reserve(polygon.size());
    for (const auto& p : polygon)
        out.emplace_back(static_cast<float>(p.x), static_cast<float>(p.y));
    return out;
}

ImagePolygon fromCv(const std::vector<cv::Point2f>& points) {
    ImagePolygon out;
    out.reserve(points.size());
    for (const auto& p : points) out.push_back({p.x, p.y});
    return out;
}

}  // namespace dermalens::followup
