// Heatmap: a Grad-CAM map and how to render it.
#pragma once

#include <opencv2/core/mat.hpp>

namespace dermalens {

struct Heatmap {
    cv::Mat raw;  // CV_32F at the Grad-CAM layer's resolution (e.g. 16x12): ReLU(sum_k w_k A_k)
    cv::Mat upsampled;  // CV_32F at the image resolution, bilinear from `raw`, same units
    int class_index = -1;
    float raw_max = 0;  // max of `raw`; 0 means no positive evidence for the class
};

// How a map is scaled to [0, 1] for display. PerImageMinMax (the common convention)
// makes every map use the full colour range, so intensities are NOT comparable across
// images; Fixed divides by a caller-chosen value (e.g. the max over a visit series), so they are.
enum class HeatmapNormalization { PerImageMinMax, Fixed };
enum class ColorMap { Jet, Viridis, Inferno, Cividis };  // Viridis/Cividis are colour-blind safe

struct OverlayOptions {
    float opacity = 0.45f;  // at the strongest evidence; 0 = image only (see overlayAlpha)
    ColorMap colormap = ColorMap::Jet;
    HeatmapNormalization normalization = HeatmapNormalization::PerImageMinMax;
    float fixed_max = 1.0f;  // used when normalization == Fixed
};

// Map scaled to [0, 1] (CV_32F) at image resolution. An all-zero map stays zero.
[[nodiscard]] cv::Mat normalizeHeatmap(const Heatmap& map, const OverlayOptions& options);

// Per-pixel opacity of the colour layer (CV_32F): opacity * unit, clamped to [0, 1]. The opacity
// follows the evidence, so where the map is 0 the image shows through untouched (no colour wash
// over the whole lesion) and only the strongest evidence gets the full opacity.
[[nodiscard]] cv::Mat overlayAlpha(const cv::Mat& unit, float opacity);

// Colour overlay (CV_8UC3 RGB, same size as `rgb`): rgb blended with the coloured map with the
// per-pixel alpha of overlayAlpha(normalizeHeatmap(map), opacity).
// Returns an empty Mat when sizes do not match or inputs are empty.
[[nodiscard]] cv::Mat renderOverlay(const cv::Mat& rgb, const Heatmap& map,
                                    const OverlayOptions& options);

// A horizontal colour bar (CV_8UC3 RGB) for legends, low values on the left.
[[nodiscard]] cv::Mat colorBar(ColorMap colormap, int width, int height);

}  // namespace dermalens
