#include "followup/FollowUpContext.h"

#include <cmath>

#include <opencv2/imgproc.hpp>

#include "dermalens/followup/LesionSegmentation.h"
#include "dermalens/imaging/ImageLoader.h"
#include "followup/MaskGeometry.h"

namespace dermalens::followup {

Result<ImageContext> imageContext(const Store& store, const ImageVault& vault, const ImageId& id) {
    auto entry = store.image(id);
    if (!entry) return tl::unexpected(entry.error());
    ImageContext c{*entry,
                   vault.absolute(entry->managed_path),
                   entry->pixel_spacing_mm,
                   {},
                   entry->acquisition_date};
    auto calibration = store.calibration(id);
    if (!calibration) return tl::unexpected(calibration.error());
    if (*calibration) c.mm_per_pixel = (*calibration)->mm_per_pixel;
    auto contour = store.contour(id);
    if (!contour) return tl::unexpected(contour.error());
    c.contour = std::move(*contour);
    if (c.date.empty() && entry->visit.valid()) {
        auto visit = store.visit(entry->visit);
        if (!visit) return tl::unexpected(visit.error());
        c.date = visit->date;
    }
    return c;
}

Result<cv::Mat> decodeRgb(const ImageContext& context) {
    auto image = loadImage(context.path);
    if (!image) return tl::unexpected(image.error());
    return image->pixels;
}

Result<LesionContour> automaticContour(const ImageContext& context, const cv::Mat& rgb) {
    auto found = segmentLesion(rgb);
    if (!found) return fail(found.error().code, context.path.string(), found.error().reason);
    if (!found->found)
        return fail(ErrorCode::InvalidArgument, context.path.string(), found->reason);
    return LesionContour{
        context.entry.id, std::move(found->contour), ContourSource::Automatic, found->method, {}};
}

AiShown aiShown(const AnalysisRecord& analysis, const ModelCard* card) {
    const Prediction& p = analysis.prediction;
    AiShown ai;
    ai.analysis = analysis.id;
    ai.image = analysis.image;
    ai.model = analysis.model;
    const auto top = static_cast<std::size_t>(p.top_class);
    if (card && p.top_class >= 0 && top < card->classes.size())
        ai.top_class = card->classes[top].code;
    if (p.top_class >= 0 && top < p.probabilities.size()) ai.top_probability = p.probabilities[top];
    ai.malignant_probability = p.malignant_probability;
    ai.low_confidence = p.low_confidence;
    ai.out_of_distribution = p.out_of_distribution;
    return ai;
}

void measure(Measurement& m, std::optional<double> mm_per_pixel) {
    const double k = mm_per_pixel.value_or(1.0);
    const bool mm = mm_per_pixel.has_value();
    if (m.kind == MeasurementKind::Line && m.geometry.size() >= 2) {
        const auto& a = m.geometry.front();
        const auto& b = m.geometry.back();
        m.value = std::hypot(b.x - a.x, b.y - a.y) * k;
        m.unit = mm ? "mm" : "px";
    } else if (m.kind == MeasurementKind::Area && m.geometry.size() >= 3) {
        m.value = cv::contourArea(toCv(m.geometry)) * k * k;
        m.unit = mm ? "mm2" : "px2";
    }
}

}  // namespace dermalens::followup
