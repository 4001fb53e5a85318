// JSON shapes shared by the subcommands (ordered keys so output reads top-down).
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "dermalens/model/ModelCard.h"
#include "dermalens/inference/Prediction.h"

namespace dermalens::cli {

using Json = nlohmann::ordered_json;

// {"name", "version"} of the card.
[[nodiscard]] Json modelJson(const ModelCard& card);

// The per-file prediction object of `predict` (without Grad-CAM fields).
[[nodiscard]] Json predictionJson(const std::string& file, const Prediction& prediction,
                                  const ModelCard& card);

// {"file", "error"}.
[[nodiscard]] Json errorJson(const std::string& file, const std::string& error);

// {code: value} in card order; NaN becomes null.
[[nodiscard]] Json perClassJson(const ModelCard& card, const std::vector<double>& values);

// A number, or null when not finite (JSON has no NaN).
[[nodiscard]] Json number(double value);

}  // namespace dermalens::cli
