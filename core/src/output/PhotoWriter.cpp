#include "output/PhotoWriter.h"

#include <array>
#include <cstdio>

#include "dermalens/imaging/ImageLoader.h"
#include "dermalens/output/DicomUid.h"
#include "dicom/DicomCodecs.h"
#include "output/BodySiteCodes.h"

namespace dermalens::output {
namespace {

// Image Pixel and acquisition attributes carried over from a DICOM source.
const std::array<DcmTagKey, 18> kPixelTags{DCM_SamplesPerPixel,
                                           DCM_PhotometricInterpretation,
                                           DCM_Rows,
                                           DCM_Columns,
                                           DCM_BitsAllocated,
                                           DCM_BitsStored,
                                           DCM_HighBit,
                                           DCM_PixelRepresentation,
                                           DCM_PlanarConfiguration,
                                           DCM_NumberOfFrames,
                                           DCM_ICCProfile,
                                           DCM_LossyImageCompression,
                                           DCM_LossyImageCompressionRatio,
                                           DCM_LossyImageCompressionMethod,
                                           DCM_PixelData,
                                           DCM_AcquisitionDateTime,
                                           DCM_FrameIncrementPointer,
                                           DCM_FrameOfReferenceUID};

std::string formatSpacing(double mm) {
    std::array<char, 32> text{};
    std::snprintf(text.data(), text.size(), "%.6g", mm);
    return text.data();
}

Result<void> rasterPixels(DatasetWriter& out, const PhotoInput& in) {
    auto image = loadImage(in.file);
    if (!image) return tl::unexpected(image.error());
    if (image->width() > 65535 || image->height() > 65535)
        return fail(ErrorCode::TooLarge, in.file.string(),
                    "DICOM rows and columns stop at 65535 pixels");
    writeRgbPixels(out, image->pixels);
    const bool lossy = in.format == "JPEG" || in.format == "WEBP";
    out.put(DCM_LossyImageCompression, lossy ? "01" : "00");
    if (in.format == "JPEG") out.put(DCM_LossyImageCompressionMethod, "ISO_10918_1");
    return {};
}

Result<E_TransferSyntax> dicomPixels(DcmItem& target, const PhotoInput& in) {
    detail::ensureDicomCodecsRegistered();
    DcmFileFormat source;
    if (OFCondition c = source.loadFile(in.file.c_str()); c.bad())
        return dicomFailure(in.file.string(), "read the DICOM source", c);
    DcmDataset* dataset = source.getDataset();
    for (const DcmTagKey& tag : kPixelTags) {
        const OFCondition c = dataset->findAndInsertCopyOfElement(tag, &target);
        if (c.bad() && c != EC_TagNotFound)
            return dicomFailure(in.file.string(), "copy the pixel data", c);
    }
    // Type 2: what the transfer syntax says when it is lossy, else unknown (the source may
    // have been compressed before it was DICOM).
    if (!target.tagExists(DCM_LossyImageCompression)) {
        const DcmXfer xfer(dataset->getOriginalXfer());
        target.putAndInsertString(DCM_LossyImageCompression, xfer.isLossy() ? "01" : "");
    }
    return dataset->getOriginalXfer();
}

// Dermoscopic Photography only: its Frame of Reference (mandatory; a photo is its own spatial
// frame) and the Dermoscopic Image module's acquisition conditions, unknown for an import.
void writeFrameAndOptics(DatasetWriter& out, const PhotoInput& in, const ObjectContext& c) {
    out.put(DCM_PatientOrientation, "");
    if (in.kind != ImageKind::Dermoscopic) {
        out.item().findAndDeleteElement(DCM_FrameOfReferenceUID);  // not in VL Photographic
        return;
    }
    if (!out.item().tagExists(DCM_FrameOfReferenceUID))
        out.put(DCM_FrameOfReferenceUID,
                uidFromName("frame-of-reference|" + c.instance.sop_instance));
    out.put(DCM_PositionReferenceIndicator, "");
    // A dermoscope shows a few millimetres of skin: nothing that identifies a person.
    out.put(DCM_RecognizableVisualFeatures, "NO");
    for (const DcmTagKey& tag : {DCM_LightSourcePolarization, DCM_EmitterColorTemperature,
                                 DCM_ContactMethod, DCM_OpticalMagnificationFactor})
        if (!out.item().tagExists(tag)) out.put(tag, "");
}

void writeSite(DatasetWriter& out, const PhotoInput& in) {
    if (auto site = bodySiteCode(in.body_site, in.body_site_code)) {
        DcmItem* item = out.newItem(DCM_AnatomicRegionSequence);
        if (item) out.check(writeCode(*item, *site), "AnatomicRegionSequence");
    }
    const std::string side = dicomLaterality(in.laterality);
    out.put(DCM_ImageLaterality, side.empty() ? "U" : side);
}

void writeAcquisition(DatasetWriter& out, const PhotoInput& in, const ObjectContext& c) {
    const std::string date = in.acquisition_date.empty() ? c.study.date : in.acquisition_date;
    if (!out.item().tagExists(DCM_AcquisitionDateTime)) out.put(DCM_AcquisitionDateTime, date);
    if (in.pixel_spacing_mm && *in.pixel_spacing_mm > 0) {
        const std::string s = formatSpacing(*in.pixel_spacing_mm);
        out.put(DCM_PixelSpacing, s + "\\" + s);
    }
    out.emptySequence(DCM_AcquisitionContextSequence);
    if (in.lesion_number > 0) out.put(DCM_LesionNumber, std::to_string(in.lesion_number));
}

}  // namespace

const char* photoSopClass(ImageKind kind) {
    return kind == ImageKind::Dermoscopic ? kDermoscopicClass : kVlPhotographicClass;
}

bool isPhotoSopClass(const std::string& sop_class) {
    return sop_class == kDermoscopicClass || sop_class == kVlPhotographicClass;
}

const char* photoModality(ImageKind kind) { return kind == ImageKind::Dermoscopic ? "DMS" : "XC"; }

Result<DicomObject> writePhoto(const ObjectContext& context, const PhotoInput& in) {
    DicomObject object{std::make_unique<DcmFileFormat>(), EXS_LittleEndianExplicit};
    DcmDataset& dataset = *object.file->getDataset();
    DatasetWriter out(dataset, in.file.string());
    writeCommonModules(out, context);
    writeSoftwareEquipment(out);
    out.put(DCM_ImageType, "ORIGINAL\\PRIMARY");
    out.put(DCM_BurnedInAnnotation, "NO");
    if (in.keep_dicom_pixels) {
        auto syntax = dicomPixels(dataset, in);
        if (!syntax) return tl::unexpected(syntax.error());
        object.transfer_syntax = *syntax;
    } else if (auto pixels = rasterPixels(out, in); !pixels) {
        return tl::unexpected(pixels.error());
    }
    writeSite(out, in);
    writeAcquisition(out, in, context);
    writeFrameAndOptics(out, in, context);
    if (auto ok = out.result(); !ok) return tl::unexpected(ok.error());
    return object;
}

}  // namespace dermalens::output
