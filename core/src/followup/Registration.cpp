// Feature-based registration refined by ECC; the method and the trust rule are in
// Registration.h.
#include "dermalens/followup/Registration.h"

#include <cmath>
#include <optional>
#include <sstream>

#include <opencv2/calib3d.hpp>
#include <opencv2/core.hpp>
#include <opencv2/features2d.hpp>
#include <opencv2/imgproc.hpp>
#include <opencv2/video/tracking.hpp>

#include "followup/RegistrationSteps.h"

namespace dermalens {
namespace {

using namespace followup;

RegistrationResult untrusted(RegistrationResult r, std::string reason) {
    r.trusted = false;
    r.reason = std::move(reason);
    return r;
}

std::string fmt(double v) {
    std::ostringstream out;
    out.precision(3);
    out << v;
    return out.str();
}

// The first trust test that fails, or empty when all pass.
std::string distrust(const RegistrationQuality& q, double scale, const RegistrationOptions& o) {
    if (q.inliers < o.min_inliers)
        return "too few consistent feature matches (" + std::to_string(q.inliers) + " < " +
               std::to_string(o.min_inliers) + ")";
    if (q.inlier_ratio < o.min_inlier_ratio)
        return "feature matches disagree (inlier ratio " + fmt(q.inlier_ratio) + " < " +
               fmt(o.min_inlier_ratio) + ")";
    if (q.feature_correlation < o.min_correlation || q.correlation < o.min_correlation)
        return "aligned images do not correlate (" + fmt(q.correlation) + " < " +
               fmt(o.min_correlation) + ")";
    if (q.overlap < o.min_overlap)
        return "aligned images hardly overlap (" + fmt(q.overlap) + " of BEFORE)";
    if (!(scale <= o.max_scale && scale >= 1.0 / o.max_scale))
        return "implausible scale change (" + fmt(scale) + "x)";
    return {};
}

std::string methodText(const RegistrationOptions& o, bool masked) {
    return std::string(masked ? "lesion excluded; " : "") + "CIE L* + CLAHE at " +
           std::to_string(o.working_size) + " px; AKAZE features, ratio test " + fmt(o.ratio_test) +
           "; RANSAC similarity (estimateAffinePartial2D, " + fmt(o.ransac_threshold_px) + " px)" +
           (o.refine_ecc ? "; ECC affine refinement" : "");
}

RegistrationResult align(const Prepared& before, const Prepared& after,
                         const RegistrationOptions& o) {
    RegistrationResult r;
    r.method = methodText(o, !before.keep.empty() || !after.keep.empty());
    const Features fb = detect(before, o), fa = detect(after, o);
    r.quality.keypoints_before = static_cast<int>(fb.keypoints.size());
    r.quality.keypoints_after = static_cast<int>(fa.keypoints.size());
    const auto matches = matchFeatures(fb, fa, o.ratio_test);
    r.quality.matches = static_cast<int>(matches.before.size());
    const auto fit = fitSimilarity(matches, o.ransac_threshold_px);
    if (!fit) return untrusted(r, "no consistent feature matches between the images");
    r.quality.inliers = fit->inliers;
    r.quality.inlier_ratio = fit->inliers / static_cast<double>(std::max(1, r.quality.matches));
    cv::Mat warp = fit->matrix;
    const Overlap initial = correlationAt(before, after, warp);
    r.quality.feature_correlation = initial.correlation;
    Overlap final_fit = initial;
    if (o.refine_ecc) {
        if (auto refined = refineEcc(before, after, warp, o.max_refinement_shift)) {
            const Overlap better = correlationAt(before, after, *refined);
            if (better.correlation > initial.correlation)
                warp = *refined, final_fit = better, r.quality.refined = true;
        }
    }
    r.quality.correlation = final_fit.correlation;
    r.quality.overlap = final_fit.overlap;
    r.transform = toFullResolution(warp, before.scale, after.scale);
    const std::string reason = distrust(r.quality, r.transform.scale(), o);
    if (!reason.empty()) return untrusted(r, reason);
    r.trusted = true;
    return r;
}

}  // namespace

double AffineTransform::rotationDegrees() const {
    const double a = (matrix[0] + matrix[4]) / 2, b = (matrix[1] - matrix[3]) / 2;
    return std::atan2(b, a) * 180.0 / CV_PI;
}

double AffineTransform::scale() const {
    return std::sqrt(std::abs(matrix[0] * matrix[4] - matrix[1] * matrix[3]));
}

ImagePoint AffineTransform::apply(const ImagePoint& p) const {
    return {matrix[0] * p.x + matrix[1] * p.y + matrix[2],
            matrix[3] * p.x + matrix[4] * p.y + matrix[5]};
}

AffineTransform AffineTransform::inverse() const {
    const double det = matrix[0] * matrix[4] - matrix[1] * matrix[3];
    if (std::abs(det) < 1e-12) return {};
    const double i00 = matrix[4] / det, i01 = -matrix[1] / det;
    const double i10 = -matrix[3] / det, i11 = matrix[0] / det;
    return {{i00, i01, -(i00 * matrix[2] + i01 * matrix[5]), i10, i11,
             -(i10 * matrix[2] + i11 * matrix[5])}};
}

Result<RegistrationResult> registerImages(const cv::Mat& before_rgb, const cv::Mat& after_rgb,
                                          const RegistrationOptions& options,
                                          const cv::Mat& before_ignore,
                                          const cv::Mat& after_ignore) {
    for (const cv::Mat* m : {&before_rgb, &after_rgb})
        if (m->empty() || m->type() != CV_8UC3 || std::min(m->rows, m->cols) < 32)
            return fail(ErrorCode::InvalidArgument, {},
                        "registration needs two RGB images of at least 32x32 pixels");
    for (auto [mask, image] :
         {std::pair{&before_ignore, &before_rgb}, std::pair{&after_ignore, &after_rgb}})
        if (!mask->empty() && (mask->size() != image->size() || mask->type() != CV_8UC1))
            return fail(ErrorCode::InvalidArgument, {},
                        "a registration mask must be CV_8UC1 of its image's size");
    try {
        return align(prepare(before_rgb, before_ignore, options.working_size),
                     prepare(after_rgb, after_ignore, options.working_size), options);
    } catch (const cv::Exception& e) {
        return fail(ErrorCode::Internal, {}, std::string("registration failed: ") + e.what());
    }
}

cv::Mat warpAfterOntoBefore(const cv::Mat& after, const AffineTransform& transform,
                            cv::Size before_size) {
    cv::Mat m(2, 3, CV_64F, const_cast<double*>(transform.matrix.data()));
    cv::Mat out;
    // WARP_INVERSE_MAP: out(x) = after(M x), M mapping BEFORE to AFTER.
    cv::warpAffine(after, out, m, before_size, cv::INTER_LINEAR | cv::WARP_INVERSE_MAP,
                   cv::BORDER_CONSTANT, cv::Scalar::all(0));
    return out;
}

}  // namespace dermalens
