#include "output/HeatmapWriter.h"

#include <algorithm>
#include <cmath>

#include <opencv2/imgproc.hpp>

#include "dermalens/imaging/ImageLoader.h"
#include "dermalens/inference/Heatmap.h"
#include "dermalens/inference/Preprocessor.h"
#include "output/HeatmapPlacement.h"

namespace dermalens::output {
namespace {

cv::Mat fitted(const cv::Mat& rgb) {
    const int side = std::max(rgb.cols, rgb.rows);
    if (side <= kMaxHeatmapSide) return rgb;
    const double scale = static_cast<double>(kMaxHeatmapSide) / side;
    cv::Mat out;
    cv::resize(rgb, out, cv::Size(), scale, scale, cv::INTER_AREA);
    return out;
}

void writeReferences(DatasetWriter& out, const HeatmapInput& in) {
    if (DcmItem* item = out.newItem(DCM_SourceImageSequence)) {
        out.check(item->putAndInsertString(DCM_ReferencedSOPClassUID, in.source.sop_class.c_str()),
                  "SourceImageSequence");
        out.check(
            item->putAndInsertString(DCM_ReferencedSOPInstanceUID, in.source.sop_instance.c_str()),
            "SourceImageSequence");
    }
}

}  // namespace

Heatmap placedHeatmap(const StoredHeatmap& stored, cv::Size size, const InputSpec& spec) {
    Heatmap map;
    map.class_index = stored.class_index;
    map.raw = cv::Mat(stored.height, stored.width, CV_32F, const_cast<float*>(stored.values.data()))
                  .clone();
    double hi = 0;
    cv::minMaxLoc(map.raw, nullptr, &hi);
    map.raw_max = static_cast<float>(hi);
    const cv::Rect2d region = modelInputRegion(size, spec);
    cv::Rect inside(static_cast<int>(std::lround(region.x)),
                    static_cast<int>(std::lround(region.y)),
                    std::max(1, static_cast<int>(std::lround(region.width))),
                    std::max(1, static_cast<int>(std::lround(region.height))));
    inside &= cv::Rect(0, 0, size.width, size.height);
    map.upsampled = cv::Mat::zeros(size, CV_32F);
    cv::Mat target = map.upsampled(inside);
    cv::resize(map.raw, target, inside.size(), 0, 0, cv::INTER_LINEAR);
    return map;
}

Result<DicomObject> writeHeatmap(const ObjectContext& context, const HeatmapInput& in) {
    const StoredHeatmap& h = in.heatmap;
    if (h.width <= 0 || h.height <= 0 ||
        h.values.size() != static_cast<std::size_t>(h.width) * static_cast<std::size_t>(h.height))
        return fail(ErrorCode::Corrupt, in.image_file.string(),
                    "the stored heatmap is inconsistent");
    auto image = loadImage(in.image_file);
    if (!image) return tl::unexpected(image.error());
    const cv::Mat rgb = fitted(image->pixels);
    OverlayOptions options;  // the viewer's defaults: jet, up to 45 % opacity, per-image min-max
    const cv::Mat overlay = renderOverlay(rgb, placedHeatmap(h, rgb.size(), in.input), options);
    if (overlay.empty())
        return fail(ErrorCode::Internal, in.image_file.string(),
                    "cannot render the heatmap overlay");

    DicomObject object{std::make_unique<DcmFileFormat>(), EXS_LittleEndianExplicit};
    DatasetWriter out(*object.file->getDataset(), in.image_file.string());
    writeCommonModules(out, context);
    writeConversionType(out);
    out.put(DCM_ImageType, "DERIVED\\SECONDARY");
    out.put(DCM_DerivationDescription,
            "Grad-CAM for " + in.class_name +
                ", scaled to its own minimum and maximum (not comparable across images), jet "
                "colour map, opacity following the map (transparent without evidence, 45 % at the "
                "strongest)");
    out.put(DCM_BurnedInAnnotation, "NO").put(DCM_PatientOrientation, "");
    // Series laterality knows only R and L (Type 2C: empty for unpaired or both sides).
    const std::string side = dicomLaterality(in.laterality);
    out.put(DCM_Laterality, side == "B" ? "" : side);
    writeReferences(out, in);
    writeRgbPixels(out, overlay);
    if (auto ok = out.result(); !ok) return tl::unexpected(ok.error());
    return object;
}

}  // namespace dermalens::output
