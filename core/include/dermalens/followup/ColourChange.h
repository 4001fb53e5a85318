// Colour of a lesion and how it changed between two visits, in CIE L*a*b* (Delta E units).
//
// Colours are measured relative to the patient's skin: each image is normalised so that the
// skin outside the lesion has one white balance (shades of grey) and one brightness. A
// different white balance or exposure between visits then counts much less than a real change
// of the lesion's colours (it does not cancel where the camera clipped bright skin).
#pragma once

#include <array>

#include <opencv2/core/mat.hpp>

#include "dermalens/Result.h"

namespace dermalens {

struct LesionColour {
    std::array<double, 3> mean_lab{};  // L*, a*, b*
    std::array<double, 3> sd_lab{};
    double pixels = 0;
};

struct ColourChange {
    LesionColour before, after;
    double mean_delta_e = 0;      // CIE76 distance between the two mean colours
    double distribution_emd = 0;  // earth mover's distance between the L*a*b* histograms
};

// Colour inside `mask` (CV_8UC1, non-zero = lesion) of an RGB image.
[[nodiscard]] Result<LesionColour> lesionColour(const cv::Mat& rgb, const cv::Mat& mask);

// InvalidArgument when an image is not RGB, a mask does not match its image or is empty.
[[nodiscard]] Result<ColourChange> colourChange(const cv::Mat& before_rgb,
                                                const cv::Mat& before_mask,
                                                const cv::Mat& after_rgb,
                                                const cv::Mat& after_mask);

}  // namespace dermalens
