// The card's seal: the sections of model.json that change what the model outputs (classes,
// input, calibration, OOD rule, Grad-CAM stage, ROC), copied into the weights file at export
// (a TorchScript extra file, written by training/dermalens_train/seal.py).
//
// Why: the weights' sha256 lives in the card, so an edited weights file is caught; the seal
// catches the opposite, a card edited after export (another temperature, other normalisation
// or thresholds) that would silently change every probability. It is integrity, not
// authenticity: whoever can run seal.py can re-seal a forged package (signing is not built).
#pragma once

#include <filesystem>
#include <optional>
#include <string>

#include "dermalens/Result.h"
#include "dermalens/model/ModelCard.h"

namespace dermalens::detail {

// The extra file's name inside model.pt.
inline constexpr const char* kCardSealFile = "dermalens_card_seal.json";

// Ok when `seal` (the extra file's text; nullopt when the weights carry none) holds exactly
// the card's sealed sections. Errors name `card_file` (a section differs) or `weights_file`
// (no seal, unreadable seal).
[[nodiscard]] Result<void> checkCardSeal(const ModelCard& card, const std::optional<std::string>& seal,
                                         const std::filesystem::path& card_file,
                                         const std::filesystem::path& weights_file);

}  // namespace dermalens::detail
