#include "imaging/RasterHeader.h"

#include <cstdlib>
#include <cstring>

namespace dermalens::detail {
namespace {

bool startsWith(const std::vector<std::uint8_t>& b, std::size_t at, const char* magic,
                std::size_t n) {
    return b.size() >= at + n && std::memcmp(b.data() + at, magic, n) == 0;
}

tl::unexpected<Error> cutShort(const std::string& file, const char* format) {
    return fail(ErrorCode::Corrupt, file,
                std::string(format) + " header is truncated or malformed");
}

Result<RasterHeader> readPng(ImageFileReader& r, const std::string& file) {
    std::vector<std::uint8_t> b;
    if (!r.read(0, 33, b) || std::memcmp(b.data() + 12, "IHDR", 4) != 0)
        return cutShort(file, "PNG");
    RasterHeader h{FileKind::Png, static_cast<int>(be32(b.data() + 16) & 0x7fffffff),
                   static_cast<int>(be32(b.data() + 20) & 0x7fffffff)};
    h.bits = b[24];
    static constexpr int kChannels[] = {1, 0, 3, 3, 2, 0, 4};
    h.channels = b[25] <= 6 ? kChannels[b[25]] : 0;
    if (h.channels == 0) return cutShort(file, "PNG");
    return h;
}

Result<RasterHeader> readBmp(ImageFileReader& r, const std::string& file) {
    std::vector<std::uint8_t> b;
    if (!r.read(0, 30, b)) return cutShort(file, "BMP");
    RasterHeader h{FileKind::Bmp};
    const auto headerSize = le32(b.data() + 14);
    if (headerSize == 12) {  // OS/2 BITMAPCOREHEADER: 16-bit sizes
        h.width = le16(b.data() + 18);
        h.height = le16(b.data() + 20);
        h.bits = le16(b.data() + 24);
    } else {
        h.width = static_cast<std::int32_t>(le32(b.data() + 18));
        h.height = std::abs(static_cast<std::int32_t>(le32(b.data() + 22)));
        h.bits = le16(b.data() + 28);
    }
    h.channels = h.bits == 32 ? 4 : (h.bits >= 16 ? 3 : 1);
    h.bits = 8;  // BMP samples are decoded as 8-bit whatever the packing
    return h;
}

Result<RasterHeader> readWebP(ImageFileReader& r, const std::string& file) {
    std::vector<std::uint8_t> b;
    if (!r.read(0, 30, b)) return cutShort(file, "WebP");
    RasterHeader h{FileKind::WebP};
    if (std::memcmp(b.data() + 12, "VP8 ", 4) == 0) {
        h.width = le16(b.data() + 26) & 0x3fff;
        h.height = le16(b.data() + 28) & 0x3fff;
    } else if (std::memcmp(b.data() + 12, "VP8L", 4) == 0) {
        const auto bits = le32(b.data() + 21);
        h.width = static_cast<int>((bits & 0x3fff) + 1);
        h.height = static_cast<int>(((bits >> 14) & 0x3fff) + 1);
    } else if (std::memcmp(b.data() + 12, "VP8X", 4) == 0) {
        // Canvas size minus one, 24 bits each: a 32-bit read at 27 ran past the 30 bytes read.
        h.width = static_cast<int>(le24(b.data() + 24) + 1);
        h.height = static_cast<int>(le24(b.data() + 27) + 1);
    } else {
        return cutShort(file, "WebP");
    }
    return h;
}

Result<RasterHeader> readTiff(ImageFileReader& r, const std::string& file) {
    std::vector<std::uint8_t> b;
    if (!r.read(0, 8, b)) return cutShort(file, "TIFF");
    const bool little = b[0] == 'I';
    const auto ifd = little ? le32(b.data() + 4) : be32(b.data() + 4);
    std::uint32_t w = 0, hgt = 0, bits = 8, samples = 1;
    if (!readTiffTag(r, 0, little, ifd, 256, w) || !readTiffTag(r, 0, little, ifd, 257, hgt))
        return cutShort(file, "TIFF");
    // Optional tags: TIFF defaults to 1 sample of 8 bits.
    (void)readTiffTag(r, 0, little, ifd, 258, bits);
    (void)readTiffTag(r, 0, little, ifd, 277, samples);
    RasterHeader h{FileKind::Tiff, static_cast<int>(w & 0x7fffffff),
                   static_cast<int>(hgt & 0x7fffffff)};
    h.bits = static_cast<int>(bits);
    h.channels = static_cast<int>(samples);
    return h;
}

}  // namespace

FileKind sniffKind(const std::vector<std::uint8_t>& b) {
    if (startsWith(b, 0, "\xFF\xD8\xFF", 3)) return FileKind::Jpeg;
    if (startsWith(b, 0, "\x89PNG\r\n\x1A\n", 8)) return FileKind::Png;
    if (startsWith(b, 0, "II*\0", 4) || startsWith(b, 0, "MM\0*", 4)) return FileKind::Tiff;
    if (startsWith(b, 0, "BM", 2) && b.size() >= 30) return FileKind::Bmp;
    if (startsWith(b, 0, "RIFF", 4) && startsWith(b, 8, "WEBP", 4)) return FileKind::WebP;
    if (startsWith(b, 128, "DICM", 4)) return FileKind::Dicom;
    // Part 10 without preamble / raw dataset: starts with a group 0002 or 0008 tag.
    if (b.size() >= 8 && b[1] == 0 && (b[0] == 0x02 || b[0] == 0x08) && b[3] == 0)
        return FileKind::Dicom;
    return FileKind::Unknown;
}

const char* kindName(FileKind kind) {
    switch (kind) {
        case FileKind::Jpeg:
            return "JPEG";
        case FileKind::Png:
            return "PNG";
        case FileKind::Tiff:
            return "TIFF";
        case FileKind::Bmp:
            return "BMP";
        case FileKind::WebP:
            return "WEBP";
        case FileKind::Dicom:
            return "DICOM";
        case FileKind::Unknown:
            break;
    }
    return "unknown";
}

bool readTiffTag(ImageFileReader& r, std::uint64_t base, bool little, std::uint32_t ifd,
                 std::uint16_t tag, std::uint32_t& value) {
    auto u16 = [little](const std::uint8_t* p) { return little ? le16(p) : be16(p); };
    auto u32 = [little](const std::uint8_t* p) { return little ? le32(p) : be32(p); };
    std::vector<std::uint8_t> b;
    if (!r.read(base + ifd, 2, b)) return false;
    const int count = u16(b.data());
    if (!r.read(base + ifd + 2, static_cast<std::size_t>(count) * 12, b)) return false;
    for (int i = 0; i < count; ++i) {
        const std::uint8_t* e = b.data() + i * 12;
        if (u16(e) != tag) continue;
        const auto type = u16(e + 2);
        const auto n = u32(e + 4);
        if (type == 3 && n <= 2) {  // SHORT(s) stored inline
            value = u16(e + 8);
        } else if (type == 4 && n == 1) {
            value = u32(e + 8);
        } else if (type == 3) {  // several SHORTs stored elsewhere: take the first
            std::vector<std::uint8_t> v;
            if (!r.read(base + u32(e + 8), 2, v)) return false;
            value = u16(v.data());
        } else {
            return false;
        }
        return true;
    }
    return false;
}

Result<RasterHeader> readRasterHeader(ImageFileReader& reader, FileKind kind,
                                      const std::string& file) {
    switch (kind) {
        case FileKind::Jpeg:
            return readJpegHeader(reader, file);
        case FileKind::Png:
            return readPng(reader, file);
        case FileKind::Tiff:
            return readTiff(reader, file);
        case FileKind::Bmp:
            return readBmp(reader, file);
        case FileKind::WebP:
            return readWebP(reader, file);
        default:
            break;
    }
    return fail(ErrorCode::UnsupportedFormat, file, "not a raster image");
}

}  // namespace dermalens::detail
