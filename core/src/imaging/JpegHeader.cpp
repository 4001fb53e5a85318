// JPEG marker walk: frame size from SOFn, orientation from the EXIF APP1 segment.
#include <cstring>

#include "imaging/RasterHeader.h"

namespace dermalens::detail {
namespace {

bool isStartOfFrame(std::uint8_t m) {
    return m >= 0xC0 && m <= 0xCF && m != 0xC4 && m != 0xC8 && m != 0xCC;
}

// EXIF orientation (tag 0x0112 in IFD0) of an APP1 segment whose payload starts at `at`.
int exifOrientation(ImageFileReader& r, std::uint64_t at, std::size_t length) {
    std::vector<std::uint8_t> b;
    if (length < 14 || !r.read(at, 14, b) || std::memcmp(b.data(), "Exif\0\0", 6) != 0) return 1;
    const std::uint64_t tiff = at + 6;
    const bool little = b[6] == 'I';
    const auto ifd = little ? le32(b.data() + 10) : be32(b.data() + 10);
    std::uint32_t value = 1;
    if (!readTiffTag(r, tiff, little, ifd, 0x0112, value) || value < 1 || value > 8) return 1;
    return static_cast<int>(value);
}

}  // namespace

Result<RasterHeader> readJpegHeader(ImageFileReader& r, const std::string& file) {
    RasterHeader h{FileKind::Jpeg};
    bool haveFrame = false;
    std::uint64_t pos = 2;
    std::vector<std::uint8_t> b;
    for (int guard = 0; guard < 10000 && r.read(pos, 2, b); ++guard) {
        if (b[0] != 0xFF) break;
        const std::uint8_t marker = b[1];
        if (marker == 0xFF) {  // fill byte
            ++pos;
            continue;
        }
        if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD8)) {  // no length field
            pos += 2;
            continue;
        }
        if (marker == 0xD9 || !r.read(pos + 2, 2, b)) break;
        const std::size_t length = be16(b.data());
        if (length < 2) break;
        if (isStartOfFrame(marker) && !haveFrame) {
            if (!r.read(pos + 4, 6, b)) break;
            h.bits = b[0];
            h.height = be16(b.data() + 1);
            h.width = be16(b.data() + 3);
            h.channels = b[5];
            haveFrame = true;
        } else if (marker == 0xE1 && h.orientation == 1) {
            h.orientation = exifOrientation(r, pos + 4, length - 2);
        } else if (marker == 0xDA) {
            h.scan_offset = pos + 2 + length;
            if (haveFrame && h.width > 0 && h.height > 0) return h;
            break;
        }
        pos += 2 + length;
    }
    return fail(ErrorCode::Corrupt, file,
                "JPEG header is truncated or malformed (no usable frame header before the scan)");
}

}  // namespace dermalens::detail
