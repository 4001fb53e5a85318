// Registration of two images of the same lesion (two visits), for aligned comparison.
//
// Method: both images are reduced to their CIE L* (lightness) channel, contrast-equalised
// (CLAHE) and resized to a working size, which removes exposure and colour differences.
// AKAZE features are matched (Lowe ratio test), a similarity transform (rotation, uniform
// scale, translation) is fitted with RANSAC (estimateAffinePartial2D), and ECC
// (findTransformECC, affine) refines it; the refinement is kept only when it raises the
// correlation and stays near the feature estimate.
//
// Trust: a registration is `trusted` only when every one of these holds. Measured: known
// motions of real HAM10000 images register with >= 145 inliers, inlier ratio >= 0.82 and
// correlation >= 0.96 (synthetic lesions: >= 21 inliers, ratio >= 0.58, correlation >= 0.98).
// Of 500 pairs of unrelated HAM10000 lesions none was trusted: the most inliers were 10 (that
// pair correlated 0) and the highest correlation 0.80 (that pair had 3 inliers).
//   inliers >= min_inliers, inlier ratio >= min_inlier_ratio, correlation of the feature
//   estimate and of the final transform >= min_correlation, overlap >= min_overlap, scale
//   within [1/max_scale, max_scale].
// Otherwise `trusted` is false and `reason` says which test failed; the transform is still
// reported (identity when none was found) but must not be shown as an alignment.
//
// Failure: InvalidArgument for empty or tiny images; an image pair that cannot be aligned is
// a result with trusted = false, never an error. Nothing throws.
#pragma once

#include <array>
#include <string>

#include <opencv2/core/mat.hpp>

#include "dermalens/Result.h"
#include "dermalens/records/ImagePoint.h"

namespace dermalens {

struct RegistrationOptions {
    int working_size = 480;         // longer side of the images features are found on (px)
    float akaze_threshold = 1e-4f;  // lower finds more keypoints on smooth skin
    double ratio_test = 0.8;
    double ransac_threshold_px = 3.0;  // at working size
    bool refine_ecc = true;
    double max_refinement_shift = 0.02;  // ECC may move corners by this fraction of the diagonal
    // Trust thresholds (see above).
    int min_inliers = 15;
    double min_inlier_ratio = 0.4;
    double min_correlation = 0.8;
    double min_overlap = 0.1;
    double max_scale = 3.0;
};

// Maps a point of the BEFORE image to the AFTER image (pixels of the full images):
// after = matrix * [x, y, 1]. Rotation, scale and translation describe the closest similarity:
// rotation in degrees, counter-clockwise as seen on screen (the sign of OpenCV's
// getRotationMatrix2D), scale = how much larger the lesion appears in AFTER.
struct AffineTransform {
    std::array<double, 6> matrix{1, 0, 0, 0, 1, 0};  // row-major 2x3

    [[nodiscard]] double rotationDegrees() const;
    [[nodiscard]] double scale() const;
    [[nodiscard]] ImagePoint translation() const { return {matrix[2], matrix[5]}; }
    [[nodiscard]] ImagePoint apply(const ImagePoint& p) const;
    [[nodiscard]] AffineTransform inverse() const;  // identity when singular
};

struct RegistrationQuality {
    int keypoints_before = 0;
    int keypoints_after = 0;
    int matches = 0;  // after the ratio test
    int inliers = 0;  // RANSAC inliers of the similarity fit
    double inlier_ratio = 0;
    double feature_correlation = 0;  // normalised cross-correlation of L*, feature estimate
    double correlation = 0;          // the same, final transform
    double overlap = 0;              // fraction of BEFORE covered by the aligned AFTER
    bool refined = false;            // ECC refinement was kept
};

struct RegistrationResult {
    AffineTransform transform;  // BEFORE -> AFTER
    RegistrationQuality quality;
    bool trusted = false;
    std::string reason;  // why it is not trusted; empty when trusted
    std::string method;  // one line, for reports
};

// `before_ignore` / `after_ignore` (CV_8UC1 of the image's size, non-zero = ignore; may be
// empty) leave regions out of features, ECC and correlation: the lesion itself when its growth
// is to be measured, since a lesion that grew would otherwise pull the scale along with it.
[[nodiscard]] Result<RegistrationResult> registerImages(const cv::Mat& before_rgb,
                                                        const cv::Mat& after_rgb,
                                                        const RegistrationOptions& options = {},
                                                        const cv::Mat& before_ignore = {},
                                                        const cv::Mat& after_ignore = {});

// AFTER resampled into BEFORE's frame (for overlays), `before_size` pixels; same type as
// `after`. Areas AFTER does not cover are black.
[[nodiscard]] cv::Mat warpAfterOntoBefore(const cv::Mat& after, const AffineTransform& transform,
                                          cv::Size before_size);

}  // namespace dermalens
