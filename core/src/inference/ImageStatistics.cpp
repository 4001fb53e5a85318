#include "dermalens/inference/ImageStatistics.h"

#include <algorithm>
#include <cmath>

#include <opencv2/imgproc.hpp>

namespace dermalens {
namespace {

// Appends the per-channel means and then the population standard deviations.
void appendMeanStd(const cv::Mat& image, std::vector<double>& out) {
    cv::Scalar mean, stddev;
    cv::meanStdDev(image, mean, stddev);
    for (int c = 0; c < image.channels(); ++c) out.push_back(mean[c]);
    for (int c = 0; c < image.channels(); ++c) out.push_back(stddev[c]);
}

// log(1 + mean |Laplacian|), log(1 + mean gradient magnitude), fraction of zero-gradient pixels.
void appendTexture(const cv::Mat& rgb, std::vector<double>& out) {
    cv::Mat grey8, grey, laplacian, gx, gy;
    cv::cvtColor(rgb, grey8, cv::COLOR_RGB2GRAY);
    grey8.convertTo(grey, CV_32F);
    cv::Laplacian(grey, laplacian, CV_32F, 1);
    cv::Sobel(grey, gx, CV_32F, 1, 0, 3);
    cv::Sobel(grey, gy, CV_32F, 0, 1, 3);
    double abs_laplacian = 0, magnitude = 0;
    std::size_t flat = 0;
    for (int y = 0; y < grey.rows; ++y) {
        const float* l = laplacian.ptr<float>(y);
        const float* dx = gx.ptr<float>(y);
        const float* dy = gy.ptr<float>(y);
        for (int x = 0; x < grey.cols; ++x) {
            abs_laplacian += std::abs(static_cast<double>(l[x]));
            const double a = dx[x], b = dy[x];
            magnitude += std::sqrt(a * a + b * b);
            if (dx[x] == 0.0f && dy[x] == 0.0f) ++flat;
        }
    }
    const double n = static_cast<double>(grey.total());
    out.push_back(std::log1p(abs_laplacian / n));
    out.push_back(std::log1p(magnitude / n));
    out.push_back(static_cast<double>(flat) / n);
}

}  // namespace

const std::array<std::string_view, kImageStatisticCount>& imageStatisticNames() {
    static const std::array<std::string_view, kImageStatisticCount> names{
        "lab_l_mean",
        "lab_a_mean",
        "lab_b_mean",
        "lab_l_std",
        "lab_a_std",
        "lab_b_std",
        "log1p_mean_abs_laplacian",
        "log1p_mean_gradient",
        "flat_fraction",
        "saturation_mean",
        "saturation_std"};
    return names;
}

std::vector<double> imageStatistics(const cv::Mat& rgb) {
    if (rgb.empty() || rgb.type() != CV_8UC3) return {};
    std::vector<double> out;
    out.reserve(kImageStatisticCount);
    cv::Mat lab, hsv, channels[3];
    cv::cvtColor(rgb, lab, cv::COLOR_RGB2Lab);
    appendMeanStd(lab, out);
    appendTexture(rgb, out);
    cv::cvtColor(rgb, hsv, cv::COLOR_RGB2HSV);
    cv::split(hsv, channels);
    appendMeanStd(channels[1], out);
    return out;
}

double imageStatisticsDistance(const std::vector<double>& stats, const ImageStatisticsSpec& spec) {
    const std::size_t n = stats.size();
    if (n == 0 || spec.mean.size() != n || spec.inverse_covariance.size() != n * n) return 0.0;
    double sum = 0;
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t j = 0; j < n; ++j)
            sum += (stats[i] - spec.mean[i]) * spec.inverse_covariance[i * n + j] *
                   (stats[j] - spec.mean[j]);
    return std::sqrt(std::max(sum, 0.0) / static_cast<double>(n));
}

}  // namespace dermalens
