// De-identification: DICOM PS3.15 Annex E, the Basic Application Level Confidentiality
// Profile, with the Clean Structured Content Option (the AI results keep their measurements)
// and, selectable, the Retain Longitudinal Temporal Information with Full Dates Option.
//
// The rules below are the rows of Table E.1-1 for the attributes that can occur in what
// Dermalens writes (its own objects and what it carries over from DICOM sources). Where the
// table offers a choice (X/Z, Z/D, X/Z/D, X/Z/U*) the row says which one applies to our
// objects: D or Z where our IOD requires the attribute, X elsewhere. Private attributes and
// overlays are removed; images that say they carry burned-in annotation are refused (the
// Clean Pixel Data Option is not implemented), and nothing ever draws text into pixels.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace dermalens {

enum class DeidAction {
    Remove,      // X
    Empty,       // Z: zero length (patient name and id get a pseudonym, which Z allows)
    Dummy,       // D: a non-identifying value of the right VR
    Keep,        // K
    Clean,       // C: kept, and cleaned recursively (Clean Structured Content)
    ReplaceUid,  // U (and U* for sequences: kept, the UIDs inside replaced)
};

struct DeidRule {
    std::uint16_t group = 0;
    std::uint16_t element = 0;
    const char* keyword = "";
    const char* table_action = "";  // as Table E.1-1 writes it, e.g. "X/Z/D"
    DeidAction action = DeidAction::Remove;
    bool temporal = false;  // kept (K) under the Retain Longitudinal Temporal option
};

// Every rule Dermalens applies, in tag order.
[[nodiscard]] const std::vector<DeidRule>& deidentificationRules();

struct DeidentificationOptions {
    // Retain Longitudinal Temporal Information with Full Dates: dates and times are kept, so
    // follow-up intervals survive; otherwise they are removed, emptied or set to a dummy.
    bool retain_dates = false;
    // Patient Name and Patient ID of every object (empty: "ANONYMOUS").
    std::string pseudonym;
    // Mixed into every replacement UID. The same secret maps the same UID to the same new UID
    // (empty: a random secret, so two exports cannot be linked through their UIDs).
    std::string uid_secret;
};

// Dummy values (D) by value representation.
inline constexpr const char* kDummyDate = "19000101";
inline constexpr const char* kDummyTime = "000000";
inline constexpr const char* kDummyDateTime = "19000101000000";
inline constexpr const char* kDummyText = "REMOVED";

}  // namespace dermalens
