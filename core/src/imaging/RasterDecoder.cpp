#include "imaging/RasterDecoder.h"

#include <algorithm>
#include <new>
#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include "dermalens/text/Utf8.h"

namespace dermalens::detail {
namespace {

bool swapsAxes(int orientation) { return orientation >= 5 && orientation <= 8; }

// Largest JPEG DCT reduction (1, 2, 4, 8) that keeps the longer side >= max_dimension,
// so libjpeg never materialises the full-size image for a thumbnail.
int jpegReduction(const RasterHeader& h, int maxDimension) {
    if (maxDimension <= 0 || h.kind != FileKind::Jpeg || h.bits != 8) return 1;
    const int longer = std::max(h.width, h.height);
    int factor = 1;
    while (factor < 8 && longer / (factor * 2) >= maxDimension) factor *= 2;
    return factor;
}

int imreadFlags(int reduction) {
    switch (reduction) {
        case 2:
            return cv::IMREAD_REDUCED_COLOR_2 | cv::IMREAD_IGNORE_ORIENTATION;
        case 4:
            return cv::IMREAD_REDUCED_COLOR_4 | cv::IMREAD_IGNORE_ORIENTATION;
        case 8:
            return cv::IMREAD_REDUCED_COLOR_8 | cv::IMREAD_IGNORE_ORIENTATION;
        default:
            break;
    }
    // Orientation is applied by us (from our own EXIF parse) so all depths behave alike.
    return cv::IMREAD_ANYDEPTH | cv::IMREAD_ANYCOLOR | cv::IMREAD_IGNORE_ORIENTATION;
}

// 16-bit samples are scaled by 1/257 (65535 -> 255); float data is assumed to lie in [0, 1].
void toEightBit(cv::Mat& m) {
    if (m.depth() == CV_8U) return;
    double scale = 1.0;
    if (m.depth() == CV_16U || m.depth() == CV_16S) scale = 1.0 / 257.0;
    if (m.depth() == CV_32F || m.depth() == CV_64F) scale = 255.0;
    cv::Mat out;
    m.convertTo(out, CV_8U, scale);
    m = out;
}

// cv::cvtColor copies its source when asked to work in place, which doubles the peak for a
// large photo; swapping channels band by band keeps the extra memory to one band.
void bgrToRgbInPlace(cv::Mat& m) {
    constexpr int kBand = 256;
    cv::Mat band;
    for (int y = 0; y < m.rows; y += kBand) {
        cv::Mat rows = m.rowRange(y, std::min(m.rows, y + kBand));
        cv::cvtColor(rows, band, cv::COLOR_BGR2RGB);
        band.copyTo(rows);
    }
}

void toRgb(cv::Mat& m) {
    cv::Mat out;
    switch (m.channels()) {
        case 1:
            cv::cvtColor(m, out, cv::COLOR_GRAY2RGB);
            m = out;
            break;
        case 3:
            bgrToRgbInPlace(m);
            break;
        case 4:
            cv::cvtColor(m, out, cv::COLOR_BGRA2RGB);
            m = out;
            break;
        default:
            break;
    }
}

// A JPEG cut short has no EOI marker after its first scan (entropy data never holds FF D9).
bool jpegComplete(ImageFileReader& reader, const RasterHeader& h) {
    return h.kind != FileKind::Jpeg || reader.containsPair(h.scan_offset, 0xFF, 0xD9);
}

Result<cv::Mat> readPixels(const std::filesystem::path& path, int flags) {
    const std::string file = path.string();
    try {
        cv::Mat m = cv::imread(file, flags);
        if (m.empty())
            return fail(ErrorCode::Corrupt, file,
                        "image data could not be decoded (truncated or corrupt)");
        return m;
    } catch (const cv::Exception& e) {
        return fail(ErrorCode::Corrupt, file, std::string("image decoder failed: ") + e.what());
    } catch (const std::bad_alloc&) {
        return fail(ErrorCode::TooLarge, file, "not enough memory to decode the image");
    }
}

}  // namespace

void fitWithin(cv::Mat& m, int maxDimension) {
    const int longer = std::max(m.cols, m.rows);
    if (maxDimension <= 0 || longer <= maxDimension) return;
    const double f = static_cast<double>(maxDimension) / longer;
    cv::Mat out;
    cv::resize(m, out,
               cv::Size(std::max(1, static_cast<int>(m.cols * f + 0.5)),
                        std::max(1, static_cast<int>(m.rows * f + 0.5))),
               0, 0, cv::INTER_AREA);
    m = out;
}

void applyExifOrientation(cv::Mat& m, int orientation) {
    cv::Mat t;
    switch (orientation) {
        case 2:
            cv::flip(m, m, 1);
            break;
        case 3:
            cv::flip(m, m, -1);
            break;
        case 4:
            cv::flip(m, m, 0);
            break;
        case 5:
            cv::transpose(m, t);
            m = t;
            break;
        case 6:
            cv::rotate(m, t, cv::ROTATE_90_CLOCKWISE);
            m = t;
            break;
        case 7:
            cv::transpose(m, t);
            cv::flip(t, m, -1);
            break;
        case 8:
            cv::rotate(m, t, cv::ROTATE_90_COUNTERCLOCKWISE);
            m = t;
            break;
        default:
            break;
    }
}

ImageMetadata rasterMetadata(const std::filesystem::path& path, const RasterHeader& h) {
    ImageMetadata meta;
    meta.source_path = utf8OrLatin1(path.string());  // a name from a foreign disk may not be UTF-8
    meta.format = kindName(h.kind);
    const bool swap = swapsAxes(h.orientation);
    meta.original_width = swap ? h.height : h.width;
    meta.original_height = swap ? h.width : h.height;
    meta.original_bits = h.bits;
    meta.original_channels = h.channels;
    meta.exif_orientation = h.orientation;
    return meta;
}

Result<Image> decodeRaster(const std::filesystem::path& path, ImageFileReader& reader,
                           const RasterHeader& h, const LoadOptions& options) {
    const std::string file = path.string();
    if (h.width <= 0 || h.height <= 0)
        return fail(ErrorCode::Corrupt, file, "header gives an empty image size");
    const auto pixels = static_cast<std::uint64_t>(h.width) * static_cast<std::uint64_t>(h.height);
    if (pixels > options.max_pixels)
        return fail(ErrorCode::TooLarge, file,
                    "image is " + std::to_string(h.width) + " x " + std::to_string(h.height) +
                        " pixels, above the limit of " + std::to_string(options.max_pixels));
    if (!jpegComplete(reader, h))
        return fail(ErrorCode::Corrupt, file, "JPEG data is truncated (no end-of-image marker)");
    auto decoded = readPixels(path, imreadFlags(jpegReduction(h, options.max_dimension)));
    if (!decoded) return tl::unexpected(decoded.error());
    Image image{std::move(*decoded), rasterMetadata(path, h)};
    try {
        toEightBit(image.pixels);
        toRgb(image.pixels);
        applyExifOrientation(image.pixels, h.orientation);
        fitWithin(image.pixels, options.max_dimension);
    } catch (const cv::Exception& e) {
        return fail(ErrorCode::Internal, file, std::string("image conversion failed: ") + e.what());
    }
    if (image.pixels.type() != CV_8UC3)
        return fail(ErrorCode::UnsupportedFormat, file, "unsupported channel layout");
    image.meta.decode_scale = static_cast<double>(image.pixels.cols) / image.meta.original_width;
    return image;
}

}  // namespace dermalens::detail
