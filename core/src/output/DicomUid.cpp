#include "dermalens/output/DicomUid.h"

#include <algorithm>
#include <cstdint>

#include "audit/Sha256Text.h"

namespace dermalens {
namespace {

std::string decimal(unsigned __int128 value) {
    if (value == 0) return "0";
    std::string digits;
    while (value > 0) {
        digits += static_cast<char>('0' + static_cast<int>(value % 10));
        value /= 10;
    }
    std::reverse(digits.begin(), digits.end());
    return digits;
}

}  // namespace

std::string uidFromName(std::string_view name) {
    auto bytes = detail::sha256Bytes(name);
    bytes[6] = static_cast<std::uint8_t>((bytes[6] & 0x0f) | 0x80);  // version 8
    bytes[8] = static_cast<std::uint8_t>((bytes[8] & 0x3f) | 0x80);  // RFC 4122/9562 variant
    unsigned __int128 value = 0;
    for (int i = 0; i < 16; ++i) value = (value << 8) | bytes[static_cast<std::size_t>(i)];
    return "2.25." + decimal(value);
}

bool isValidDicomUid(std::string_view uid) {
    if (uid.empty() || uid.size() > 64) return false;
    std::size_t start = 0;
    while (true) {
        const std::size_t dot = uid.find('.', start);
        const std::string_view part =
            uid.substr(start, dot == std::string_view::npos ? dot : dot - start);
        if (part.empty() || part.find_first_not_of("0123456789") != std::string_view::npos)
            return false;
        if (part.size() > 1 && part[0] == '0') return false;
        if (dot == std::string_view::npos) return true;
        start = dot + 1;
    }
}

}  // namespace dermalens
