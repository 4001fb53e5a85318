// `dermalens-cli change BEFORE AFTER`: two images of one lesion (two visits) registered, and
// how the lesion changed (size, border, colour).
#include <memory>
#include <optional>

#include "Commands.h"
#include "JsonOutput.h"
#include "ModelOptions.h"
#include "StoreJson.h"
#include "dermalens/followup/LesionChange.h"
#include "dermalens/imaging/ImageLoader.h"

namespace dermalens::cli {
namespace {

struct ChangeCliOptions {
    std::string before, after;
    double before_mm_per_pixel = 0;  // 0 = unknown
    double after_mm_per_pixel = 0;
};

Json transformJson(const AffineTransform& t) {
    const auto& m = t.matrix;
    return {{"maps", "BEFORE pixel -> AFTER pixel"},
            {"matrix", Json::array({Json::array({number(m[0]), number(m[1]), number(m[2])}),
                                    Json::array({number(m[3]), number(m[4]), number(m[5])})})},
            {"rotation_degrees", number(t.rotationDegrees())},
            {"scale", number(t.scale())},
            {"translation", Json::array({number(m[2]), number(m[5])})}};
}

Json registrationJson(const RegistrationResult& r) {
    const RegistrationQuality& q = r.quality;
    return {{"trusted", r.trusted},
            {"reason", r.reason.empty() ? Json(nullptr) : Json(r.reason)},
            {"transform", transformJson(r.transform)},
            {"quality",
             {{"keypoints_before", q.keypoints_before},
              {"keypoints_after", q.keypoints_after},
              {"matches", q.matches},
              {"inliers", q.inliers},
              {"inlier_ratio", number(q.inlier_ratio)},
              {"feature_correlation", number(q.feature_correlation)},
              {"correlation", number(q.correlation)},
              {"overlap", number(q.overlap)},
              {"ecc_refined", q.refined}}},
            {"method", r.method}};
}

Json shapeJson(const ShapeMeasures& s) {
    return {{"area", number(s.area)},
            {"longest_diameter", number(s.longest_diameter)},
            {"perimeter", number(s.perimeter)},
            {"compactness", number(s.compactness)},
            {"solidity", number(s.solidity)}};
}

Json labJson(const LesionColour& c) {
    return Json::array({number(c.mean_lab[0]), number(c.mean_lab[1]), number(c.mean_lab[2])});
}

Json changeJson(const LesionChange& c) {
    return {{"basis", toString(c.basis)},
            {"comparable", c.comparable},
            {"length_unit", c.before.length_unit},
            {"area_unit", c.before.area_unit},
            {"area_ratio", number(c.area_ratio)},
            {"diameter_change", number(c.diameter_change)},
            {"diameter_ratio", number(c.diameter_ratio)},
            {"compactness_change", number(c.compactness_change)},
            {"solidity_change", number(c.solidity_change)},
            {"before", shapeJson(c.before)},
            {"after", shapeJson(c.after)},
            {"colour",
             {{"mean_delta_e", number(c.colour.mean_delta_e)},
              {"distribution_emd", number(c.colour.distribution_emd)},
              {"before_mean_lab", labJson(c.colour.before)},
              {"after_mean_lab", labJson(c.colour.after)}}}};
}

std::optional<double> calibration(double mm_per_pixel) {
    return mm_per_pixel > 0 ? std::optional(mm_per_pixel) : std::nullopt;
}

int runChange(const ChangeCliOptions& o) {
    auto before = loadImage(o.before);
    auto after = loadImage(o.after);
    for (const auto* loaded : {&before, &after})
        if (!*loaded) {
            printError("change", loaded->error().message());
            return kExitInputFailed;
        }
    auto change = measureLesionChange({before->pixels, {}, calibration(o.before_mm_per_pixel)},
                                      {after->pixels, {}, calibration(o.after_mm_per_pixel)});
    if (!change) {
        printError("change", change.error().message());
        return kExitInputFailed;
    }
    printJson(Json{{"before", o.before},
                   {"after", o.after},
                   {"registration", registrationJson(change->registration)},
                   {"trusted", change->registration.trusted},
                   {"size_registration", registrationJson(change->size_registration)},
                   {"change", changeJson(*change)},
                   {"segmentation", change->segmentation_method}});
    return kExitOk;
}

}  // namespace

Subcommand addChangeCommand(CLI::App& parent) {
    auto options = std::make_shared<ChangeCliOptions>();
    auto* cmd = parent.add_subcommand(
        "change",
        "Register two images of the same lesion (two visits) and measure how it changed. "
        "Prints one JSON document: the whole-image registration (transform BEFORE -> AFTER, "
        "quality, whether it is trusted), the registration on the skin around the lesion that "
        "sizes use, and the change measures (area ratio, diameter change, border, colour). "
        "Sizes are compared only when both images are calibrated or the skin registration is "
        "trusted (\"comparable\"). An unreadable image or one without a lesion: exit status 1.");
    cmd->add_option("before", options->before, "Image of the earlier visit")->required();
    cmd->add_option("after", options->after, "Image of the later visit")->required();
    cmd->add_option("--before-mm-per-pixel", options->before_mm_per_pixel,
                    "Calibration of BEFORE (millimetres per pixel)")
        ->check(CLI::PositiveNumber);
    cmd->add_option("--after-mm-per-pixel", options->after_mm_per_pixel,
                    "Calibration of AFTER (millimetres per pixel)")
        ->check(CLI::PositiveNumber);
    return {cmd, [options] { return runChange(*options); }};
}

}  // namespace dermalens::cli
