// JSON shapes shared by the subcommands (ordered keys so output reads top-down).
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "dermalens/model/ModelCard.h"
#include "dermalens/inference/Prediction.h"
#include "dermalens/quality/ImageQuality.h"

namespace dermalens::cli {

using Json = nlohmann::ordered_json;

// {"name", "version"} of the card.
[[nodiscard]] Json modelJson(const ModelCard& card);

// The per-file prediction object of `predict` (without Grad-CAM fields).
[[nodiscard]] Json predictionJson(const std::string& file, const Prediction& prediction,
                                  const ModelCard& card);

// {"flagged": [names of the checks that fired], "checks": {name: {"value", "threshold",
// "flagged", "reason"}}} in check order (quality/ImageQuality.h).
[[nodiscard]] Json qualityJson(const ImageQualityReport& report);

// {"file", "error"}.
[[nodiscard]] Json errorJson(const std::string& file, const std::string& error);

// {code: value} in card order; NaN becomes null.
[[nodiscard]] Json perClassJson(const ModelCard& card, const std::vector<double>& values);

// A number, or null when not finite (JSON has no NaN).
[[nodiscard]] Json number(double value);

// The one way the CLI writes JSON: text that is not valid UTF-8 (a file name from a foreign
// disk, bytes a damaged file made a library quote) becomes U+FFFD instead of throwing, so one
// bad input cannot abort a run and lose the results after it. indent < 0: one line.
[[nodiscard]] std::string dumpJson(const Json& doc, int indent = 2);
// dumpJson and a newline on stdout, flushed (each line is complete when a reader sees it).
void printJson(const Json& doc, int indent = 2);

}  // namespace dermalens::cli
