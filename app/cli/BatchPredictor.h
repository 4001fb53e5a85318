// Loads and classifies a list of files with per-file error isolation: a file that cannot be
// read or classified gets an error, the others still run (batched for throughput).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "dermalens/inference/Classifier.h"

namespace dermalens::cli {

struct FileOutcome {
    std::string file;
    std::optional<Image> image;            // kept only when asked (Grad-CAM needs it)
    std::optional<Prediction> prediction;  // set on success
    std::string error;                     // set on failure, names the reason
};

// One outcome per file, in input order.
[[nodiscard]] std::vector<FileOutcome> predictFiles(Classifier& classifier,
                                                    const std::vector<std::string>& files,
                                                    bool keep_images = false);

}  // namespace dermalens::cli
