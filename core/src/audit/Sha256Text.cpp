#include "audit/Sha256Text.h"

#include <openssl/sha.h>

namespace dermalens::detail {

std::array<std::uint8_t, 32> sha256Bytes(std::string_view bytes) {
    std::array<std::uint8_t, 32> digest{};
    // One-shot SHA256 cannot fail for in-memory input (it only fails on allocation in EVP).
    SHA256(reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size(), digest.data());
    return digest;
}

std::string sha256Hex(std::string_view bytes) {
    static const char* const kHex = "0123456789abcdef";
    const auto digest = sha256Bytes(bytes);
    std::string hex;
    hex.reserve(64);
    for (std::uint8_t b : digest) {
        hex += kHex[b >> 4];
        hex += kHex[b & 0xf];
    }
    return hex;
}

}  // namespace dermalens::detail
