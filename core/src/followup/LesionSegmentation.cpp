// Classical lesion segmentation; the method and its reasons are in LesionSegmentation.h.
#include "dermalens/followup/LesionSegmentation.h"

#include <algorithm>
#include <cmath>

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include "followup/ColourConstancy.h"
#include "followup/MaskGeometry.h"

namespace dermalens {
namespace {

using followup::largestContour;

// Below this difference (of 255) between the two Otsu classes there is no lesion, only skin.
constexpr double kMinContrast = 10;

int oddKernel(double size) { return std::max(3, static_cast<int>(std::lround(size)) | 1); }

cv::Mat ellipseKernel(int size) {
    return cv::getStructuringElement(cv::MORPH_ELLIPSE, cv::Size(size, size));
}

double centralMedian(const cv::Mat& grey) {
    cv::Mat centre(grey.size(), CV_8UC1, cv::Scalar(0));
    cv::ellipse(centre, cv::Point(grey.cols / 2, grey.rows / 2),
                cv::Size(grey.cols * 45 / 100, grey.rows * 45 / 100), 0, 0, 360, 255, cv::FILLED);
    std::vector<std::uint8_t> values;
    for (int y = 0; y < grey.rows; ++y)
        for (int x = 0; x < grey.cols; ++x)
            if (centre.at<std::uint8_t>(y, x)) values.push_back(grey.at<std::uint8_t>(y, x));
    std::nth_element(values.begin(), values.begin() + values.size() / 2, values.end());
    return values[values.size() / 2];
}

// Dark regions touching a corner are the dermoscope's vignette, not skin or lesion.
cv::Mat fieldOfView(const cv::Mat& grey, double fraction) {
    const cv::Mat dark = grey < fraction * centralMedian(grey);
    cv::Mat labels;
    const int n = cv::connectedComponents(dark, labels, 8, CV_32S);
    std::vector<bool> vignette(n, false);
    const int c = std::max(2, std::min(grey.rows, grey.cols) / 10);
    for (int y = 0; y < grey.rows; ++y)
        for (int x = 0; x < grey.cols; ++x) {
            const bool corner = (x < c || x >= grey.cols - c) && (y < c || y >= grey.rows - c);
            if (corner) vignette[labels.at<int>(y, x)] = true;
        }
    vignette[0] = false;
    cv::Mat fov(grey.size(), CV_8UC1, cv::Scalar(255));
    for (int y = 0; y < grey.rows; ++y)
        for (int x = 0; x < grey.cols; ++x)
            if (vignette[labels.at<int>(y, x)]) fov.at<std::uint8_t>(y, x) = 0;
    return fov;
}

struct Split {
    double threshold = 255;
    double contrast = 0;  // mean above minus mean below the threshold
};

// Otsu's split of `channel` over the pixels where `where` is set.
Split otsuWithin(const cv::Mat& channel, const cv::Mat& where) {
    std::vector<std::uint8_t> values;
    values.reserve(channel.total());
    for (int y = 0; y < channel.rows; ++y)
        for (int x = 0; x < channel.cols; ++x)
            if (where.at<std::uint8_t>(y, x)) values.push_back(channel.at<std::uint8_t>(y, x));
    Split split;
    if (values.empty()) return split;
    cv::Mat row(1, static_cast<int>(values.size()), CV_8UC1, values.data()), ignored;
    split.threshold = cv::threshold(row, ignored, 0, 255, cv::THRESH_BINARY | cv::THRESH_OTSU);
    const cv::Mat above = row > split.threshold;
    if (cv::countNonZero(above) == 0 || cv::countNonZero(above) == row.cols) return split;
    split.contrast = cv::mean(row, above)[0] - cv::mean(row, ~above)[0];
    return split;
}

// The component most likely to be the lesion: central, not hugging the image edge.
cv::Mat pickComponent(const cv::Mat& binary, const SegmentationOptions& options) {
    cv::Mat labels;
    const int n = cv::connectedComponents(binary, labels, 8, CV_32S);
    std::vector<double> weight(n, 0), edge(n, 0);
    const double sx = options.centre_sigma * binary.cols, sy = options.centre_sigma * binary.rows;
    for (int y = 0; y < binary.rows; ++y)
        for (int x = 0; x < binary.cols; ++x) {
            const int l = labels.at<int>(y, x);
            if (l == 0) continue;
            const double dx = (x - binary.cols / 2.0) / sx, dy = (y - binary.rows / 2.0) / sy;
            weight[l] += std::exp(-(dx * dx + dy * dy) / 2);
            if (x == 0 || y == 0 || x == binary.cols - 1 || y == binary.rows - 1) edge[l] += 1;
        }
    const double perimeter = 2.0 * (binary.rows + binary.cols);
    int best = 0;
    double best_score = 0;
    for (int l = 1; l < n; ++l) {
        const double score = weight[l] / (1 + options.border_penalty * edge[l] / perimeter);
        if (score > best_score) best_score = score, best = l;
    }
    return best > 0 ? cv::Mat(labels == best) : cv::Mat::zeros(binary.size(), CV_8UC1);
}

// Holes filled, then the size-proportional margin, kept inside the field of view.
cv::Mat finishMask(const cv::Mat& component, const cv::Mat& fov, double margin_fraction) {
    cv::Mat filled = cv::Mat::zeros(component.size(), CV_8UC1);
    std::vector<std::vector<cv::Point>> contours;
    cv::findContours(component.clone(), contours, cv::RETR_EXTERNAL, cv::CHAIN_APPROX_SIMPLE);
    cv::drawContours(filled, contours, -1, cv::Scalar(255), cv::FILLED);
    const double radius = std::sqrt(cv::countNonZero(filled) / CV_PI);
    const int size = std::max(1, static_cast<int>(std::lround(2 * margin_fraction * radius)) | 1);
    cv::dilate(filled, filled, ellipseKernel(size));
    return filled & fov;
}

cv::Mat segmentWorking(const cv::Mat& rgb, const SegmentationOptions& options) {
    const cv::Mat normal = followup::shadesOfGrey(rgb);
    const double unit = std::min(rgb.rows, rgb.cols) / 150.0;  // tuned at HAM's 200x150
    cv::Mat blue, grey;
    cv::extractChannel(normal, blue, 2);
    cv::Mat pigment = 255 - blue;
    cv::GaussianBlur(pigment, pigment, cv::Size(oddKernel(5 * unit), oddKernel(5 * unit)), 0);
    cv::cvtColor(normal, grey, cv::COLOR_RGB2GRAY);
    const cv::Mat fov = fieldOfView(grey, options.vignette_fraction);
    const Split split = otsuWithin(pigment, fov);
    if (split.contrast < kMinContrast) return cv::Mat::zeros(rgb.size(), CV_8UC1);
    cv::Mat binary = (pigment > split.threshold) & fov;
    const cv::Mat k = ellipseKernel(oddKernel(5 * unit));
    cv::morphologyEx(binary, binary, cv::MORPH_OPEN, k);
    cv::morphologyEx(binary, binary, cv::MORPH_CLOSE, k);
    const cv::Mat component = pickComponent(binary, options);
    if (cv::countNonZero(component) == 0) return component;
    return finishMask(component, fov, options.margin_fraction);
}

}  // namespace

cv::Mat polygonMask(const ImagePolygon& polygon, cv::Size size) {
    cv::Mat mask = cv::Mat::zeros(size, CV_8UC1);
    std::vector<cv::Point> points;
    for (const auto& p : polygon)
        points.emplace_back(static_cast<int>(std::lround(p.x)), static_cast<int>(std::lround(p.y)));
    if (points.size() >= 3) cv::fillPoly(mask, std::vector<std::vector<cv::Point>>{points}, 255);
    return mask;
}

Result<LesionSegmentation> segmentLesion(const cv::Mat& rgb, const SegmentationOptions& options) {
    if (rgb.empty() || rgb.type() != CV_8UC3 || std::min(rgb.rows, rgb.cols) < 16)
        return fail(ErrorCode::InvalidArgument, {},
                    "lesion segmentation needs an RGB image of at least 16x16 pixels");
    try {
        const double scale =
            std::min(1.0, static_cast<double>(options.working_size) / std::min(rgb.rows, rgb.cols));
        cv::Mat working = rgb;
        if (scale < 1.0) cv::resize(rgb, working, cv::Size(), scale, scale, cv::INTER_AREA);
        LesionSegmentation out;
        out.method = kSegmentationMethod;
        const auto contour = largestContour(segmentWorking(working, options));
        if (contour.size() < 3) {
            out.reason = "no lesion found: nothing in the field of view is darker than the skin";
            out.mask = cv::Mat::zeros(rgb.size(), CV_8UC1);
            return out;
        }
        for (const auto& p : contour) out.contour.push_back({p.x / scale, p.y / scale});
        out.mask = polygonMask(out.contour, rgb.size());
        out.area_px = cv::countNonZero(out.mask);
        out.found = true;
        return out;
    } catch (const cv::Exception& e) {
        return fail(ErrorCode::Internal, {},
                    std::string("lesion segmentation failed: ") + e.what());
    }
}

}  // namespace dermalens
