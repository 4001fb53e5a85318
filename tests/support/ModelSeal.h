// Tests that edit a sealed section of a model card (roc, calibration, ...) re-seal the copy,
// as training/dermalens_train/seal.py tells a model author to (core/src/model/CardSeal.h).
#pragma once

#include <filesystem>
#include <string>

namespace dermalens::test {

// Runs seal.py on the package in `dir`. Returns an empty string on success, else what failed.
[[nodiscard]] std::string resealModel(const std::filesystem::path& dir);

}  // namespace dermalens::test
