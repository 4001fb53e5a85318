// Shades-of-grey colour constancy (Finlayson & Trezzi 2004), shared by segmentation and the
// colour measures: it removes most of a white-balance or exposure difference between visits.
#pragma once

#include <opencv2/core/mat.hpp>

namespace dermalens::followup {

// RGB CV_8UC3 in, RGB CV_8UC3 out: each channel scaled so that its Minkowski p-norm equals
// the mean of the three (p = 6, the value the paper recommends). The norms are taken over
// `reference` (CV_8UC1, non-zero pixels; empty = the whole image): the skin around a lesion
// is a steadier reference than the whole image, whose content changes with the zoom.
[[nodiscard]] cv::Mat shadesOfGrey(const cv::Mat& rgb, const cv::Mat& reference = {},
                                   double p = 6.0);

// Shades of grey over the skin (`skin`, CV_8UC1) and the skin's brightness brought to one
// level too, so that colours are measured relative to the patient's skin: an exposure change
// between visits then cancels (shades of grey alone fixes only the white balance).
[[nodiscard]] cv::Mat relativeToSkin(const cv::Mat& rgb, const cv::Mat& skin);

// CIE L*a*b* as CV_32FC3 (L* 0..100, a* b* about -128..127) of an RGB CV_8UC3 image.
[[nodiscard]] cv::Mat toLab(const cv::Mat& rgb);

}  // namespace dermalens::followup
