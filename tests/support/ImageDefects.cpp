#include "ImageDefects.h"

#include <algorithm>
#include <cmath>
#include <vector>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

namespace dermalens::test {
namespace {

// A quadratic Bezier from a through control c to b, as a polyline with a point every pixel
// or so (anti-aliased joints spaced further apart would print a periodic row of dots).
std::vector<cv::Point> curve(cv::Point2d a, cv::Point2d c, cv::Point2d b) {
    std::vector<cv::Point> points;
    const int steps = std::max(2, int(cv::norm(a - c) + cv::norm(c - b)));
    for (int i = 0; i <= steps; ++i) {
        const double t = double(i) / steps;
        const cv::Point2d p = (1 - t) * (1 - t) * a + 2 * (1 - t) * t * c + t * t * b;
        points.emplace_back(int(std::lround(p.x)), int(std::lround(p.y)));
    }
    return points;
}

cv::Point2d randomPoint(cv::RNG& rng, const cv::Mat& img) {
    return {rng.uniform(0.0, double(img.cols)), rng.uniform(0.0, double(img.rows))};
}

}  // namespace

cv::Mat withBlur(const cv::Mat& rgb, double sigma) {
    cv::Mat blurred, noisy;
    cv::GaussianBlur(rgb, blurred, cv::Size(), sigma);
    // A real out-of-focus photo still has sensor noise and JPEG blocks, which look like detail.
    cv::Mat noise(rgb.size(), CV_16SC3);
    cv::RNG(7).fill(noise, cv::RNG::NORMAL, 0, 2.0);
    blurred.convertTo(noisy, CV_16SC3);
    noisy += noise;
    noisy.convertTo(blurred, CV_8UC3);
    std::vector<unsigned char> jpeg;
    cv::imencode(".jpg", blurred, jpeg, {cv::IMWRITE_JPEG_QUALITY, 90});
    return cv::imdecode(jpeg, cv::IMREAD_UNCHANGED);  // channel order is kept as given
}

cv::Mat withExposure(const cv::Mat& rgb, double gain) {
    cv::Mat out;
    rgb.convertTo(out, -1, gain, 0);
    return out;
}

cv::Mat withInk(const cv::Mat& rgb, unsigned seed) {
    cv::RNG rng(seed);
    cv::Mat ink = rgb.clone();
    const int strokes = rng.uniform(2, 4);
    for (int s = 0; s < strokes; ++s) {
        const cv::Scalar violet(rng.uniform(90, 130), rng.uniform(30, 70), rng.uniform(150, 200));
        const auto line = curve(randomPoint(rng, rgb), randomPoint(rng, rgb), randomPoint(rng, rgb));
        cv::polylines(ink, line, false, violet, rng.uniform(3, 5), cv::LINE_AA);
    }
    cv::Mat out;
    cv::addWeighted(ink, 0.85, rgb, 0.15, 0, out);  // ink lets a little skin show through
    return out;
}

cv::Mat withRuler(const cv::Mat& rgb, unsigned seed) {
    cv::RNG rng(seed);
    cv::Mat out = rgb.clone();
    const bool horizontal = rng.uniform(0, 2) == 0;
    const int length = horizontal ? out.cols : out.rows;
    const int offset = rng.uniform(2, 10), width = 16;
    const int start = rng.uniform(0, 2) == 0 ? offset : (horizontal ? out.rows : out.cols) - offset - width;
    const auto at = [&](int along, int across) {
        return horizontal ? cv::Point(along, start + across) : cv::Point(start + across, along);
    };
    const int light = rng.uniform(200, 245), dark = rng.uniform(20, 90);
    const int spacing = rng.uniform(4, 8);  // 1 mm at 200 px is 4-7 px on a dermatoscope image
    cv::rectangle(out, at(0, 0), at(length - 1, width - 1), cv::Scalar(light, light, light - 12),
                  cv::FILLED);
    for (int p = 2, n = 0; p < length; p += spacing, ++n) {
        const int tick = n % 5 == 0 ? 10 : 6;
        cv::line(out, at(p, 0), at(p, tick), cv::Scalar(dark, dark, dark), 1);
    }
    return out;
}

cv::Mat withHair(const cv::Mat& rgb, unsigned seed, int count) {
    cv::RNG rng(seed);
    cv::Mat out = rgb.clone();
    for (int h = 0; h < count; ++h) {
        const cv::Point2d a = randomPoint(rng, rgb);
        const double angle = rng.uniform(0.0, CV_PI * 2), len = rng.uniform(0.3, 0.8) * rgb.cols;
        const cv::Point2d b = a + len * cv::Point2d(std::cos(angle), std::sin(angle));
        const cv::Point2d c = (a + b) / 2 + cv::Point2d(rng.uniform(-20.0, 20.0), rng.uniform(-20.0, 20.0));
        const int shade = rng.uniform(20, 60);
        cv::polylines(out, curve(a, c, b), false, cv::Scalar(shade, shade * 0.8, shade * 0.7),
                      rng.uniform(1, 3), cv::LINE_AA);
    }
    return out;
}

}  // namespace dermalens::test
