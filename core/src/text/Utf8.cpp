#include "dermalens/text/Utf8.h"

#include <cstddef>

namespace dermalens {
namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD

// Length of the well-formed prefix of the sequence starting at `pos` (1..4), or 0 when the
// sequence is ill-formed; `consumed` then holds the length of its maximal subpart (>= 1).
std::size_t sequenceAt(std::string_view s, std::size_t pos, std::size_t& consumed) {
    const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(s[i]); };
    const unsigned char lead = byte(pos);
    consumed = 1;
    if (lead < 0x80) return 1;
    std::size_t length = 0;
    unsigned char low = 0x80, high = 0xBF;  // allowed range of the second byte
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        if (lead == 0xE0) low = 0xA0;   // overlong below U+0800
        if (lead == 0xED) high = 0x9F;  // surrogates U+D800..U+DFFF
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        if (lead == 0xF0) low = 0x90;   // overlong below U+10000
        if (lead == 0xF4) high = 0x8F;  // above U+10FFFF
    } else {
        return 0;  // continuation byte, C0/C1 (always overlong) or F5..FF
    }
    for (std::size_t i = 1; i < length; ++i) {
        if (pos + i >= s.size()) return 0;
        const unsigned char b = byte(pos + i);
        if (b < (i == 1 ? low : 0x80) || b > (i == 1 ? high : 0xBF)) return 0;
        consumed = i + 1;
    }
    return length;
}

}  // namespace

bool isValidUtf8(std::string_view text) {
    std::size_t consumed = 0;
    for (std::size_t pos = 0; pos < text.size(); pos += consumed)
        if (sequenceAt(text, pos, consumed) == 0) return false;
    return true;
}

std::string toValidUtf8(std::string_view text) {
    if (isValidUtf8(text)) return std::string(text);
    std::string out;
    out.reserve(text.size() + 8);
    std::size_t consumed = 0;
    for (std::size_t pos = 0; pos < text.size(); pos += consumed) {
        if (sequenceAt(text, pos, consumed) == 0)
            out += kReplacement;
        else
            out.append(text.substr(pos, consumed));
    }
    return out;
}

std::string utf8OrLatin1(std::string_view text) {
    if (isValidUtf8(text)) return std::string(text);
    std::string out;
    out.reserve(text.size() + 8);
    std::size_t consumed = 0;
    for (std::size_t pos = 0; pos < text.size(); pos += consumed) {
        if (sequenceAt(text, pos, consumed) != 0) {
            out.append(text.substr(pos, consumed));
            continue;
        }
        const auto byte = static_cast<unsigned char>(text[pos]);  // >= 0x80: ASCII is valid
        out += static_cast<char>(0xC0 | (byte >> 6));
        out += static_cast<char>(0x80 | (byte & 0x3F));
        consumed = 1;
    }
    return out;
}

}  // namespace dermalens
