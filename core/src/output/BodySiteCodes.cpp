#include "output/BodySiteCodes.h"

#include <algorithm>
#include <array>
#include <cctype>

namespace dermalens::output {
namespace {

struct SiteCode {
    const char* word;
    const char* code;
    const char* meaning;
};

// SNOMED CT codes as DICOM CID 4031 (Common Anatomic Regions, 2021 edition: DCMTK's
// dcmsr/cmr/cid4031.h) uses them. Face, scalp, ear and trunk are SNOMED CT body structures
// outside CID 4031; the Anatomic Region Sequence's context group is extensible (DCID), and
// a dermatologist needs those sites. followup/BodyMap.cpp uses the same codes.
constexpr std::array<SiteCode, 14> kSites{{
    {"abdomen", "818981001", "Abdomen"},
    {"back", "77568009", "Back"},
    {"chest", "816094009", "Chest"},
    {"ear", "117590005", "Ear"},
    {"face", "89545001", "Face"},
    {"foot", "56459004", "Foot"},
    {"hand", "85562004", "Hand"},
    {"neck", "45048000", "Neck"},
    {"scalp", "41695006", "Scalp"},
    {"trunk", "22943007", "Trunk"},
    {"upper extremity", "53120007", "Upper limb"},
    {"upper limb", "53120007", "Upper limb"},
    {"lower extremity", "61685007", "Lower limb"},
    {"lower limb", "61685007", "Lower limb"},
}};

std::string lower(std::string text) {
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return text;
}

// SNOMED RT codes look like "T-D0000"; SNOMED CT codes are digits only.
std::string schemeOf(const std::string& code) {
    return code.find_first_not_of("0123456789") == std::string::npos ? "SCT" : "SRT";
}

}  // namespace

std::optional<Code> bodySiteCode(const std::string& site, const std::string& code) {
    if (!code.empty()) return Code{code, schemeOf(code), site.empty() ? code : site};
    const std::string word = lower(site);
    for (const auto& s : kSites)
        if (word == s.word) return Code{s.code, "SCT", s.meaning};
    return std::nullopt;
}

std::optional<Code> lateralityCode(const std::string& laterality) {
    if (laterality == "L") return Code{"7771000", "SCT", "Left"};
    if (laterality == "R") return Code{"24028007", "SCT", "Right"};
    if (laterality == "B") return Code{"51440002", "SCT", "Right and left"};
    return std::nullopt;
}

}  // namespace dermalens::output
