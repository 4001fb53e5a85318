#include "dermalens/quality/ImageQuality.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>

#include <opencv2/imgproc.hpp>

#include "quality/QualityChecks.h"

namespace dermalens {
namespace quality {

// The thresholds were measured on HAM10000 at 200x150; other sizes are brought to that scale.
constexpr int kCheckSide = 200;

QualityInput prepareQualityInput(const cv::Mat& rgb) {
    QualityInput in;
    const double scale = double(kCheckSide) / std::max(rgb.cols, rgb.rows);
    if (scale == 1.0) {
        in.rgb = rgb;
    } else {
        const cv::Size size(std::max(1, int(std::lround(rgb.cols * scale))),
                            std::max(1, int(std::lround(rgb.rows * scale))));
        cv::resize(rgb, in.rgb, size, 0, 0, scale < 1 ? cv::INTER_AREA : cv::INTER_LINEAR);
    }
    cv::cvtColor(in.rgb, in.grey, cv::COLOR_RGB2GRAY);
    return in;
}

std::string describe(const char* what, const char* figure, double value, bool above,
                     double threshold) {
    char text[160];
    std::snprintf(text, sizeof text, "%s (%s %.3g, %s %.3g)", what, figure, value,
                  above ? "above" : "below", threshold);
    return text;
}

}  // namespace quality

const char* qualityCheckName(QualityCheck check) {
    switch (check) {
        case QualityCheck::Blur: return "blur";
        case QualityCheck::Underexposure: return "underexposure";
        case QualityCheck::Overexposure: return "overexposure";
        case QualityCheck::Ink: return "ink";
        case QualityCheck::Ruler: return "ruler";
        case QualityCheck::Hair: return "hair";
    }
    return "unknown";
}

bool ImageQualityReport::anyFlagged() const {
    return std::any_of(findings.begin(), findings.end(),
                       [](const QualityFinding& f) { return f.flagged; });
}

const QualityFinding* ImageQualityReport::find(QualityCheck check) const {
    for (const auto& f : findings)
        if (f.check == check) return &f;
    return nullptr;
}

bool ImageQualityReport::flagged(QualityCheck check) const {
    const auto* f = find(check);
    return f && f->flagged;
}

Result<ImageQualityReport> assessImageQuality(const Image& image,
                                              const QualityThresholds& thresholds) {
    const auto& source = image.meta.source_path;
    if (image.pixels.empty())
        return fail(ErrorCode::InvalidArgument, source, "no pixels to assess");
    if (image.pixels.type() != CV_8UC3)
        return fail(ErrorCode::InvalidArgument, source, "image quality needs 8-bit RGB pixels");
    try {
        const auto in = quality::prepareQualityInput(image.pixels);
        using Check = QualityFinding (*)(const quality::QualityInput&, const QualityThresholds&);
        constexpr std::array<Check, 6> checks{
            quality::checkBlur, quality::checkUnderexposure, quality::checkOverexposure,
            quality::checkInk,  quality::checkRuler,         quality::checkHair};
        ImageQualityReport report;
        for (const auto check : checks) report.findings.push_back(check(in, thresholds));
        return report;
    } catch (const cv::Exception& e) {
        return fail(ErrorCode::Internal, source, std::string("image quality: ") + e.what());
    }
}

}  // namespace dermalens
