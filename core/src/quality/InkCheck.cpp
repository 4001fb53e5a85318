// Surgical marker ink: saturated violet / blue-violet hue, which skin never has.
#include <opencv2/imgproc.hpp>

#include "quality/QualityChecks.h"

namespace dermalens::quality {
namespace {

// OpenCV 8-bit HSV: hue is degrees / 2, saturation and value 0..255.
// Gentian violet photographs at 260-290 degrees; pink or mauve skin lies above 300 degrees,
// the blue-grey of a blue-white veil below 250 degrees and unsaturated.
constexpr int kHueLow = 250 / 2, kHueHigh = 300 / 2;
constexpr int kMinSaturation = 115;  // 0.45
constexpr int kMinValue = 51;       // 0.20

}  // namespace

QualityFinding checkInk(const QualityInput& in, const QualityThresholds& t) {
    cv::Mat hsv, violet;
    cv::cvtColor(in.rgb, hsv, cv::COLOR_RGB2HSV);
    cv::inRange(hsv, cv::Scalar(kHueLow, kMinSaturation, kMinValue),
                cv::Scalar(kHueHigh, 255, 255), violet);
    // An opening drops isolated pixels (JPEG chroma noise) but keeps a marker stroke.
    cv::morphologyEx(violet, violet, cv::MORPH_OPEN,
                     cv::getStructuringElement(cv::MORPH_RECT, cv::Size(2, 2)));
    QualityFinding f;
    f.check = QualityCheck::Ink;
    f.value = double(cv::countNonZero(violet)) / double(violet.total());
    f.threshold = t.ink_max_fraction;
    f.flagged = f.value > t.ink_max_fraction;
    f.reason = f.flagged ? describe("violet skin-marker ink", "violet area", f.value, true,
                                    t.ink_max_fraction)
                         : describe("no marker ink", "violet area", f.value, false,
                                    t.ink_max_fraction);
    return f;
}

}  // namespace dermalens::quality
