// The findings table's `data` column: a Finding (less its row columns) as JSON (private).
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "dermalens/Result.h"
#include "dermalens/records/Finding.h"
#include "dermalens/records/ImagePoint.h"

namespace dermalens::followup {

// Everything but id, visit, lesion, clinician and created_at (those are columns). The
// 7-point score is written too, for readers of the database that are not Dermalens.
[[nodiscard]] std::string findingData(const Finding& finding);
// Fills the same fields of `finding` from `data`; Corrupt naming `file` when it is not JSON.
[[nodiscard]] Result<void> readFindingData(const std::string& data, const std::string& file,
                                           Finding& finding);

// [[x, y], ...] as the measurements and contours tables keep geometry.
[[nodiscard]] std::string polygonJson(const ImagePolygon& polygon);
[[nodiscard]] Result<ImagePolygon> parsePolygon(const std::string& text, const std::string& file);

}  // namespace dermalens::followup
