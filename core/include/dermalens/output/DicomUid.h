// Deterministic DICOM UIDs for what Dermalens writes.
//
// A DICOM UID must be globally unique and, for an export to be re-sent without duplicating
// objects in a PACS, the same record must get the same UID every time. Dermalens therefore
// derives each UID from a name instead of drawing a random one: the name is the store-specific
// root (the patient's row id and creation time, which no other store shares) plus the ids of
// the records the object is made from (visit, lesion, image sha256, analysis id, ...). The
// UID is "2.25." followed by the decimal value of a name-based UUID (RFC 9562 version 8 with
// SHA-256, its Appendix B.2 construction: the first 128 bits of sha256(name) with the version
// and variant bits set), the form PS3.5 B.2 defines for UUID-derived UIDs. Such a UID is at
// most 44 characters and needs no registered organisation root.
#pragma once

#include <string>
#include <string_view>

namespace dermalens {

// "2.25.<decimal UUID>" for `name`; the same name always gives the same UID.
[[nodiscard]] std::string uidFromName(std::string_view name);

// True for a syntactically valid UID: 1..64 characters, dot-separated decimal components
// without leading zeros.
[[nodiscard]] bool isValidDicomUid(std::string_view uid);

}  // namespace dermalens
