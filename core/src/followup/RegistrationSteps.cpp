#include "followup/RegistrationSteps.h"

#include <algorithm>
#include <cmath>

#include <opencv2/calib3d.hpp>
#include <opencv2/imgproc.hpp>
#include <opencv2/video/tracking.hpp>

namespace dermalens::followup {

Prepared prepare(const cv::Mat& rgb, const cv::Mat& ignore, int working_size) {
    Prepared p;
    p.scale = static_cast<double>(working_size) / std::max(rgb.rows, rgb.cols);
    cv::Mat lab, lightness, resized;
    cv::cvtColor(rgb, lab, cv::COLOR_RGB2Lab);
    cv::extractChannel(lab, lightness, 0);
    cv::resize(lightness, resized, cv::Size(), p.scale, p.scale,
               p.scale < 1 ? cv::INTER_AREA : cv::INTER_CUBIC);
    // CLAHE evens out exposure and vignetting, which differ between visits.
    cv::createCLAHE(2.0, cv::Size(8, 8))->apply(resized, p.grey);
    if (!ignore.empty()) {
        cv::resize(ignore, p.keep, p.grey.size(), 0, 0, cv::INTER_NEAREST);
        p.keep = p.keep == 0;
    }
    return p;
}

Features detect(const Prepared& image, const RegistrationOptions& options) {
    Features f;
    auto akaze = cv::AKAZE::create(cv::AKAZE::DESCRIPTOR_MLDB, 0, 3, options.akaze_threshold);
    akaze->detectAndCompute(image.grey, image.keep, f.keypoints, f.descriptors);
    return f;
}

Matches matchFeatures(const Features& before, const Features& after, double ratio) {
    Matches m;
    if (before.descriptors.rows < 2 || after.descriptors.rows < 2) return m;
    cv::BFMatcher matcher(cv::NORM_HAMMING);
    std::vector<std::vector<cv::DMatch>> knn;
    matcher.knnMatch(before.descriptors, after.descriptors, knn, 2);
    for (const auto& pair : knn) {
        if (pair.size() < 2 || pair[0].distance >= ratio * pair[1].distance) continue;
        m.before.push_back(before.keypoints[pair[0].queryIdx].pt);
        m.after.push_back(after.keypoints[pair[0].trainIdx].pt);
    }
    return m;
}

std::optional<SimilarityFit> fitSimilarity(const Matches& matches, double threshold_px) {
    if (matches.before.size() < 3) return std::nullopt;
    std::vector<std::uint8_t> inliers;
    cv::Mat m = cv::estimateAffinePartial2D(matches.before, matches.after, inliers, cv::RANSAC,
                                            threshold_px, 5000, 0.999, 10);
    if (m.empty()) return std::nullopt;
    return SimilarityFit{m, static_cast<int>(std::count(inliers.begin(), inliers.end(), 1))};
}

namespace {

double zncc(const cv::Mat& a, const cv::Mat& b, const cv::Mat& mask) {
    cv::Scalar ma, sa, mb, sb;
    cv::meanStdDev(a, ma, sa, mask);
    cv::meanStdDev(b, mb, sb, mask);
    if (sa[0] <= 1e-9 || sb[0] <= 1e-9) return 0;
    cv::Mat fa, fb;
    a.convertTo(fa, CV_32F, 1, -ma[0]);
    b.convertTo(fb, CV_32F, 1, -mb[0]);
    return cv::mean(fa.mul(fb), mask)[0] / (sa[0] * sb[0]);
}

}  // namespace

Overlap correlationAt(const Prepared& before, const Prepared& after, const cv::Mat& warp) {
    const cv::Size size = before.grey.size();
    cv::Mat warped, valid;
    const int flags = cv::WARP_INVERSE_MAP;
    cv::warpAffine(after.grey, warped, warp, size, cv::INTER_LINEAR | flags);
    const cv::Mat after_keep =
        after.keep.empty() ? cv::Mat(after.grey.size(), CV_8UC1, cv::Scalar(255)) : after.keep;
    cv::warpAffine(after_keep, valid, warp, size, cv::INTER_NEAREST | flags);
    cv::erode(valid, valid, cv::Mat::ones(5, 5, CV_8U));  // interpolation seams at the edge
    Overlap o;
    o.overlap = cv::countNonZero(valid) / static_cast<double>(before.grey.total());
    if (!before.keep.empty()) valid &= before.keep;
    if (cv::countNonZero(valid) > 100) o.correlation = zncc(before.grey, warped, valid);
    return o;
}

namespace {

double largestCornerShift(const cv::Mat& a, const cv::Mat& b, cv::Size size) {
    double worst = 0;
    for (cv::Point2d c : {cv::Point2d(0, 0), cv::Point2d(size.width, 0),
                          cv::Point2d(0, size.height), cv::Point2d(size.width, size.height)}) {
        const cv::Point2d pa(
            a.at<double>(0, 0) * c.x + a.at<double>(0, 1) * c.y + a.at<double>(0, 2),
            a.at<double>(1, 0) * c.x + a.at<double>(1, 1) * c.y + a.at<double>(1, 2));
        const cv::Point2d pb(
            b.at<double>(0, 0) * c.x + b.at<double>(0, 1) * c.y + b.at<double>(0, 2),
            b.at<double>(1, 0) * c.x + b.at<double>(1, 1) * c.y + b.at<double>(1, 2));
        worst = std::max(worst, cv::norm(pa - pb));
    }
    return worst;
}

}  // namespace

std::optional<cv::Mat> refineEcc(const Prepared& before, const Prepared& after, const cv::Mat& warp,
                                 double max_shift) {
    cv::Mat w32;
    warp.convertTo(w32, CV_32F);
    const cv::TermCriteria stop(cv::TermCriteria::COUNT | cv::TermCriteria::EPS, 100, 1e-5);
    const cv::Mat everywhere(before.grey.size(), CV_8UC1, cv::Scalar(255));
    try {
        cv::findTransformECC(before.grey, after.grey, w32, cv::MOTION_AFFINE, stop,
                             before.keep.empty() ? everywhere : before.keep, 5);
    } catch (const cv::Exception&) {
        return std::nullopt;  // did not converge: keep the feature estimate
    }
    cv::Mat refined;
    w32.convertTo(refined, CV_64F);
    const double diagonal = std::hypot(before.grey.cols, before.grey.rows);
    if (largestCornerShift(warp, refined, before.grey.size()) > max_shift * diagonal)
        return std::nullopt;
    return refined;
}

AffineTransform toFullResolution(const cv::Mat& warp, double before_scale, double after_scale) {
    // full_after = (1/sa) * W * (sb * full_before)
    AffineTransform t;
    const double k = before_scale / after_scale;
    for (int r = 0; r < 2; ++r) {
        t.matrix[r * 3 + 0] = warp.at<double>(r, 0) * k;
        t.matrix[r * 3 + 1] = warp.at<double>(r, 1) * k;
        t.matrix[r * 3 + 2] = warp.at<double>(r, 2) / after_scale;
    }
    return t;
}

}  // namespace dermalens::followup
