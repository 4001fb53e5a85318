// Procedural noise for the SYNTHETIC demo images (DemoStudyGenerator). All fields are CV_32F,
// deterministic for the cv::RNG state passed in (cv::RNG is the same on every platform).
#pragma once

#include <algorithm>
#include <cstdint>

#include <opencv2/core.hpp>

namespace dermalens::synthetic {

// Mixes seeds into one (splitmix-style), so nearby seeds give unrelated streams.
[[nodiscard]] std::uint32_t mixSeed(std::uint32_t a, std::uint32_t b);

// Smooth random field, values roughly in [0,1], features about `cell` pixels wide.
[[nodiscard]] cv::Mat smoothNoise(cv::RNG& rng, cv::Size size, float cell);

// Sum of `octaves` smooth fields halving in size (fractal noise), roughly in [0,1].
[[nodiscard]] cv::Mat fractalNoise(cv::RNG& rng, cv::Size size, float cell, int octaves);

// Distance (pixels) to the nearest cell border of a jittered-grid Voronoi diagram:
// 0 on the borders, largest in cell centres. Borders form a reticular (honeycomb) mesh.
[[nodiscard]] cv::Mat voronoiBorderDistance(cv::RNG& rng, cv::Size size, float cell);

// Displaces `field` by smooth noise of amplitude `amount` pixels (wavy lines instead of straight).
[[nodiscard]] cv::Mat warp(cv::RNG& rng, const cv::Mat& field, float cell, float amount);

[[nodiscard]] inline float smoothstep(float edge0, float edge1, float x) {
    const float t = std::clamp((x - edge0) / (edge1 - edge0), 0.0f, 1.0f);
    return t * t * (3.0f - 2.0f * t);
}

}  // namespace dermalens::synthetic
