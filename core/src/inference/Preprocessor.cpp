#include "dermalens/inference/Preprocessor.h"

#include <algorithm>
#include <cmath>

#include <opencv2/imgproc.hpp>

namespace dermalens {
namespace {

int cvInterpolation(Interpolation interpolation) {
    return interpolation == Interpolation::Area ? cv::INTER_AREA : cv::INTER_LINEAR;
}

// Size of the intermediate image that covers width x height keeping aspect. Mirrors the Python
// reference, whose round() is round-half-to-even: std::nearbyint in the default rounding mode.
cv::Size coverSize(cv::Size image, const InputSpec& spec) {
    const double s = std::max(static_cast<double>(spec.width) / image.width,
                              static_cast<double>(spec.height) / image.height);
    const int sw = std::max(spec.width, static_cast<int>(std::nearbyint(image.width * s)));
    const int sh = std::max(spec.height, static_cast<int>(std::nearbyint(image.height * s)));
    return {sw, sh};
}

}  // namespace

cv::Mat resizeForModel(const cv::Mat& rgb, const InputSpec& spec) {
    if (rgb.empty() || spec.width <= 0 || spec.height <= 0) return {};
    const int interpolation = cvInterpolation(spec.interpolation);
    cv::Mat out;
    if (spec.resize == ResizePolicy::Stretch) {
        cv::resize(rgb, out, cv::Size(spec.width, spec.height), 0, 0, interpolation);
        return out;
    }
    const cv::Size cover = coverSize(rgb.size(), spec);
    cv::resize(rgb, out, cover, 0, 0, interpolation);
    const int x0 = (cover.width - spec.width) / 2;
    const int y0 = (cover.height - spec.height) / 2;
    return out(cv::Rect(x0, y0, spec.width, spec.height)).clone();
}

std::vector<float> preprocessToChw(const cv::Mat& rgb, const InputSpec& spec) {
    if (rgb.empty() || rgb.type() != CV_8UC3) return {};
    return normalizeToChw(resizeForModel(rgb, spec), spec);
}

std::vector<float> normalizeToChw(const cv::Mat& resized, const InputSpec& spec) {
    if (resized.type() != CV_8UC3 || resized.cols != spec.width || resized.rows != spec.height)
        return {};
    const int plane = spec.width * spec.height;
    std::vector<float> chw(static_cast<std::size_t>(3) * plane);
    // Same float32 operations in the same order as preprocess.py, so results match bit for bit.
    for (int c = 0; c < 3; ++c) {
        const int source = spec.color_order == ColorOrder::RGB ? c : 2 - c;
        const float mean = spec.mean[c];
        const float std = spec.std[c];
        float* dst = chw.data() + static_cast<std::size_t>(c) * plane;
        for (int y = 0; y < resized.rows; ++y) {
            const auto* row = resized.ptr<cv::Vec3b>(y);
            for (int x = 0; x < resized.cols; ++x) {
                const float v = static_cast<float>(row[x][source]) / spec.scale;
                dst[y * spec.width + x] = (v - mean) / std;
            }
        }
    }
    return chw;
}

cv::Rect2d modelInputRegion(cv::Size image_size, const InputSpec& spec) {
    if (image_size.width <= 0 || image_size.height <= 0) return {};
    if (spec.resize == ResizePolicy::Stretch || spec.width <= 0 || spec.height <= 0)
        return {0.0, 0.0, static_cast<double>(image_size.width),
                static_cast<double>(image_size.height)};
    const cv::Size cover = coverSize(image_size, spec);
    const double fx = static_cast<double>(image_size.width) / cover.width;
    const double fy = static_cast<double>(image_size.height) / cover.height;
    const int x0 = (cover.width - spec.width) / 2;
    const int y0 = (cover.height - spec.height) / 2;
    return {x0 * fx, y0 * fy, spec.width * fx, spec.height * fy};
}

}  // namespace dermalens
