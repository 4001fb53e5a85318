// Under- and overexposure from the luma histogram.
#include <vector>

#include <opencv2/imgproc.hpp>

#include "quality/QualityChecks.h"

namespace dermalens::quality {
namespace {

constexpr int kClippedLevel = 250;

// The grey level below which half of the pixels lie.
double medianLuma(const cv::Mat& grey) {
    int histogram[256] = {};
    for (int y = 0; y < grey.rows; ++y) {
        const auto* row = grey.ptr<unsigned char>(y);
        for (int x = 0; x < grey.cols; ++x) ++histogram[row[x]];
    }
    const long half = (long(grey.total()) + 1) / 2;
    long seen = 0;
    for (int v = 0; v < 256; ++v)
        if ((seen += histogram[v]) >= half) return v;
    return 255;
}

}  // namespace

QualityFinding checkUnderexposure(const QualityInput& in, const QualityThresholds& t) {
    QualityFinding f;
    f.check = QualityCheck::Underexposure;
    f.value = medianLuma(in.grey);
    f.threshold = t.underexposure_max_median;
    f.flagged = f.value < t.underexposure_max_median;
    f.reason = f.flagged ? describe("image too dark", "median brightness", f.value, false,
                                    t.underexposure_max_median)
                         : describe("bright enough", "median brightness", f.value, true,
                                    t.underexposure_max_median);
    return f;
}

QualityFinding checkOverexposure(const QualityInput& in, const QualityThresholds& t) {
    // Any channel: bright skin clips in red first, long before its luma reaches 250.
    std::vector<cv::Mat> channels;
    cv::split(in.rgb, channels);
    const cv::Mat brightest = cv::max(cv::max(channels[0], channels[1]), channels[2]);
    const double clipped =
        double(cv::countNonZero(brightest >= kClippedLevel)) / double(brightest.total());
    QualityFinding f;
    f.check = QualityCheck::Overexposure;
    f.value = clipped;
    f.threshold = t.overexposure_max_clipped;
    f.flagged = clipped > t.overexposure_max_clipped;
    f.reason = f.flagged ? describe("image too bright", "clipped fraction", clipped, true,
                                    t.overexposure_max_clipped)
                         : describe("highlights not clipped", "clipped fraction", clipped, false,
                                    t.overexposure_max_clipped);
    return f;
}

}  // namespace dermalens::quality
