// Heavy hair: thin dark elongated structures found by a black-hat transform.
#include <vector>

#include <opencv2/imgproc.hpp>

#include "quality/QualityChecks.h"

namespace dermalens::quality {
namespace {

constexpr int kKernel = 9;            // wider than a hair at 200 px, narrower than a dot cluster
constexpr double kMinLength = 15.0;   // px
constexpr double kMaxWidth = 5.0;     // px, mean (a 1-2 px hair is ~4 px in the mask)

// Pixels of the components of `mask` that are thin and long: mean width = area / length,
// length = half of every boundary (outer and holes, so crossing hairs still count as thin).
int thinLinePixels(const cv::Mat& mask) {
    cv::Mat labels, stats, centroids;
    const int count = cv::connectedComponentsWithStats(mask, labels, stats, centroids, 8, CV_32S);
    std::vector<std::vector<cv::Point>> contours;
    cv::findContours(mask.clone(), contours, cv::RETR_LIST, cv::CHAIN_APPROX_NONE);
    std::vector<double> boundary(count, 0.0);
    for (const auto& contour : contours) {
        const int label = labels.at<int>(contour.front());  // contours run on object pixels
        if (label > 0 && label < count) boundary[label] += cv::arcLength(contour, true);
    }
    int pixels = 0;
    for (int label = 1; label < count; ++label) {
        const int area = stats.at<int>(label, cv::CC_STAT_AREA);
        const double length = std::max(1.0, boundary[label] / 2.0);
        if (length >= kMinLength && double(area) / length <= kMaxWidth) pixels += area;
    }
    return pixels;
}

}  // namespace

QualityFinding checkHair(const QualityInput& in, const QualityThresholds& t) {
    cv::Mat smooth, blackHat, mask;
    cv::GaussianBlur(in.grey, smooth, cv::Size(3, 3), 0);  // a median would erase 1 px hairs
    cv::morphologyEx(smooth, blackHat, cv::MORPH_BLACKHAT,
                     cv::getStructuringElement(cv::MORPH_ELLIPSE, cv::Size(kKernel, kKernel)));
    cv::threshold(blackHat, mask, t.hair_contrast, 255, cv::THRESH_BINARY);
    QualityFinding f;
    f.check = QualityCheck::Hair;
    f.value = double(thinLinePixels(mask)) / double(mask.total());
    f.threshold = t.hair_max_fraction;
    f.flagged = f.value > t.hair_max_fraction;
    f.reason = f.flagged ? describe("heavy hair", "thin dark line area", f.value, true,
                                    t.hair_max_fraction)
                         : describe("little hair", "thin dark line area", f.value, false,
                                    t.hair_max_fraction);
    return f;
}

}  // namespace dermalens::quality
