// Body sites as codes for the Anatomic Region Sequence and the SR's Finding Site.
#pragma once

#include <optional>
#include <string>

#include "output/DicomWrite.h"

namespace dermalens::output {

// The lesion's code when the store has one (SNOMED CT, or a legacy SNOMED RT "T-..." value),
// else a SNOMED CT code for the common plain-word sites (HAM10000's localizations: back,
// trunk, face, upper/lower extremity, ...), else nullopt. The meaning is the site as the user
// wrote it, or the code's own meaning.
[[nodiscard]] std::optional<Code> bodySiteCode(const std::string& site, const std::string& code);

// SNOMED CT laterality values for "L", "R", "B"; nullopt otherwise.
[[nodiscard]] std::optional<Code> lateralityCode(const std::string& laterality);

}  // namespace dermalens::output
