// The individual image quality checks (one per file) over the image prepared once.
#pragma once

#include <opencv2/core/mat.hpp>

#include "dermalens/quality/ImageQuality.h"

namespace dermalens::quality {

// The image at the checks' scale (longer side 200 px): RGB and Rec. 601 grey, both 8-bit.
struct QualityInput {
    cv::Mat rgb;
    cv::Mat grey;
};

// Scales to the checks' size. `rgb` must be a non-empty CV_8UC3.
[[nodiscard]] QualityInput prepareQualityInput(const cv::Mat& rgb);

[[nodiscard]] QualityFinding checkBlur(const QualityInput& in, const QualityThresholds& t);
[[nodiscard]] QualityFinding checkUnderexposure(const QualityInput& in, const QualityThresholds& t);
[[nodiscard]] QualityFinding checkOverexposure(const QualityInput& in, const QualityThresholds& t);
[[nodiscard]] QualityFinding checkInk(const QualityInput& in, const QualityThresholds& t);
[[nodiscard]] QualityFinding checkRuler(const QualityInput& in, const QualityThresholds& t);
[[nodiscard]] QualityFinding checkHair(const QualityInput& in, const QualityThresholds& t);

// "<what> (<figure name> <value>, <relation> <threshold>)" with 3 significant digits.
[[nodiscard]] std::string describe(const char* what, const char* figure, double value,
                                   bool above, double threshold);

}  // namespace dermalens::quality
