// Preprocessing exactly as the model card says (core/MODEL_CONTRACT.md, "Preprocessing").
// Pure OpenCV so it can be unit-tested and compared with training/dermalens_train/preprocess.py.
#pragma once

#include <vector>

#include <opencv2/core/mat.hpp>
#include <opencv2/core/types.hpp>

#include "dermalens/model/ModelCard.h"

namespace dermalens {

// Resizes an 8-bit RGB image per the spec (stretch or centre crop, area or linear).
// Returns an empty Mat when `rgb` is empty.
[[nodiscard]] cv::Mat resizeForModel(const cv::Mat& rgb, const InputSpec& spec);

// Full preprocessing to a planar float buffer of size 3*H*W (CHW, channel order per spec).
// Returns an empty vector when `rgb` is empty or not CV_8UC3.
[[nodiscard]] std::vector<float> preprocessToChw(const cv::Mat& rgb, const InputSpec& spec);

// Steps 3-4 only, for an image already resized by resizeForModel.
// Returns an empty vector when `resized` is not CV_8UC3 of the spec's size.
[[nodiscard]] std::vector<float> normalizeToChw(const cv::Mat& resized, const InputSpec& spec);

// The part of an image of `image_size` that the model sees, in image pixel coordinates:
// the whole image for Stretch, the centred crop for CenterCrop (used to place Grad-CAM maps).
// Returns an empty rectangle for an empty size.
[[nodiscard]] cv::Rect2d modelInputRegion(cv::Size image_size, const InputSpec& spec);

}  // namespace dermalens
