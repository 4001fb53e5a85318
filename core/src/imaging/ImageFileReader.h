// Random-access reads of a file's bytes for header sniffing (private to the core).
#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

namespace dermalens::detail {

// Reads small byte ranges by offset; every read reports whether it got all bytes, so header
// parsers never run past the end of a truncated file.
class ImageFileReader {
public:
    explicit ImageFileReader(const std::filesystem::path& path);

    [[nodiscard]] bool isOpen() const { return open_; }
    [[nodiscard]] std::uint64_t size() const { return size_; }
    // Copies `count` bytes at `offset` into `out`; false (out cleared) when the file is shorter.
    bool read(std::uint64_t offset, std::size_t count, std::vector<std::uint8_t>& out);
    // Whether the two bytes `a b` occur at or after `from`, scanning in chunks.
    bool containsPair(std::uint64_t from, std::uint8_t a, std::uint8_t b);

private:
    std::ifstream stream_;
    std::uint64_t size_ = 0;
    bool open_ = false;
};

inline std::uint16_t be16(const std::uint8_t* p) {
    return static_cast<std::uint16_t>((p[0] << 8) | p[1]);
}
inline std::uint16_t le16(const std::uint8_t* p) {
    return static_cast<std::uint16_t>(p[0] | (p[1] << 8));
}
inline std::uint32_t le24(const std::uint8_t* p) {
    return std::uint32_t{p[0]} | (std::uint32_t{p[1]} << 8) | (std::uint32_t{p[2]} << 16);
}
inline std::uint32_t be32(const std::uint8_t* p) {
    return (std::uint32_t{p[0]} << 24) | (std::uint32_t{p[1]} << 16) | (std::uint32_t{p[2]} << 8) |
           std::uint32_t{p[3]};
}
inline std::uint32_t le32(const std::uint8_t* p) {
    return std::uint32_t{p[0]} | (std::uint32_t{p[1]} << 8) | (std::uint32_t{p[2]} << 16) |
           (std::uint32_t{p[3]} << 24);
}

}  // namespace dermalens::detail
