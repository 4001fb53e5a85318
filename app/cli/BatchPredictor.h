// Loads and classifies a list of files with per-file error isolation: a file that cannot be
// read or classified gets an error, the others still run (batched for throughput).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "dermalens/inference/Classifier.h"
#include "dermalens/quality/ImageQuality.h"

namespace dermalens::cli {

struct FileOutcome {
    std::string file;
    std::optional<Image> image;            // kept only when asked (Grad-CAM needs it)
    std::optional<Prediction> prediction;  // set on success
    std::optional<ImageQualityReport> quality;  // set whenever the image decoded
    std::string error;                     // set on failure, names the reason
};

// One outcome per file, in input order, with the image quality checks of each decoded image.
[[nodiscard]] std::vector<FileOutcome> predictFiles(Classifier& classifier,
                                                    const std::vector<std::string>& files,
                                                    bool keep_images = false);

}  // namespace dermalens::cli
