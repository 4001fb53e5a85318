#include "SyntheticImages.h"

#include <cmath>
#include <fstream>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>
#include <stdexcept>

namespace dermalens::test {

cv::Mat makeLesionImage(int width, int height, unsigned seed) {
    cv::Mat img(height, width, CV_8UC3, cv::Scalar(224, 172, 150));  // skin, RGB
    cv::RNG rng(seed);
    const cv::Point centre(width / 2 + rng.uniform(-width / 10, width / 10 + 1),
                           height / 2 + rng.uniform(-height / 10, height / 10 + 1));
    const cv::Size axes(std::max(2, width / 4), std::max(2, height / 5));
    cv::ellipse(img, centre, axes, rng.uniform(0, 180), 0, 360, cv::Scalar(120, 72, 48), cv::FILLED,
                cv::LINE_AA);
    cv::circle(img, centre + cv::Point(axes.width / 3, 0), std::max(1, axes.height / 2),
               cv::Scalar(70, 40, 30), cv::FILLED, cv::LINE_AA);
    cv::Mat noise(height, width, CV_8UC3);
    rng.fill(noise, cv::RNG::UNIFORM, 0, 12);
    img += noise;
    const int k = std::max(3, (std::min(width, height) / 40) | 1);
    cv::GaussianBlur(img, img, cv::Size(k, k), 0);
    return img;
}

cv::Mat makeGreyImage(int width, int height) {
    cv::Mat img(height, width, CV_8UC1);
    for (int y = 0; y < height; ++y)
        for (int x = 0; x < width; ++x)
            img.at<std::uint8_t>(y, x) = static_cast<std::uint8_t>((x * 3 + y * 5) % 200 + 20);
    cv::circle(img, cv::Point(width / 2, height / 2), std::max(1, std::min(width, height) / 5),
               cv::Scalar(250), cv::FILLED);
    return img;
}

cv::Mat to16Bit(const cv::Mat& eightBit) {
    cv::Mat out;
    eightBit.convertTo(out, CV_16U, 257.0);
    return out;
}

const char* rasterExtension(RasterFormat format) {
    switch (format) {
        case RasterFormat::Jpeg:
            return ".jpg";
        case RasterFormat::Png:
            return ".png";
        case RasterFormat::Tiff:
            return ".tif";
        case RasterFormat::Bmp:
            return ".bmp";
        case RasterFormat::WebP:
            return ".webp";
    }
    return "";
}

namespace {

std::vector<int> encodeParams(RasterFormat format, int quality) {
    switch (format) {
        case RasterFormat::Jpeg:
            return {cv::IMWRITE_JPEG_QUALITY, quality};
        case RasterFormat::WebP:
            return {cv::IMWRITE_WEBP_QUALITY, 101};  // > 100: lossless
        default:
            return {};
    }
}

cv::Mat toBgr(const cv::Mat& pixels) {
    if (pixels.channels() != 3) return pixels;
    cv::Mat bgr;
    cv::cvtColor(pixels, bgr, cv::COLOR_RGB2BGR);
    return bgr;
}

std::vector<std::uint8_t> encode(const cv::Mat& pixels, RasterFormat format, int quality) {
    std::vector<std::uint8_t> bytes;
    if (!cv::imencode(rasterExtension(format), toBgr(pixels), bytes, encodeParams(format, quality)))
        throw std::runtime_error(std::string("cannot encode ") + rasterExtension(format));
    return bytes;
}

void put16(std::vector<std::uint8_t>& b, unsigned v) {
    b.push_back(static_cast<std::uint8_t>(v >> 8));
    b.push_back(static_cast<std::uint8_t>(v & 0xff));
}

// APP1 "Exif" segment: big-endian TIFF header, IFD0 with one SHORT Orientation entry.
std::vector<std::uint8_t> exifSegment(int orientation) {
    std::vector<std::uint8_t> tiff = {'M', 'M', 0, 42, 0, 0, 0, 8};
    put16(tiff, 1);                         // one entry
    put16(tiff, 0x0112);                    // Orientation
    put16(tiff, 3);                         // SHORT
    tiff.insert(tiff.end(), {0, 0, 0, 1});  // count 1
    put16(tiff, static_cast<unsigned>(orientation));
    put16(tiff, 0);                         // value padding
    tiff.insert(tiff.end(), {0, 0, 0, 0});  // no next IFD
    std::vector<std::uint8_t> seg = {0xFF, 0xE1};
    put16(seg, static_cast<unsigned>(2 + 6 + tiff.size()));
    seg.insert(seg.end(), {'E', 'x', 'i', 'f', 0, 0});
    seg.insert(seg.end(), tiff.begin(), tiff.end());
    return seg;
}

}  // namespace

void writeRaster(const std::filesystem::path& path, const cv::Mat& pixels, RasterFormat format,
                 int quality) {
    writeBytes(path, encode(pixels, format, quality));
}

void writeJpegWithExifOrientation(const std::filesystem::path& path, const cv::Mat& rgb,
                                  int orientation, int quality) {
    auto jpeg = encode(rgb, RasterFormat::Jpeg, quality);
    const auto seg = exifSegment(orientation);
    jpeg.insert(jpeg.begin() + 2, seg.begin(), seg.end());  // right after SOI
    writeBytes(path, jpeg);
}

double meanAbsDiff(const cv::Mat& a, const cv::Mat& b) {
    if (a.size() != b.size() || a.type() != b.type()) return 1e9;
    cv::Mat diff;
    cv::absdiff(a, b, diff);
    const cv::Scalar m = cv::mean(diff);
    double sum = 0;
    for (int c = 0; c < a.channels(); ++c) sum += m[c];
    return sum / a.channels();
}

double maxAbsDiff(const cv::Mat& a, const cv::Mat& b) {
    if (a.size() != b.size() || a.type() != b.type()) return 1e9;
    return cv::norm(a, b, cv::NORM_INF);
}

std::vector<std::uint8_t> readBytes(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error("cannot read " + path.string());
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

void writeBytes(const std::filesystem::path& path, const std::vector<std::uint8_t>& bytes) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(reinterpret_cast<const char*>(bytes.data()),
              static_cast<std::streamsize>(bytes.size()));
    if (!out) throw std::runtime_error("cannot write " + path.string());
}

void truncateFile(const std::filesystem::path& path, double fraction) {
    auto bytes = readBytes(path);
    bytes.resize(static_cast<std::size_t>(static_cast<double>(bytes.size()) * fraction));
    writeBytes(path, bytes);
}

}  // namespace dermalens::test
