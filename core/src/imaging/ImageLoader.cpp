// Public entry points: sniff the content, then hand over to the raster or DICOM decoder.
#include "dermalens/imaging/ImageLoader.h"

#include <algorithm>
#include <cctype>
#include <exception>
#include <system_error>

#include "dicom/DicomDecoder.h"
#include "imaging/ImageFileReader.h"
#include "imaging/RasterDecoder.h"
#include "imaging/RasterHeader.h"

namespace dermalens {
namespace {

using detail::FileKind;

// Opens the file and recognises its format, or says plainly why it cannot.
Result<FileKind> sniff(const std::filesystem::path& path, detail::ImageFileReader& reader) {
    const std::string file = path.string();
    std::error_code ec;
    if (!std::filesystem::exists(path, ec))
        return fail(ErrorCode::NotFound, file, "file not found");
    if (!std::filesystem::is_regular_file(path, ec))
        return fail(ErrorCode::Unreadable, file, "not a regular file");
    if (!reader.isOpen()) return fail(ErrorCode::Unreadable, file, "file cannot be opened");
    if (reader.size() == 0) return fail(ErrorCode::Corrupt, file, "file is empty");
    std::vector<std::uint8_t> head;
    reader.read(0, static_cast<std::size_t>(std::min<std::uint64_t>(reader.size(), 132)), head);
    const FileKind kind = detail::sniffKind(head);
    if (kind == FileKind::Unknown)
        return fail(ErrorCode::UnsupportedFormat, file,
                    "not a supported image (content is not JPEG, PNG, TIFF, BMP, WebP or DICOM)");
    return kind;
}

Result<Image> load(const std::filesystem::path& path, const LoadOptions& options) {
    detail::ImageFileReader reader(path);
    auto kind = sniff(path, reader);
    if (!kind) return tl::unexpected(kind.error());
    if (*kind == FileKind::Dicom) return detail::loadDicom(path, options);
    auto header = detail::readRasterHeader(reader, *kind, path.string());
    if (!header) return tl::unexpected(header.error());
    return detail::decodeRaster(path, reader, *header, options);
}

Result<ImageMetadata> metadata(const std::filesystem::path& path) {
    detail::ImageFileReader reader(path);
    auto kind = sniff(path, reader);
    if (!kind) return tl::unexpected(kind.error());
    if (*kind == FileKind::Dicom) return detail::readDicomFileMetadata(path);
    auto header = detail::readRasterHeader(reader, *kind, path.string());
    if (!header) return tl::unexpected(header.error());
    return detail::rasterMetadata(path, *header);
}

}  // namespace

Result<Image> loadImage(const std::filesystem::path& path, const LoadOptions& options) {
    try {
        return load(path, options);
    } catch (const std::exception& e) {  // last line of defence: nothing escapes the API
        return fail(ErrorCode::Internal, path.string(), std::string("decode failed: ") + e.what());
    }
}

Result<ImageMetadata> readMetadata(const std::filesystem::path& path) {
    try {
        return metadata(path);
    } catch (const std::exception& e) {
        return fail(ErrorCode::Internal, path.string(), std::string("read failed: ") + e.what());
    }
}

bool looksLikeDicom(const std::filesystem::path& path) {
    try {
        detail::ImageFileReader reader(path);
        std::vector<std::uint8_t> head;
        if (!reader.read(0, static_cast<std::size_t>(std::min<std::uint64_t>(reader.size(), 132)),
                         head))
            return false;
        return detail::sniffKind(head) == FileKind::Dicom;
    } catch (const std::exception&) {
        return false;
    }
}

bool hasSupportedExtension(const std::filesystem::path& path) {
    std::string ext = path.extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    static const char* const kKnown[] = {"",      ".jpg", ".jpeg", ".png", ".tif",
                                         ".tiff", ".bmp", ".webp", ".dcm", ".dicom"};
    return std::any_of(std::begin(kKnown), std::end(kKnown),
                       [&](const char* known) { return ext == known; });
}

}  // namespace dermalens
