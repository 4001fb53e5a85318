#include "synthetic/SyntheticSkin.h"

#include <cmath>

#include <opencv2/imgproc.hpp>

#include "synthetic/SyntheticNoise.h"

namespace dermalens::synthetic {
namespace {

// Per-pixel multiply of each channel by (1 - amount * field * weight[c]).
void darken(cv::Mat& rgb, const cv::Mat& field, float amount, const cv::Vec3f& weight) {
    for (int y = 0; y < rgb.rows; ++y) {
        for (int x = 0; x < rgb.cols; ++x) {
            const float f = amount * field.at<float>(y, x);
            cv::Vec3f& p = rgb.at<cv::Vec3f>(y, x);
            for (int c = 0; c < 3; ++c) p[c] *= 1.0f - f * weight[c];
        }
    }
}

cv::Mat poreField(cv::RNG& rng, cv::Size size) {
    cv::Mat pores = cv::Mat::zeros(size, CV_32F);
    const int count = size.area() / 900;
    for (int i = 0; i < count; ++i) {
        const cv::Point centre(rng.uniform(0, size.width), rng.uniform(0, size.height));
        cv::circle(pores, centre, rng.uniform(1, 3), cv::Scalar(rng.uniform(0.4, 1.0)), cv::FILLED,
                   cv::LINE_AA);
    }
    cv::GaussianBlur(pores, pores, cv::Size(0, 0), 0.9);
    return pores;
}

cv::Mat furrowField(cv::RNG& rng, cv::Size size) {
    cv::Mat dist = warp(rng, voronoiBorderDistance(rng, size, 46.0f), 30.0f, 6.0f);
    cv::Mat lines(size, CV_32F);
    const cv::Mat strength = smoothNoise(rng, size, 60.0f);
    for (int y = 0; y < size.height; ++y) {
        for (int x = 0; x < size.width; ++x) {
            const float line = 1.0f - smoothstep(0.0f, 2.5f, dist.at<float>(y, x));
            lines.at<float>(y, x) = line * smoothstep(0.25f, 0.75f, strength.at<float>(y, x));
        }
    }
    cv::GaussianBlur(lines, lines, cv::Size(0, 0), 1.2);  // furrows are shallow, soft shadows
    return lines;
}

cv::Point2f bezier(const cv::Point2f& a, const cv::Point2f& b, const cv::Point2f& c, float t) {
    return (1 - t) * (1 - t) * a + 2 * (1 - t) * t * b + t * t * c;
}

// One hair as a polyline in 2x supersampled coordinates.
std::vector<cv::Point> hairPath(cv::RNG& rng, cv::Size size) {
    const float w = static_cast<float>(size.width), h = static_cast<float>(size.height);
    const cv::Point2f start(rng.uniform(-0.1f * w, 1.1f * w), rng.uniform(-0.1f * h, 1.1f * h));
    const float angle = rng.uniform(0.0f, static_cast<float>(CV_2PI));
    const float length = rng.uniform(0.5f, 1.2f) * w;
    const cv::Point2f dir(std::cos(angle), std::sin(angle)), normal(-dir.y, dir.x);
    const cv::Point2f end = start + length * dir;
    const cv::Point2f ctrl = 0.5f * (start + end) + rng.uniform(-0.25f, 0.25f) * length * normal;
    std::vector<cv::Point> path;
    for (int i = 0; i <= 64; ++i) path.push_back(2.0f * bezier(start, ctrl, end, i / 64.0f));
    return path;
}

}  // namespace

cv::Mat renderSkin(cv::RNG& rng, cv::Size size, const cv::Vec3f& tone) {
    cv::Mat rgb(size, CV_32FC3, cv::Scalar(tone[0], tone[1], tone[2]));
    const cv::Mat redness = fractalNoise(rng, size, 90.0f, 3);
    const cv::Mat shade = fractalNoise(rng, size, 40.0f, 3);
    const cv::Mat grain = fractalNoise(rng, size, 4.0f, 2);
    for (int y = 0; y < size.height; ++y) {
        for (int x = 0; x < size.width; ++x) {
            const float r = (redness.at<float>(y, x) - 0.5f) * 0.16f;
            const float s = 1.0f + (shade.at<float>(y, x) - 0.5f) * 0.08f +
                            (grain.at<float>(y, x) - 0.5f) * 0.05f;
            cv::Vec3f& p = rgb.at<cv::Vec3f>(y, x);
            p = cv::Vec3f(p[0] * s * (1 + 0.3f * r), p[1] * s * (1 - r), p[2] * s * (1 - 0.8f * r));
        }
    }
    darken(rgb, furrowField(rng, size), 0.045f, {0.8f, 1.0f, 1.0f});
    darken(rgb, poreField(rng, size), 0.10f, {0.8f, 1.0f, 1.0f});
    return rgb;
}

void drawHairs(cv::RNG& rng, cv::Mat& rgb, int count) {
    const cv::Size big(rgb.cols * 2, rgb.rows * 2);
    for (int i = 0; i < count; ++i) {
        cv::Mat mask = cv::Mat::zeros(big, CV_32F);
        const auto path = hairPath(rng, rgb.size());
        cv::polylines(mask, path, false, cv::Scalar(1.0), rng.uniform(2, 6), cv::LINE_AA);
        cv::resize(mask, mask, rgb.size(), 0, 0, cv::INTER_AREA);
        const float opacity = rng.uniform(0.75f, 0.95f);
        const cv::Vec3f colour(rng.uniform(0.10f, 0.22f), 0.08f, 0.06f);
        for (int y = 0; y < rgb.rows; ++y) {
            for (int x = 0; x < rgb.cols; ++x) {
                const float a = std::min(1.0f, mask.at<float>(y, x) * 1.4f) * opacity;
                cv::Vec3f& p = rgb.at<cv::Vec3f>(y, x);
                p = p * (1.0f - a) + colour * a;
            }
        }
    }
}

void applyVignette(cv::RNG& rng, cv::Mat& rgb) {
    const float half_diag =
        0.5f * std::hypot(static_cast<float>(rgb.cols), static_cast<float>(rgb.rows));
    const cv::Point2f centre(rgb.cols * rng.uniform(0.47f, 0.53f),
                             rgb.rows * rng.uniform(0.47f, 0.53f));
    const float stop = half_diag * rng.uniform(0.84f, 0.96f);
    for (int y = 0; y < rgb.rows; ++y) {
        for (int x = 0; x < rgb.cols; ++x) {
            const float r = std::hypot(x - centre.x, y - centre.y);
            const float falloff = 1.0f - 0.22f * std::pow(r / half_diag, 2.5f);
            const float field = 1.0f - 0.95f * smoothstep(stop - 30.0f, stop + 12.0f, r);
            rgb.at<cv::Vec3f>(y, x) *= falloff * field;
        }
    }
}

cv::Mat finish(cv::RNG& rng, const cv::Mat& rgb) {
    cv::Mat soft;
    cv::GaussianBlur(rgb, soft, cv::Size(0, 0), 0.75);
    cv::Mat noise(rgb.size(), CV_32FC3);
    rng.fill(noise, cv::RNG::NORMAL, 0.0, 0.007);
    soft += noise;
    cv::Mat out;
    soft.convertTo(out, CV_8UC3, 255.0);  // saturates outside [0,1]
    return out;
}

}  // namespace dermalens::synthetic
