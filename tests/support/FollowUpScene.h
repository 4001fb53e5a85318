// A lesion on textured skin at two visits, for the follow-up tests (core and UI): the scene
// can grow the lesion, and a second "photograph" of it comes from a camera moved and turned.
#pragma once

#include <opencv2/core.hpp>

namespace dermalens::test {

// Textured skin (600x450 RGB) with makeLesionImage's lesion pasted where it is pigmented,
// its area scaled by `growth`.
[[nodiscard]] cv::Mat followUpScene(unsigned seed, double growth);

// The scene's middle 400x300, as the first visit's camera sees it.
[[nodiscard]] cv::Mat firstVisit(const cv::Mat& scene);

// What a camera 5 % closer, turned by `degrees`, sees of the scene's middle 400x300.
[[nodiscard]] cv::Mat photograph(const cv::Mat& scene, double degrees);

}  // namespace dermalens::test
