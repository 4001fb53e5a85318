#include "synthetic/SyntheticLesion.h"

#include <array>
#include <cmath>

#include <opencv2/imgproc.hpp>

#include "synthetic/SyntheticNoise.h"

namespace dermalens::synthetic {
namespace {

constexpr int kAngles = 720;
constexpr float kPi = static_cast<float>(CV_PI);

struct Geometry {
    cv::Point2f centre;
    float radius = 50.0f;
    float angle = 0.0f;                    // orientation of the long axis
    float stretch = 1.0f;                  // sqrt of the aspect ratio
    std::array<float, kAngles> contour{};  // r(theta) / radius
};

Geometry makeGeometry(cv::RNG& rng, cv::Size size, const DemoLesionStyle& style) {
    Geometry g;
    const float shorter = static_cast<float>(std::min(size.width, size.height));
    g.radius = style.radius_fraction * shorter;
    g.centre = {size.width * 0.5f + rng.uniform(-0.04f, 0.04f) * shorter,
                size.height * 0.5f + rng.uniform(-0.04f, 0.04f) * shorter};
    g.angle = rng.uniform(0.0f, kPi);
    g.stretch = std::sqrt(1.0f + rng.uniform(0.0f, 0.15f) + 0.4f * style.irregularity);
    std::array<float, 16> amp{}, phase{};
    for (int k = 1; k < 16; ++k) {
        // Low orders make the lesion asymmetric, high orders notch its border.
        const float weight = (k == 1 ? 0.4f : 1.0f) / std::pow(static_cast<float>(k), 1.25f);
        amp[k] = 0.7f * style.irregularity * weight * rng.uniform(0.3f, 1.0f);
        phase[k] = rng.uniform(0.0f, 2.0f * kPi);
    }
    for (int i = 0; i < kAngles; ++i) {
        const float theta = 2.0f * kPi * i / kAngles;
        float r = 1.0f;
        for (int k = 1; k < 16; ++k) r += amp[k] * std::cos(k * theta + phase[k]);
        g.contour[i] = std::max(r, 0.35f);
    }
    return g;
}

// Normalised radial position: < 1 inside the contour, 1 on it.
cv::Mat radialField(cv::RNG& rng, cv::Size size, const Geometry& g, float irregularity) {
    const cv::Mat fuzz = fractalNoise(rng, size, g.radius * 0.25f, 3);
    const float fuzz_amount = 0.08f + 0.12f * irregularity;
    const float c = std::cos(-g.angle), s = std::sin(-g.angle);
    cv::Mat t(size, CV_32F);
    for (int y = 0; y < size.height; ++y) {
        for (int x = 0; x < size.width; ++x) {
            const float dx = x - g.centre.x, dy = y - g.centre.y;
            const float u = (c * dx - s * dy) / g.stretch, v = (s * dx + c * dy) * g.stretch;
            const float theta = std::atan2(v, u) + kPi;
            const int idx = static_cast<int>(theta / (2.0f * kPi) * kAngles) % kAngles;
            const float r = std::hypot(u, v) / (g.radius * g.contour[idx]);
            t.at<float>(y, x) = r + (fuzz.at<float>(y, x) - 0.5f) * fuzz_amount;
        }
    }
    return t;
}

// Reticular mesh: 1 on network lines, 0 in the holes. Atypical networks are thicker and broken.
cv::Mat networkLines(cv::RNG& rng, cv::Size size, float irregularity) {
    const float cell = 8.0f + 5.0f * irregularity;
    const cv::Mat dist = warp(rng, voronoiBorderDistance(rng, size, cell), 10.0f, 2.5f);
    const cv::Mat width = smoothNoise(rng, size, 25.0f);
    const cv::Mat gaps = smoothNoise(rng, size, 18.0f);
    const cv::Mat contrast = fractalNoise(rng, size, 30.0f, 3);
    cv::Mat lines(size, CV_32F);
    for (int y = 0; y < size.height; ++y) {
        for (int x = 0; x < size.width; ++x) {
            const float w =
                0.7f + 1.2f * irregularity + (0.3f + irregularity) * width.at<float>(y, x);
            const float line = 1.0f - smoothstep(0.2f * w, 1.3f * w, dist.at<float>(y, x));
            const float keep =
                smoothstep(0.15f, 0.35f, gaps.at<float>(y, x) + 0.3f - 1.0f * irregularity);
            lines.at<float>(y, x) = line * keep * (0.35f + 0.9f * contrast.at<float>(y, x));
        }
    }
    // Pigment lines are not ink strokes; atypical ones are broad and smudged.
    cv::GaussianBlur(lines, lines, cv::Size(0, 0), 0.7 + 1.0 * irregularity);
    return lines;
}

// A blob of smooth noise centred away from the lesion centre (eccentric colour areas).
cv::Mat eccentricRegion(cv::RNG& rng, cv::Size size, const Geometry& g, float extent) {
    const float dir = rng.uniform(0.0f, 2.0f * kPi), dist = rng.uniform(0.2f, 0.5f) * g.radius;
    const cv::Point2f at = g.centre + dist * cv::Point2f(std::cos(dir), std::sin(dir));
    const cv::Mat noise = fractalNoise(rng, size, g.radius * 0.7f, 4);
    cv::Mat region(size, CV_32F);
    const float sigma = extent * g.radius;
    for (int y = 0; y < size.height; ++y) {
        for (int x = 0; x < size.width; ++x) {
            const float d2 = (x - at.x) * (x - at.x) + (y - at.y) * (y - at.y);
            const float v =
                std::exp(-d2 / (2 * sigma * sigma)) * (0.2f + 1.2f * noise.at<float>(y, x));
            region.at<float>(y, x) = smoothstep(0.4f, 0.75f, v);
        }
    }
    return region;
}

struct Layers {
    cv::Mat t, network, mottle;
    cv::Mat blotch, veil, red;  // empty unless the style has that many colours
};

Layers makeLayers(cv::RNG& rng, cv::Size size, const Geometry& g, const DemoLesionStyle& style) {
    Layers l;
    l.t = radialField(rng, size, g, style.irregularity);
    l.network = networkLines(rng, size, style.irregularity);
    l.mottle = fractalNoise(rng, size, g.radius * 0.45f, 3);
    if (style.colour_count >= 2) l.blotch = eccentricRegion(rng, size, g, 0.45f);
    if (style.colour_count >= 3) l.veil = eccentricRegion(rng, size, g, 0.50f);
    if (style.colour_count >= 4) l.red = eccentricRegion(rng, size, g, 0.40f);
    return l;
}

float at(const cv::Mat& m, int y, int x) { return m.empty() ? 0.0f : m.at<float>(y, x); }

// Melanin optical density at one pixel (0 = none).
float pigmentDensity(const Layers& l, const DemoLesionStyle& style, int y, int x) {
    const float t = l.t.at<float>(y, x);
    const float edge = 0.24f - 0.16f * std::min(style.irregularity, 1.0f);
    const float cover = 1.0f - smoothstep(1.0f - 1.5f * edge, 1.0f + 0.5f * edge, t);
    const float centre = 0.7f + 0.5f * (1.0f - smoothstep(0.0f, 0.9f, t));
    const float irr = std::min(style.irregularity, 1.0f);
    const float mottle = 0.75f - 0.3f * irr + (0.5f + 0.6f * irr) * l.mottle.at<float>(y, x);
    const float base = (0.30f + 0.85f * style.darkness) * centre * mottle;
    float density = base * cover;
    if (style.pigment_network) {
        // Network is clearest in the middle ring: hidden by the dark centre, thinning outwards.
        const float outer = 1.0f - smoothstep(0.8f, 1.12f, t);
        const float ring = outer * smoothstep(0.0f, 0.45f, t);
        const float line = l.network.at<float>(y, x) * outer * (0.3f + 0.7f * ring);
        density = density * (1.0f - 0.2f * ring) + line * (0.22f + 0.35f * style.darkness);
    }
    // Regression (red) and veil areas lose the brown epidermal pigment.
    density *= 1.0f - 0.6f * at(l.red, y, x) - 0.3f * at(l.veil, y, x);
    // Blotches: darker brown in mildly irregular lesions, near black in atypical ones.
    return density + (0.35f + 0.8f * irr) * at(l.blotch, y, x) * cover;
}

// Dermal pigment (blue-grey) and vascular/regression areas (red) as colour mixes.
cv::Vec3f tint(const Layers& l, const cv::Vec3f& p, int y, int x) {
    const float inside = 1.0f - smoothstep(0.8f, 1.0f, l.t.at<float>(y, x));
    const float grain = l.mottle.at<float>(y, x);
    const float veil = 0.7f * at(l.veil, y, x) * inside, red = 0.5f * at(l.red, y, x) * inside;
    // Blue-grey veil with whitish ground-glass patches; milky red with uneven intensity.
    const cv::Vec3f veil_colour = cv::Vec3f(0.44f, 0.48f, 0.57f) * (0.75f + 0.5f * grain);
    cv::Vec3f out = p * (1.0f - veil) + veil_colour * veil;
    const cv::Vec3f red_colour = cv::Vec3f(0.86f, 0.46f, 0.47f) * (0.85f + 0.25f * grain);
    return out * (1.0f - red) + red_colour * red;
}

// Dark dots and globules scattered near the border of atypical lesions.
void paintDots(cv::RNG& rng, cv::Mat& rgb, const Geometry& g, const DemoLesionStyle& style) {
    const int count = static_cast<int>(30.0f * std::max(0.0f, style.irregularity - 0.2f));
    for (int i = 0; i < count; ++i) {
        const float theta = rng.uniform(0.0f, 2.0f * kPi), r = rng.uniform(0.65f, 0.98f);
        const int idx = static_cast<int>(theta / (2.0f * kPi) * kAngles) % kAngles;
        const float d = r * g.radius * g.contour[idx];
        const cv::Point2f p = g.centre + d * cv::Point2f(std::cos(theta), std::sin(theta));
        const cv::Scalar colour(0.20, 0.11, 0.08);
        cv::circle(rgb, cv::Point(p), rng.uniform(1, 3), colour, cv::FILLED, cv::LINE_AA);
    }
}

}  // namespace

void paintLesion(cv::RNG& shape_rng, cv::Mat& rgb, const DemoLesionStyle& style) {
    const Geometry g = makeGeometry(shape_rng, rgb.size(), style);
    const Layers layers = makeLayers(shape_rng, rgb.size(), g, style);
    const cv::Vec3f absorb(1.0f, 1.45f, 1.75f);  // melanin absorbs blue most: brown
    for (int y = 0; y < rgb.rows; ++y) {
        for (int x = 0; x < rgb.cols; ++x) {
            const float density = pigmentDensity(layers, style, y, x);
            cv::Vec3f& p = rgb.at<cv::Vec3f>(y, x);
            for (int c = 0; c < 3; ++c) p[c] *= std::exp(-density * absorb[c]);
            p = tint(layers, p, y, x);
        }
    }
    paintDots(shape_rng, rgb, g, style);
}

}  // namespace dermalens::synthetic
