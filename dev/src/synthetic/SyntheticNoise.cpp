#include "synthetic/SyntheticNoise.h"

#include <algorithm>
#include <cmath>
#include <vector>

#include <opencv2/imgproc.hpp>

namespace dermalens::synthetic {

std::uint32_t mixSeed(std::uint32_t a, std::uint32_t b) {
    std::uint64_t z = (static_cast<std::uint64_t>(a) << 32) ^ b ^ 0x9E3779B97F4A7C15ULL;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return static_cast<std::uint32_t>(z ^ (z >> 31));
}

cv::Mat smoothNoise(cv::RNG& rng, cv::Size size, float cell) {
    cell = std::max(cell, 1.0f);
    const int gw = static_cast<int>(std::ceil(size.width / cell)) + 4;
    const int gh = static_cast<int>(std::ceil(size.height / cell)) + 4;
    cv::Mat grid(gh, gw, CV_32F);
    rng.fill(grid, cv::RNG::UNIFORM, 0.0, 1.0);
    cv::Mat big;
    const cv::Size big_size(static_cast<int>(gw * cell), static_cast<int>(gh * cell));
    cv::resize(grid, big, big_size, 0, 0, cv::INTER_CUBIC);
    // Skip the first cells: the resize border clamps there and looks flat.
    const int off = static_cast<int>(cell * 1.5f);
    return big(cv::Rect(off, off, size.width, size.height)).clone();
}

cv::Mat fractalNoise(cv::RNG& rng, cv::Size size, float cell, int octaves) {
    cv::Mat sum = cv::Mat::zeros(size, CV_32F);
    float amplitude = 1.0f, total = 0.0f;
    for (int o = 0; o < octaves; ++o) {
        sum += amplitude * smoothNoise(rng, size, cell);
        total += amplitude;
        amplitude *= 0.5f;
        cell *= 0.5f;
    }
    return sum / total;
}

cv::Mat voronoiBorderDistance(cv::RNG& rng, cv::Size size, float cell) {
    const int gw = static_cast<int>(size.width / cell) + 3;
    const int gh = static_cast<int>(size.height / cell) + 3;
    std::vector<cv::Point2f> seeds(static_cast<std::size_t>(gw * gh));
    for (int j = 0; j < gh; ++j) {
        for (int i = 0; i < gw; ++i) {
            const float x = (i - 1 + rng.uniform(0.1f, 0.9f)) * cell;
            seeds[static_cast<std::size_t>(j * gw + i)] = {
                x, (j - 1 + rng.uniform(0.1f, 0.9f)) * cell};
        }
    }
    cv::Mat out(size, CV_32F);
    for (int y = 0; y < size.height; ++y) {
        for (int x = 0; x < size.width; ++x) {
            const int ci = static_cast<int>(x / cell) + 1, cj = static_cast<int>(y / cell) + 1;
            float d1 = 1e9f, d2 = 1e9f;
            for (int j = std::max(cj - 2, 0); j <= std::min(cj + 2, gh - 1); ++j) {
                for (int i = std::max(ci - 2, 0); i <= std::min(ci + 2, gw - 1); ++i) {
                    const cv::Point2f d =
                        seeds[static_cast<std::size_t>(j * gw + i)] - cv::Point2f(x, y);
                    const float dist = std::sqrt(d.dot(d));
                    if (dist < d1) {
                        d2 = d1;
                        d1 = dist;
                    } else if (dist < d2) {
                        d2 = dist;
                    }
                }
            }
            out.at<float>(y, x) = 0.5f * (d2 - d1);
        }
    }
    return out;
}

cv::Mat warp(cv::RNG& rng, const cv::Mat& field, float cell, float amount) {
    const cv::Size size = field.size();
    const cv::Mat dx = smoothNoise(rng, size, cell), dy = smoothNoise(rng, size, cell);
    cv::Mat map_x(size, CV_32F), map_y(size, CV_32F);
    for (int y = 0; y < size.height; ++y) {
        for (int x = 0; x < size.width; ++x) {
            map_x.at<float>(y, x) = x + (dx.at<float>(y, x) - 0.5f) * 2.0f * amount;
            map_y.at<float>(y, x) = y + (dy.at<float>(y, x) - 0.5f) * 2.0f * amount;
        }
    }
    cv::Mat out;
    cv::remap(field, out, map_x, map_y, cv::INTER_LINEAR, cv::BORDER_REFLECT);
    return out;
}

}  // namespace dermalens::synthetic
