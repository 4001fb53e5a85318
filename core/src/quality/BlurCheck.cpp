// Blur: how much Laplacian energy a further blur still removes (the "re-blur" principle). A
// sharp image loses most of its fine detail to a 1 px Gaussian; an already blurred one has
// little left to lose. The ratio needs no contrast normalisation: both energies scale alike.
#include <algorithm>

#include <opencv2/imgproc.hpp>

#include "quality/QualityChecks.h"

namespace dermalens::quality {
namespace {

constexpr double kReblurSigma = 1.0;  // px at the checks' 200 px scale

double laplacianVariance(const cv::Mat& grey) {
    cv::Mat laplacian;
    cv::Laplacian(grey, laplacian, CV_64F, 1);
    cv::Scalar mean, stddev;
    cv::meanStdDev(laplacian, mean, stddev);
    return stddev[0] * stddev[0];
}

}  // namespace

QualityFinding checkBlur(const QualityInput& in, const QualityThresholds& t) {
    cv::Mat reblurred;
    cv::GaussianBlur(in.grey, reblurred, cv::Size(), kReblurSigma);
    const double detail = laplacianVariance(in.grey);
    // A flat image has no detail at all: as blurred as it gets.
    const double ratio = detail < 1e-3 ? 1.0 : laplacianVariance(reblurred) / detail;
    QualityFinding f;
    f.check = QualityCheck::Blur;
    f.value = std::min(ratio, 1.0);
    f.threshold = t.blur_max_ratio;
    f.flagged = f.value > t.blur_max_ratio;
    f.reason = f.flagged ? describe("blurred image", "blur ratio", f.value, true, t.blur_max_ratio)
                         : describe("sharp enough", "blur ratio", f.value, false, t.blur_max_ratio);
    return f;
}

}  // namespace dermalens::quality
