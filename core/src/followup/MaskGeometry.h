// Small geometry helpers shared by the follow-up code (private).
#pragma once

#include <vector>

#include <opencv2/core/mat.hpp>
#include <opencv2/core/types.hpp>

#include "dermalens/records/ImagePoint.h"

namespace dermalens::followup {

// The outer boundary of the largest region of a CV_8UC1 mask (empty when the mask is empty).
[[nodiscard]] std::vector<cv::Point> largestContour(const cv::Mat& mask);

[[nodiscard]] std::vector<cv::Point2f> toCv(const ImagePolygon& polygon);
[[nodiscard]] ImagePolygon fromCv(const std::vector<cv::Point2f>& points);

}  // namespace dermalens::followup
