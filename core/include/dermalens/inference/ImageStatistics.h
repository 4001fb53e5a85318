// ImageStatistics: colour and texture summaries of a model input, for the out-of-distribution rule.
// Dermoscopic images occupy a narrow range of these; flat colours, noise, text, screenshots and
// everyday photos fall outside it whatever the classifier's embedding says. The Python twin is
// training/dermalens_train/ood.py (image_statistics); core/MODEL_CONTRACT.md defines both.
#pragma once

#include <array>
#include <cstddef>
#include <string_view>
#include <vector>

#include <opencv2/core/mat.hpp>

#include "dermalens/model/ModelCard.h"

namespace dermalens {

inline constexpr std::size_t kImageStatisticCount = 11;

// The statistics' names, in order, as a card's ood.image_statistics.features must list them.
[[nodiscard]] const std::array<std::string_view, kImageStatisticCount>& imageStatisticNames();

// Statistics of an 8-bit RGB image already resized for the model (resizeForModel).
// Returns an empty vector when `rgb` is empty or not CV_8UC3.
[[nodiscard]] std::vector<double> imageStatistics(const cv::Mat& rgb);

// Mahalanobis distance sqrt(d^T C^-1 d / n) of `stats` from the card's training statistics.
// Returns 0 when the spec has no statistics or their size differs from `stats`.
[[nodiscard]] double imageStatisticsDistance(const std::vector<double>& stats,
                                             const ImageStatisticsSpec& spec);

}  // namespace dermalens
