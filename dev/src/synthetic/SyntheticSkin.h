// Skin and optics of the SYNTHETIC demo images: background texture, hairs, dermoscope
// vignetting, blur and sensor noise. Images are CV_32FC3, RGB in [0,1].
#pragma once

#include <opencv2/core.hpp>

namespace dermalens::synthetic {

// Skin under a polarised dermoscope: `tone` with mottled redness, fine texture, furrows, pores.
[[nodiscard]] cv::Mat renderSkin(cv::RNG& rng, cv::Size size, const cv::Vec3f& tone);

// `count` thin dark curved hairs crossing the image.
void drawHairs(cv::RNG& rng, cv::Mat& rgb, int count);

// Dark circular field stop of the dermoscope plus a gentle fall-off towards it.
void applyVignette(cv::RNG& rng, cv::Mat& rgb);

// Optical softness and sensor noise; returns CV_8UC3 RGB.
[[nodiscard]] cv::Mat finish(cv::RNG& rng, const cv::Mat& rgb);

}  // namespace dermalens::synthetic
