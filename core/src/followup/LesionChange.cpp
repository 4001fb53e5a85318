#include "dermalens/followup/LesionChange.h"

#include <cmath>
#include <limits>

#include <opencv2/imgproc.hpp>

namespace dermalens {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// The stored outline, else the automatic one; `method` is set when segmentation ran.
Result<ImagePolygon> outlineOf(const LesionImage& image, const SegmentationOptions& options,
                               const char* which, std::string& method) {
    if (image.outline && image.outline->size() >= 3) return *image.outline;
    auto found = segmentLesion(image.rgb, options);
    if (!found) return tl::unexpected(found.error());
    if (!found->found)
        return fail(ErrorCode::InvalidArgument, {},
                    std::string("cannot measure change: ") + which + " image: " + found->reason);
    method = found->method;
    return found->contour;
}

// The lesion and a band around it, left out of the registration: alignment must follow the
// skin around the lesion, or a lesion that grew would pull the scale along.
cv::Mat surroundings(const ImagePolygon& outline, cv::Size size) {
    cv::Mat mask = polygonMask(outline, size);
    const double radius = std::sqrt(cv::countNonZero(mask) / CV_PI);
    const int band =
        static_cast<int>(std::lround(0.2 * radius + 0.02 * std::min(size.width, size.height)));
    const cv::Mat kernel =
        cv::getStructuringElement(cv::MORPH_ELLIPSE, cv::Size(2 * band + 1, 2 * band + 1));
    cv::dilate(mask, mask, kernel);
    return mask;
}

ImagePolygon mapped(const ImagePolygon& outline, const AffineTransform& t) {
    ImagePolygon out;
    out.reserve(outline.size());
    for (const auto& p : outline) out.push_back(t.apply(p));
    return out;
}

// Chooses the basis and measures both outlines on it.
void measureSizes(const LesionImage& before, const LesionImage& after, LesionChange& c) {
    const RegistrationResult& skin = c.size_registration;
    c.after_outline_on_before =
        mapped(c.after_outline,
               skin.trusted ? skin.transform.inverse() : c.registration.transform.inverse());
    if (before.mm_per_pixel && after.mm_per_pixel) {
        c.basis = SizeBasis::Calibrated;
        c.before = measureShape(c.before_outline, before.mm_per_pixel);
        c.after = measureShape(c.after_outline, after.mm_per_pixel);
    } else if (skin.trusted) {
        c.basis = SizeBasis::Registered;
        // A calibration of AFTER carries over to BEFORE's pixels through the scale.
        std::optional<double> mm = before.mm_per_pixel;
        if (!mm && after.mm_per_pixel) mm = *after.mm_per_pixel * skin.transform.scale();
        c.before = measureShape(c.before_outline, mm);
        c.after = measureShape(c.after_outline_on_before, mm);
    } else {
        c.basis = SizeBasis::None;
        c.before = measureShape(c.before_outline, before.mm_per_pixel);
        c.after = measureShape(c.after_outline, after.mm_per_pixel);
    }
    c.comparable = c.basis != SizeBasis::None && c.before.area > 0;
    c.area_ratio = c.comparable ? c.after.area / c.before.area : kNaN;
    c.diameter_change = c.comparable ? c.after.longest_diameter - c.before.longest_diameter : kNaN;
    c.diameter_ratio = c.comparable ? c.after.longest_diameter / c.before.longest_diameter : kNaN;
    c.compactness_change = c.after.compactness - c.before.compactness;
    c.solidity_change = c.after.solidity - c.before.solidity;
}

}  // namespace

const char* toString(SizeBasis basis) {
    switch (basis) {
        case SizeBasis::Calibrated:
            return "calibrated";
        case SizeBasis::Registered:
            return "registered";
        case SizeBasis::None:
            return "none";
    }
    return "none";
}

Result<LesionChange> measureLesionChange(const LesionImage& before, const LesionImage& after,
                                         const ChangeOptions& options) {
    if (before.rgb.empty() || after.rgb.empty())
        return fail(ErrorCode::InvalidArgument, {}, "cannot measure change without two images");
    LesionChange c;
    std::string method_b, method_a;
    auto outline_b = outlineOf(before, options.segmentation, "BEFORE", method_b);
    if (!outline_b) return tl::unexpected(outline_b.error());
    auto outline_a = outlineOf(after, options.segmentation, "AFTER", method_a);
    if (!outline_a) return tl::unexpected(outline_a.error());
    c.before_outline = std::move(*outline_b);
    c.after_outline = std::move(*outline_a);
    c.segmentation_method = !method_b.empty() ? method_b : method_a;
    auto registration = registerImages(before.rgb, after.rgb, options.registration);
    if (!registration) return tl::unexpected(registration.error());
    c.registration = std::move(*registration);
    auto on_skin = registerImages(before.rgb, after.rgb, options.registration,
                                  surroundings(c.before_outline, before.rgb.size()),
                                  surroundings(c.after_outline, after.rgb.size()));
    if (!on_skin) return tl::unexpected(on_skin.error());
    c.size_registration = std::move(*on_skin);
    measureSizes(before, after, c);
    auto colour = colourChange(before.rgb, polygonMask(c.before_outline, before.rgb.size()),
                               after.rgb, polygonMask(c.after_outline, after.rgb.size()));
    if (!colour) return tl::unexpected(colour.error());
    c.colour = *colour;
    return c;
}

}  // namespace dermalens
