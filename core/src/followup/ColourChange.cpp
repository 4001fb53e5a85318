#include "dermalens/followup/ColourChange.h"

#include <algorithm>
#include <cmath>

#include <opencv2/imgproc.hpp>

#include "followup/ColourConstancy.h"

namespace dermalens {
namespace {

// Histogram bins: L* 0..100 and a*, b* -64..64 in kBins steps each; a signature row is
// (weight, L, a, b) at the bin centre, as cv::EMD takes it.
constexpr int kBins = 6;
constexpr double kLabRange[3][2] = {{0, 100}, {-64, 64}, {-64, 64}};

int binOf(float v, int channel) {
    const double lo = kLabRange[channel][0], hi = kLabRange[channel][1];
    const int b = static_cast<int>((v - lo) / (hi - lo) * kBins);
    return std::clamp(b, 0, kBins - 1);
}

double binCentre(int b, int channel) {
    const double lo = kLabRange[channel][0], hi = kLabRange[channel][1];
    return lo + (b + 0.5) * (hi - lo) / kBins;
}

// Weights sum to 1: cv::EMD matches only part of the heavier signature otherwise.
cv::Mat signature(const cv::Mat& lab, const cv::Mat& mask) {
    std::vector<float> counts(kBins * kBins * kBins, 0);
    const float unit = 1.0f / static_cast<float>(std::max(1, cv::countNonZero(mask)));
    for (int y = 0; y < lab.rows; ++y)
        for (int x = 0; x < lab.cols; ++x) {
            if (!mask.at<std::uint8_t>(y, x)) continue;
            const auto& p = lab.at<cv::Vec3f>(y, x);
            counts[(binOf(p[0], 0) * kBins + binOf(p[1], 1)) * kBins + binOf(p[2], 2)] += unit;
        }
    cv::Mat sig;
    for (int i = 0; i < static_cast<int>(counts.size()); ++i) {
        if (counts[i] == 0) continue;
        const int l = i / (kBins * kBins), a = (i / kBins) % kBins, b = i % kBins;
        cv::Mat row =
            (cv::Mat_<float>(1, 4) << counts[i], binCentre(l, 0), binCentre(a, 1), binCentre(b, 2));
        sig.push_back(row);
    }
    return sig;
}

Result<void> checkInput(const cv::Mat& rgb, const cv::Mat& mask, const char* which) {
    if (rgb.empty() || rgb.type() != CV_8UC3 || mask.size() != rgb.size() ||
        mask.type() != CV_8UC1 || cv::countNonZero(mask) == 0)
        return fail(ErrorCode::InvalidArgument, {},
                    std::string("colour change needs an RGB image and a non-empty lesion mask of "
                                "its size (") +
                        which + ")");
    return {};
}

// Colour statistics need no full resolution: large images are measured at most this size.
constexpr int kColourSize = 512;

struct Reduced {
    cv::Mat lab, mask;
};

// The image relative to its skin, in L*a*b*, with its mask, at most kColourSize pixels long.
Reduced reduced(const cv::Mat& rgb, const cv::Mat& mask) {
    Reduced r{rgb, mask};
    const double scale = static_cast<double>(kColourSize) / std::max(rgb.cols, rgb.rows);
    cv::Mat small = rgb;
    if (scale < 1) {
        cv::resize(rgb, small, cv::Size(), scale, scale, cv::INTER_AREA);
        cv::resize(mask, r.mask, small.size(), 0, 0, cv::INTER_NEAREST);
    }
    r.lab = followup::toLab(followup::relativeToSkin(small, r.mask == 0));
    return r;
}

LesionColour summarise(const cv::Mat& lab, const cv::Mat& mask) {
    cv::Scalar mean, sd;
    cv::meanStdDev(lab, mean, sd, mask);
    LesionColour c;
    for (int i = 0; i < 3; ++i) c.mean_lab[i] = mean[i], c.sd_lab[i] = sd[i];
    c.pixels = cv::countNonZero(mask);
    return c;
}

}  // namespace

Result<LesionColour> lesionColour(const cv::Mat& rgb, const cv::Mat& mask) {
    if (auto ok = checkInput(rgb, mask, "lesion"); !ok) return tl::unexpected(ok.error());
    try {
        const Reduced r = reduced(rgb, mask);
        return summarise(r.lab, r.mask);
    } catch (const cv::Exception& e) {
        return fail(ErrorCode::Internal, {}, std::string("lesion colour failed: ") + e.what());
    }
}

Result<ColourChange> colourChange(const cv::Mat& before_rgb, const cv::Mat& before_mask,
                                  const cv::Mat& after_rgb, const cv::Mat& after_mask) {
    if (auto ok = checkInput(before_rgb, before_mask, "before"); !ok)
        return tl::unexpected(ok.error());
    if (auto ok = checkInput(after_rgb, after_mask, "after"); !ok)
        return tl::unexpected(ok.error());
    try {
        const Reduced b = reduced(before_rgb, before_mask), a = reduced(after_rgb, after_mask);
        ColourChange out;
        out.before = summarise(b.lab, b.mask);
        out.after = summarise(a.lab, a.mask);
        double d2 = 0;
        for (int i = 0; i < 3; ++i)
            d2 += std::pow(out.after.mean_lab[i] - out.before.mean_lab[i], 2);
        out.mean_delta_e = std::sqrt(d2);
        out.distribution_emd =
            cv::EMD(signature(b.lab, b.mask), signature(a.lab, a.mask), cv::DIST_L2);
        return out;
    } catch (const cv::Exception& e) {
        return fail(ErrorCode::Internal, {}, std::string("colour change failed: ") + e.what());
    }
}

}  // namespace dermalens
