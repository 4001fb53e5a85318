// ModelPackage: a model directory (model.json + TorchScript weights) checked on disk.
#pragma once

#include <filesystem>

#include "dermalens/model/ModelCard.h"
#include "dermalens/Result.h"

namespace dermalens {

struct ModelPackage {
    std::filesystem::path directory;
    std::filesystem::path weights_path;
    ModelCard card;

    // Reads <dir>/model.json, validates it, and checks that the weights file exists and its
    // sha256 matches the card. Fails with NotFound / InvalidModel naming the file and reason.
    // Does not load the TorchScript module (Classifier::load does).
    [[nodiscard]] static Result<ModelPackage> open(const std::filesystem::path& dir);
};

// Lowercase hex sha256 of a file's bytes; fails when the file cannot be read.
[[nodiscard]] Result<std::string> sha256File(const std::filesystem::path& path);

}  // namespace dermalens
