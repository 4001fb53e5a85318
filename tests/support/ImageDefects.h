// The image defects the quality checks look for, synthesised on a copy of an RGB image (tests
// and the HAM10000 hit-rate measurement use the same ones). Sizes are for ~200 px images.
#pragma once

#include <opencv2/core/mat.hpp>

namespace dermalens::test {

// Gaussian blur of `sigma` px, then sensor noise (sigma 2 grey levels) and JPEG at quality 90.
cv::Mat withBlur(const cv::Mat& rgb, double sigma = 2.0);
// Every sample times `gain`, saturated (0.3: underexposed, 1.7: overexposed).
cv::Mat withExposure(const cv::Mat& rgb, double gain);
// Two or three curved gentian-violet marker strokes (3-4 px wide) across the image.
cv::Mat withInk(const cv::Mat& rgb, unsigned seed = 1);
// A light ruler strip along one border with dark ticks every 4-7 px (every 5th longer).
cv::Mat withRuler(const cv::Mat& rgb, unsigned seed = 1);
// `count` thin (1-2 px) dark curved hairs.
cv::Mat withHair(const cv::Mat& rgb, unsigned seed = 1, int count = 30);

}  // namespace dermalens::test
