// `dermalens-cli predict`: one JSON line per input file, optional Grad-CAM images.
#include <algorithm>
#include <filesystem>
#include <memory>
#include <set>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include "BatchPredictor.h"
#include "Commands.h"
#include "JsonOutput.h"
#include "ModelOptions.h"
#include "dermalens/inference/Heatmap.h"

namespace dermalens::cli {
namespace {

namespace fs = std::filesystem;

struct PredictOptions {
    ModelOptions model;
    std::string gradcam_dir;
    std::string class_code;
    std::vector<std::string> files;
};

// Unique "<stem>" per run, so two inputs called lesion.jpg in different folders do not clash.
std::string uniqueStem(const std::string& file, std::set<std::string>& used) {
    const auto stem = fs::path(file).stem().string();
    std::string candidate = stem;
    for (int n = 2; !used.insert(candidate).second; ++n) candidate = stem + "_" + std::to_string(n);
    return candidate;
}

// Writes the overlay PNG and the raw float TIFF; adds their paths to `line`.
std::string writeGradcam(Classifier& classifier, const Image& image, int class_index,
                         const fs::path& base, Json& line) {
    auto map = classifier.gradcam(image, class_index);
    if (!map) return map.error().message();
    const cv::Mat overlay = renderOverlay(image.pixels, *map, OverlayOptions{});
    if (overlay.empty()) return "Grad-CAM overlay could not be rendered";
    cv::Mat bgr;
    cv::cvtColor(overlay, bgr, cv::COLOR_RGB2BGR);
    const auto png = base.string() + ".png";
    const auto raw = base.string() + ".tiff";
    try {
        if (!cv::imwrite(png, bgr)) return png + ": cannot write the Grad-CAM overlay";
        if (!cv::imwrite(raw, map->upsampled)) return raw + ": cannot write the Grad-CAM map";
    } catch (const cv::Exception& e) {
        return std::string("cannot write Grad-CAM files: ") + e.what();
    }
    line["gradcam_class"] = classifier.card().classes[map->class_index].code;
    line["gradcam_png"] = png;
    line["gradcam_raw"] = raw;
    line["gradcam_normalization"] = "per-image min-max";
    line["gradcam_raw_max"] = number(map->raw_max);
    return {};
}

// Prints one line per outcome; returns how many inputs failed.
int printOutcomes(Classifier& classifier, std::vector<FileOutcome>& outcomes,
                  const PredictOptions& options, int class_index, std::set<std::string>& stems) {
    int failed = 0;
    const auto& card = classifier.card();
    for (auto& outcome : outcomes) {
        if (!outcome.prediction) {
            printJson(errorJson(outcome.file, outcome.error), -1);
            ++failed;
            continue;
        }
        Json line = predictionJson(outcome.file, *outcome.prediction, card);
        if (outcome.quality) line["quality"] = qualityJson(*outcome.quality);
        if (!options.gradcam_dir.empty() && outcome.image) {
            const int cls = class_index >= 0 ? class_index : outcome.prediction->top_class;
            const auto base =
                fs::path(options.gradcam_dir) /
                (uniqueStem(outcome.file, stems) + "_gradcam_" + card.classes[cls].code);
            if (auto error = writeGradcam(classifier, *outcome.image, cls, base, line);
                !error.empty()) {
                line["gradcam_error"] = error;
                ++failed;
            }
        }
        printJson(line, -1);
    }
    return failed;
}

std::string validCodes(const ModelCard& card) {
    std::string codes;
    for (const auto& c : card.classes) codes += (codes.empty() ? "" : ", ") + c.code;
    return codes;
}

int runPredict(const PredictOptions& options) {
    auto classifier = loadClassifier(options.model);
    if (!classifier) return kExitUsage;
    int class_index = -1;
    if (!options.class_code.empty()) {
        class_index = classifier->card().classIndex(options.class_code);
        if (class_index < 0) {
            printError("predict", "unknown class '" + options.class_code +
                                      "'; valid codes: " + validCodes(classifier->card()));
            return kExitUsage;
        }
    }
    std::error_code ec;
    if (!options.gradcam_dir.empty() && !fs::create_directories(options.gradcam_dir, ec) && ec) {
        printError("predict", "cannot create " + options.gradcam_dir + ": " + ec.message());
        return kExitUsage;
    }
    // Chunks keep memory bounded for long file lists while still batching.
    const std::size_t chunk = static_cast<std::size_t>(std::max(1, options.model.batch)) * 4;
    std::set<std::string> stems;
    int failed = 0;
    for (std::size_t start = 0; start < options.files.size(); start += chunk) {
        const auto end = std::min(options.files.size(), start + chunk);
        const std::vector<std::string> files(options.files.begin() + start,
                                             options.files.begin() + end);
        auto outcomes = predictFiles(*classifier, files, !options.gradcam_dir.empty());
        failed += printOutcomes(*classifier, outcomes, options, class_index, stems);
    }
    return failed > 0 ? kExitInputFailed : kExitOk;
}

}  // namespace

Subcommand addPredictCommand(CLI::App& parent) {
    auto options = std::make_shared<PredictOptions>();
    auto* cmd = parent.add_subcommand(
        "predict",
        "Classify images. Prints one JSON object per input file, one per line, with a "
        "\"quality\" object (blur, exposure, ink, ruler and hair checks: flagged names, and each "
        "check's value, threshold, flag and reason); a file that cannot be read gets "
        "{\"file\", \"error\"} and the others still run. Exit status: 0 all good, 1 some input "
        "failed, 2 usage error or model not loadable.");
    addModelOptions(*cmd, options->model);
    cmd->add_option("--gradcam", options->gradcam_dir,
                    "Write Grad-CAM images to this folder: <stem>_gradcam_<code>.png (overlay, "
                    "per-image min-max) and <stem>_gradcam_<code>.tiff (32-bit float map at image "
                    "size, unnormalised)");
    cmd->add_option("--class", options->class_code,
                    "Class code for Grad-CAM (default: each image's top class)");
    cmd->add_option("files", options->files, "Image files (JPEG, PNG, TIFF, BMP, WebP, DICOM)")
        ->required();
    return {cmd, [options] { return runPredict(*options); }};
}

}  // namespace dermalens::cli
