#include "dicom/DicomDecoder.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dccodec.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcmetinf.h>
#include <dcmtk/dcmdata/dcxfer.h>
#include <dcmtk/dcmimage/diregist.h>  // registers colour support with DicomImage
#include <dcmtk/dcmimgle/dcmimage.h>

#include <algorithm>
#include <memory>
#include <new>
#include <opencv2/imgproc.hpp>

#include "dicom/DicomCodecs.h"
#include "dicom/DicomMetadata.h"
#include "imaging/RasterDecoder.h"

namespace dermalens::detail {
namespace {

Result<void> checkSyntax(const DcmXfer& info, const std::string& uid, const std::string& file) {
    if (info.getXfer() == EXS_Unknown)
        return fail(ErrorCode::UnsupportedFormat, file,
                    "unknown transfer syntax UID '" + uid + "'");
    if (info.isEncapsulated() &&
        !DcmCodecList::canChangeCoding(info.getXfer(), EXS_LittleEndianExplicit))
        return fail(ErrorCode::UnsupportedFormat, file,
                    std::string("transfer syntax '") + info.getXferName() +
                        "' is not supported (no decoder)");
    return {};
}

// Reads only the File Meta Information so that an unsupported transfer syntax is named even
// when the dataset cannot be parsed under it. Files without a meta header pass. The load
// status is ignored on purpose: DCMTK reports one for an unknown UID yet keeps what it read,
// even an element whose damaged length runs past the file; reading that one would allocate
// its whole length (GBs), so a UID longer than the 64 characters DICOM allows passes on too.
Result<void> checkDeclaredSyntax(const std::string& file) {
    DcmFileFormat ff;
    (void)ff.loadFile(file.c_str(), EXS_Unknown, EGL_noChange, DCM_MaxReadLength, ERM_metaOnly);
    DcmElement* element = nullptr;
    OFString uid;
    if (ff.getMetaInfo()->findAndGetElement(DCM_TransferSyntaxUID, element).bad() ||
        element == nullptr || element->getLengthField() > 64 ||
        element->getOFString(uid, 0).bad() || uid.empty())
        return {};
    return checkSyntax(DcmXfer(uid.c_str()), uid.c_str(), file);
}

std::uint64_t frameBytes(const DicomGeometry& g) {
    const bool subsampled = g.photometric.find("422") != std::string::npos;
    const std::uint64_t samples = subsampled ? 2 : static_cast<std::uint64_t>(g.samples);
    return static_cast<std::uint64_t>(g.rows) * static_cast<std::uint64_t>(g.columns) * samples *
           static_cast<std::uint64_t>(g.bits_allocated / 8);
}

// Size and presence checks done before any pixel is decoded.
Result<void> checkPixelData(DcmDataset& ds, const DicomGeometry& g, E_TransferSyntax xfer,
                            const LoadOptions& options, const std::string& file) {
    DcmElement* pixelData = nullptr;
    if (ds.findAndGetElement(DCM_PixelData, pixelData).bad() || !pixelData)
        return fail(ErrorCode::UnsupportedFormat, file, "DICOM file has no pixel data");
    const auto pixels = static_cast<std::uint64_t>(g.rows) * static_cast<std::uint64_t>(g.columns);
    if (pixels > options.max_pixels)
        return fail(ErrorCode::TooLarge, file,
                    "image is " + std::to_string(g.columns) + " x " + std::to_string(g.rows) +
                        " pixels, above the limit of " + std::to_string(options.max_pixels));
    if (options.frame < 0 || options.frame >= g.frames)
        return fail(ErrorCode::InvalidArgument, file,
                    "frame " + std::to_string(options.frame) + " is out of range (file has " +
                        std::to_string(g.frames) + " frame(s))");
    if (!DcmXfer(xfer).isEncapsulated() &&
        pixelData->getLength() < frameBytes(g) * static_cast<std::uint64_t>(g.frames))
        return fail(ErrorCode::Corrupt, file,
                    "pixel data is shorter than Rows x Columns x Frames requires");
    return {};
}

ErrorCode codeFor(EI_Status status) {
    switch (status) {
        case EIS_NotSupportedValue:
            return ErrorCode::UnsupportedFormat;
        case EIS_MemoryFailure:
            return ErrorCode::TooLarge;
        default:
            return ErrorCode::Corrupt;
    }
}

Result<cv::Mat> render(DicomImage& di, const std::string& file) {
    if (di.getStatus() != EIS_Normal)
        return fail(
            codeFor(di.getStatus()), file,
            std::string("pixel data cannot be decoded: ") + DicomImage::getString(di.getStatus()));
    const bool mono = di.isMonochrome();
    if (mono && di.getWindowCount() > 0) di.setWindow(0);
    cv::Mat out(static_cast<int>(di.getHeight()), static_cast<int>(di.getWidth()),
                mono ? CV_8UC1 : CV_8UC3);
    const auto size = out.total() * out.elemSize();
    if (di.getOutputDataSize(8) != size || !di.getOutputData(out.data, size, 8, 0, 0))
        return fail(ErrorCode::Corrupt, file, "pixel data cannot be rendered");
    if (mono) cv::cvtColor(out, out, cv::COLOR_GRAY2RGB);
    return out;
}

Result<Image> decode(const std::filesystem::path& path, const LoadOptions& options) {
    const std::string file = path.string();
    ensureDicomCodecsRegistered();
    if (auto declared = checkDeclaredSyntax(file); !declared)
        return tl::unexpected(declared.error());
    DcmFileFormat ff;
    const OFCondition status = ff.loadFile(file.c_str());
    if (status.bad())
        return fail(ErrorCode::Corrupt, file,
                    std::string("not a readable DICOM file (") + status.text() + ")");
    DcmDataset& ds = *ff.getDataset();
    const E_TransferSyntax xfer = ds.getOriginalXfer();
    if (auto ok = checkSyntax(DcmXfer(xfer), "", file); !ok) return tl::unexpected(ok.error());
    auto geometry = readDicomGeometry(ds, file);
    if (!geometry) return tl::unexpected(geometry.error());
    if (auto ok = checkPixelData(ds, *geometry, xfer, options, file); !ok)
        return tl::unexpected(ok.error());
    Image image{cv::Mat(), readDicomMetadata(ds, ff.getMetaInfo(), file)};
    {
        DicomImage di(&ds, xfer, CIF_UsePartialAccessToPixelData,
                      static_cast<unsigned long>(options.frame), 1);
        auto pixels = render(di, file);
        if (!pixels) return tl::unexpected(pixels.error());
        image.pixels = std::move(*pixels);
    }
    image.meta.frame_index = options.frame;
    fitWithin(image.pixels, options.max_dimension);
    image.meta.decode_scale =
        static_cast<double>(image.pixels.cols) / std::max(1, image.meta.original_width);
    return image;
}

}  // namespace

Result<Image> loadDicom(const std::filesystem::path& path, const LoadOptions& options) {
    try {
        return decode(path, options);
    } catch (const std::bad_alloc&) {
        return fail(ErrorCode::TooLarge, path.string(), "not enough memory to decode the image");
    } catch (const std::exception& e) {
        return fail(ErrorCode::Internal, path.string(),
                    std::string("DICOM decode failed: ") + e.what());
    }
}

Result<ImageMetadata> readDicomFileMetadata(const std::filesystem::path& path) {
    const std::string file = path.string();
    ensureDicomCodecsRegistered();  // also quiets DCMTK's "skipping rest of dataset" warning
    try {
        DcmFileFormat ff;
        const OFCondition status =
            ff.loadFileUntilTag(file.c_str(), EXS_Unknown, EGL_noChange, DCM_MaxReadLength,
                                ERM_autoDetect, DCM_PixelData);
        if (status.bad())
            return fail(ErrorCode::Corrupt, file,
                        std::string("not a readable DICOM file (") + status.text() + ")");
        return readDicomMetadata(*ff.getDataset(), ff.getMetaInfo(), file);
    } catch (const std::exception& e) {
        return fail(ErrorCode::Internal, file, std::string("DICOM read failed: ") + e.what());
    }
}

}  // namespace dermalens::detail
