// UTF-8 validation and repair. Every string the core hands out (DICOM text, file metadata) is
// meant to be valid UTF-8, so the UI and the JSON store can use it without a second check.
#pragma once

#include <string>
#include <string_view>

namespace dermalens {

// True when `text` is well-formed UTF-8 (Unicode Table 3-7): no overlong forms, no surrogates
// (U+D800..U+DFFF), nothing above U+10FFFF, no truncated sequences. U+0000 counts as valid.
[[nodiscard]] bool isValidUtf8(std::string_view text);

// `text` with every ill-formed part replaced by U+FFFD, one per maximal subpart (the
// replacement practice of Unicode chapter 3, which is also what Python and the WHATWG decoder
// do), so "\xE2\x82" (a truncated euro sign) becomes one U+FFFD, "\xC0\xAF" two.
// Valid input comes back unchanged.
[[nodiscard]] std::string toValidUtf8(std::string_view text);

// For names (files, folders) from a disk written in a legacy 8-bit encoding: `text` with each
// byte that is not part of well-formed UTF-8 read as Latin-1 (U+0080..U+00FF). Unlike U+FFFD
// this keeps different names apart ("M\xFCller" and "M\xE4ller" stay two patients). Valid input
// comes back unchanged.
[[nodiscard]] std::string utf8OrLatin1(std::string_view text);

}  // namespace dermalens
