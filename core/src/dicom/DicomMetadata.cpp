#include "dicom/DicomMetadata.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdatset.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcmetinf.h>
#include <dcmtk/dcmdata/dcxfer.h>

namespace dermalens::detail {
namespace {

std::string text(DcmItem& item, const DcmTagKey& key) {
    OFString value;
    if (item.findAndGetOFStringArray(key, value).good()) return value.c_str();
    return {};
}

std::string firstOf(DcmItem& item, std::initializer_list<DcmTagKey> keys) {
    for (const auto& key : keys) {
        auto value = text(item, key);
        if (!value.empty()) return value;
    }
    return {};
}

std::string bodySite(DcmItem& ds) {
    DcmItem* region = nullptr;
    if (ds.findAndGetSequenceItem(DCM_AnatomicRegionSequence, region, 0).good() && region) {
        auto meaning = text(*region, DCM_CodeMeaning);
        if (!meaning.empty()) return meaning;
    }
    return text(ds, DCM_BodyPartExamined);
}

void pixelSpacing(DcmItem& ds, ImageMetadata& m) {
    for (const auto& key : {DCM_PixelSpacing, DCM_ImagerPixelSpacing}) {
        Float64 row = 0, col = 0;
        if (ds.findAndGetFloat64(key, row, 0).good() && ds.findAndGetFloat64(key, col, 1).good() &&
            row > 0 && col > 0) {
            m.pixel_spacing_row_mm = row;
            m.pixel_spacing_col_mm = col;
            return;
        }
    }
}

long number(DcmItem& ds, const DcmTagKey& key, long fallback) {
    Sint32 value = 0;
    if (ds.findAndGetSint32(key, value).good()) return value;
    Uint16 u = 0;
    if (ds.findAndGetUint16(key, u).good()) return u;
    return fallback;
}

}  // namespace

ImageMetadata readDicomMetadata(DcmDataset& ds, DcmMetaInfo* metaInfo, const std::string& file) {
    ImageMetadata m;
    m.source_path = file;
    m.format = "DICOM";
    m.patient_id = text(ds, DCM_PatientID);
    m.patient_name = text(ds, DCM_PatientName);
    m.patient_sex = text(ds, DCM_PatientSex);
    m.patient_birth_date = text(ds, DCM_PatientBirthDate);
    m.study_instance_uid = text(ds, DCM_StudyInstanceUID);
    m.series_instance_uid = text(ds, DCM_SeriesInstanceUID);
    m.sop_instance_uid = text(ds, DCM_SOPInstanceUID);
    m.sop_class_uid = text(ds, DCM_SOPClassUID);
    m.modality = text(ds, DCM_Modality);
    m.acquisition_date = firstOf(ds, {DCM_AcquisitionDate, DCM_ContentDate, DCM_StudyDate});
    m.body_site = bodySite(ds);
    m.laterality = firstOf(ds, {DCM_ImageLaterality, DCM_Laterality});
    m.photometric = text(ds, DCM_PhotometricInterpretation);
    std::string uid = metaInfo ? text(*metaInfo, DCM_TransferSyntaxUID) : std::string();
    const DcmXfer xfer = uid.empty() ? DcmXfer(ds.getOriginalXfer()) : DcmXfer(uid.c_str());
    m.transfer_syntax = xfer.getXfer() == EXS_Unknown ? uid : xfer.getXferName();
    pixelSpacing(ds, m);
    m.original_width = static_cast<int>(number(ds, DCM_Columns, 0));
    m.original_height = static_cast<int>(number(ds, DCM_Rows, 0));
    m.original_bits = static_cast<int>(number(ds, DCM_BitsAllocated, 8));
    m.original_channels = static_cast<int>(number(ds, DCM_SamplesPerPixel, 1));
    m.frame_count = static_cast<int>(number(ds, DCM_NumberOfFrames, 1));
    return m;
}

Result<DicomGeometry> readDicomGeometry(DcmDataset& ds, const std::string& file) {
    DicomGeometry g;
    g.rows = number(ds, DCM_Rows, 0);
    g.columns = number(ds, DCM_Columns, 0);
    g.frames = number(ds, DCM_NumberOfFrames, 1);
    g.samples = number(ds, DCM_SamplesPerPixel, 0);
    g.bits_allocated = number(ds, DCM_BitsAllocated, 0);
    g.bits_stored = number(ds, DCM_BitsStored, g.bits_allocated);
    g.photometric = text(ds, DCM_PhotometricInterpretation);
    if (g.rows <= 0 || g.columns <= 0)
        return fail(ErrorCode::Corrupt, file, "Rows/Columns missing or zero");
    if (g.frames <= 0) return fail(ErrorCode::Corrupt, file, "Number of Frames is not positive");
    if (g.samples != 1 && g.samples != 3)
        return fail(ErrorCode::UnsupportedFormat, file,
                    "Samples per Pixel is " + std::to_string(g.samples) + " (1 or 3 supported)");
    if (g.bits_allocated != 8 && g.bits_allocated != 16)
        return fail(
            ErrorCode::UnsupportedFormat, file,
            "Bits Allocated is " + std::to_string(g.bits_allocated) + " (8 or 16 supported)");
    if (g.bits_stored < 1 || g.bits_stored > g.bits_allocated)
        return fail(ErrorCode::Corrupt, file,
                    "Bits Stored is " + std::to_string(g.bits_stored) + " for " +
                        std::to_string(g.bits_allocated) + " bits allocated");
    if (g.photometric.empty())
        return fail(ErrorCode::Corrupt, file, "Photometric Interpretation is missing");
    return g;
}

}  // namespace dermalens::detail
