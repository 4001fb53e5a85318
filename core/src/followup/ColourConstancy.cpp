#include "followup/ColourConstancy.h"

#include <cmath>

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

namespace dermalens::followup {

namespace {

// Per-channel gains making the p-norms over `reference` equal `target` (their mean when 0).
cv::Scalar greyGains(const cv::Mat& f, const cv::Mat& reference, double p, double target) {
    cv::Mat powered;
    cv::pow(f, p, powered);
    const bool usable = !reference.empty() && cv::countNonZero(reference) > 0;
    const cv::Scalar mean = usable ? cv::mean(powered, reference) : cv::mean(powered);
    double norms[3];
    for (int c = 0; c < 3; ++c) norms[c] = std::pow(mean[c], 1.0 / p);
    const double grey = target > 0 ? target : (norms[0] + norms[1] + norms[2]) / 3.0;
    return {grey / norms[0], grey / norms[1], grey / norms[2]};
}

cv::Mat scaled(const cv::Mat& rgb, const cv::Mat& reference, double p, double target) {
    cv::Mat f, out;
    rgb.convertTo(f, CV_32FC3, 1.0 / 255.0, 1.0 / 255.0);  // +1 keeps black pixels finite
    const cv::Scalar gains = greyGains(f, reference, p, target);
    f.convertTo(f, CV_32FC3, 255.0);
    cv::multiply(f, gains, f);
    f.convertTo(out, CV_8UC3);  // saturating
    return out;
}

}  // namespace

cv::Mat relativeToSkin(const cv::Mat& rgb, const cv::Mat& skin) {
    return scaled(rgb, skin, 6.0, 0.75);  // skin at about 190 of 255: room for brighter spots
}

cv::Mat shadesOfGrey(const cv::Mat& rgb, const cv::Mat& reference, double p) {
    return scaled(rgb, reference, p, 0);
}

cv::Mat toLab(const cv::Mat& rgb) {
    cv::Mat f, lab;
    rgb.convertTo(f, CV_32FC3, 1.0 / 255.0);
    cv::cvtColor(f, lab, cv::COLOR_RGB2Lab);
    return lab;
}

}  // namespace dermalens::followup
