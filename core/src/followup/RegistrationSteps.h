// The steps of registerImages (private): preparation, features, fit, correlation, ECC.
#pragma once

#include <optional>
#include <vector>

#include <opencv2/core.hpp>
#include <opencv2/features2d.hpp>

#include "dermalens/followup/Registration.h"

namespace dermalens::followup {

struct Prepared {
    cv::Mat grey;      // CLAHE-equalised L*, CV_8UC1, at working size
    cv::Mat keep;      // CV_8UC1 at working size, 255 where alignment may look; empty = everywhere
    double scale = 1;  // working pixels per image pixel
};

struct Features {
    std::vector<cv::KeyPoint> keypoints;
    cv::Mat descriptors;
};

struct Matches {
    std::vector<cv::Point2f> before, after;  // working pixels, pairwise
};

struct SimilarityFit {
    cv::Mat matrix;  // CV_64F 2x3, BEFORE -> AFTER at working size
    int inliers = 0;
};

struct Overlap {
    double correlation = 0;  // zero-mean normalised cross-correlation over the overlap
    double overlap = 0;      // fraction of BEFORE the warped AFTER covers
};

// `ignore` (image size, may be empty): pixels to leave out of features and correlation.
[[nodiscard]] Prepared prepare(const cv::Mat& rgb, const cv::Mat& ignore, int working_size);
[[nodiscard]] Features detect(const Prepared& image, const RegistrationOptions& options);
[[nodiscard]] Matches matchFeatures(const Features& before, const Features& after, double ratio);
[[nodiscard]] std::optional<SimilarityFit> fitSimilarity(const Matches& matches,
                                                         double threshold_px);
// Over the pixels of BEFORE it keeps that the warped AFTER covers.
[[nodiscard]] Overlap correlationAt(const Prepared& before, const Prepared& after,
                                    const cv::Mat& warp);
// ECC refinement of `warp`; nullopt when it fails or moves the image corners by more than
// `max_shift` of the diagonal.
[[nodiscard]] std::optional<cv::Mat> refineEcc(const Prepared& before, const Prepared& after,
                                               const cv::Mat& warp, double max_shift);
[[nodiscard]] AffineTransform toFullResolution(const cv::Mat& warp, double before_scale,
                                               double after_scale);

}  // namespace dermalens::followup
