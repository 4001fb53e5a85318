// sha256 of bytes in memory (the audit chain, derived DICOM UIDs); private to the core.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace dermalens::detail {

[[nodiscard]] std::array<std::uint8_t, 32> sha256Bytes(std::string_view bytes);
// Lower-case hex.
[[nodiscard]] std::string sha256Hex(std::string_view bytes);

}  // namespace dermalens::detail
