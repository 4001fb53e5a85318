#include "dermalens/inference/Heatmap.h"

#include <algorithm>
#include <vector>

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

namespace dermalens {
namespace {

int cvColorMap(ColorMap colormap) {
    switch (colormap) {
        case ColorMap::Viridis:
            return cv::COLORMAP_VIRIDIS;
        case ColorMap::Inferno:
            return cv::COLORMAP_INFERNO;
        case ColorMap::Cividis:
            return cv::COLORMAP_CIVIDIS;
        case ColorMap::Jet:
            break;
    }
    return cv::COLORMAP_JET;
}

// [0, 1] float map -> coloured CV_8UC3 in RGB order (OpenCV's colour maps produce BGR).
cv::Mat colorize(const cv::Mat& unit, ColorMap colormap) {
    cv::Mat bytes, bgr, rgb;
    unit.convertTo(bytes, CV_8U, 255.0);
    cv::applyColorMap(bytes, bgr, cvColorMap(colormap));
    cv::cvtColor(bgr, rgb, cv::COLOR_BGR2RGB);
    return rgb;
}

}  // namespace

cv::Mat normalizeHeatmap(const Heatmap& map, const OverlayOptions& options) {
    const cv::Mat& source = map.upsampled.empty() ? map.raw : map.upsampled;
    if (source.empty()) return {};
    cv::Mat values;
    source.convertTo(values, CV_32F);
    cv::Mat out = cv::Mat::zeros(values.size(), CV_32F);
    if (options.normalization == HeatmapNormalization::Fixed) {
        if (options.fixed_max > 0) values.convertTo(out, CV_32F, 1.0 / options.fixed_max);
    } else {
        double lo = 0, hi = 0;
        cv::minMaxLoc(values, &lo, &hi);
        // A flat map (including all-zero: no evidence) has no range to stretch; keep it zero.
        if (hi > lo) values.convertTo(out, CV_32F, 1.0 / (hi - lo), -lo / (hi - lo));
    }
    cv::min(cv::max(out, 0.0), 1.0, out);
    return out;
}

cv::Mat overlayAlpha(const cv::Mat& unit, float opacity) {
    if (unit.empty()) return {};
    cv::Mat alpha;
    unit.convertTo(alpha, CV_32F, std::clamp(static_cast<double>(opacity), 0.0, 1.0));
    cv::min(cv::max(alpha, 0.0), 1.0, alpha);
    return alpha;
}

cv::Mat renderOverlay(const cv::Mat& rgb, const Heatmap& map, const OverlayOptions& options) {
    if (rgb.empty() || rgb.type() != CV_8UC3) return {};
    const cv::Mat unit = normalizeHeatmap(map, options);
    if (unit.empty() || unit.size() != rgb.size()) return {};
    const cv::Mat alpha = overlayAlpha(unit, options.opacity);
    cv::Mat alpha3, base, colour;
    cv::merge(std::vector<cv::Mat>{alpha, alpha, alpha}, alpha3);
    rgb.convertTo(base, CV_32FC3);
    colorize(unit, options.colormap).convertTo(colour, CV_32FC3);
    cv::Mat blended = base + (colour - base).mul(alpha3);
    cv::Mat out;
    blended.convertTo(out, CV_8UC3);  // rounds and saturates
    return out;
}

cv::Mat colorBar(ColorMap colormap, int width, int height) {
    if (width <= 0 || height <= 0) return {};
    cv::Mat ramp(1, width, CV_32F);
    for (int x = 0; x < width; ++x)
        ramp.at<float>(0, x) = width == 1 ? 0.0f : static_cast<float>(x) / (width - 1);
    cv::Mat bar;
    cv::repeat(colorize(ramp, colormap), height, 1, bar);
    return bar;
}

}  // namespace dermalens
