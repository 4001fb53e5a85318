// libFuzzer target: the raster loader (JPEG, PNG, TIFF, BMP, WebP: header parsers, OpenCV's
// decoders, EXIF orientation, thumbnails). The loader reads files, so the input becomes one.
#include "FuzzSupport.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace dermalens::fuzz;
    static const auto path = scratchDir() / "input";
    writeFile(path, data, size);
    loadEveryWay(path);
    return 0;
}
