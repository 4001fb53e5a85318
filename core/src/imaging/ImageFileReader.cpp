#include "imaging/ImageFileReader.h"

#include <algorithm>
#include <system_error>

namespace dermalens::detail {

ImageFileReader::ImageFileReader(const std::filesystem::path& path) {
    std::error_code ec;
    const auto bytes = std::filesystem::file_size(path, ec);
    if (ec) return;
    stream_.open(path, std::ios::binary);
    open_ = stream_.is_open();
    size_ = bytes;
}

bool ImageFileReader::read(std::uint64_t offset, std::size_t count,
                           std::vector<std::uint8_t>& out) {
    out.clear();
    if (!open_ || offset > size_ || count > size_ - offset) return false;
    out.resize(count);
    stream_.clear();
    stream_.seekg(static_cast<std::streamoff>(offset));
    stream_.read(reinterpret_cast<char*>(out.data()), static_cast<std::streamsize>(count));
    if (stream_.gcount() != static_cast<std::streamsize>(count)) {
        out.clear();
        return false;
    }
    return true;
}

bool ImageFileReader::containsPair(std::uint64_t from, std::uint8_t a, std::uint8_t b) {
    constexpr std::size_t kChunk = 1 << 20;
    std::vector<std::uint8_t> buf;
    std::uint8_t previous = 0;
    bool havePrevious = false;
    for (std::uint64_t pos = from; pos < size_; pos += kChunk) {
        const auto n = static_cast<std::size_t>(std::min<std::uint64_t>(kChunk, size_ - pos));
        if (!read(pos, n, buf)) return false;
        if (havePrevious && previous == a && buf[0] == b) return true;
        for (std::size_t i = 0; i + 1 < n; ++i)
            if (buf[i] == a && buf[i + 1] == b) return true;
        previous = buf[n - 1];
        havePrevious = true;
    }
    return false;
}

}  // namespace dermalens::detail
