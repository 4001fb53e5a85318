#include "DicomFixtures.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcmetinf.h>
#include <dcmtk/dcmdata/dcrleerg.h>
#include <dcmtk/dcmdata/dcuid.h>
#include <dcmtk/dcmjpeg/djencode.h>
#include <dcmtk/dcmjpeg/djrplol.h>
#include <dcmtk/dcmjpeg/djrploss.h>
#include <dcmtk/dcmjpls/djencode.h>
#include <dcmtk/dcmjpls/djrparam.h>

#include <algorithm>
#include <cmath>
#include <memory>
#include <mutex>
#include <sstream>
#include <stdexcept>

namespace dermalens::test {
namespace {

void check(const OFCondition& c, const std::string& what) {
    if (c.bad()) throw std::runtime_error("DicomFixtures: " + what + ": " + c.text());
}

void registerEncoders() {
    static std::once_flag once;
    std::call_once(once, [] {
        // pUsePixelValues = false: keep monochrome values as they are; by default DCMTK
        // shifts lossy 8-bit grey data to its own min/max without saying so in the dataset.
        DJEncoderRegistration::registerCodecs(ECC_lossyYCbCr, EUC_default, OFFalse, 0, 0, 0, OFTrue,
                                              ESS_422, OFTrue, OFFalse, 0, 0, 0.0, 0.0, 0, 0, 0, 0,
                                              OFFalse);
        DJLSEncoderRegistration::registerCodecs();
        DcmRLEEncoderRegistration::registerCodecs();
    });
}

E_TransferSyntax xferOf(DicomSyntax s) {
    switch (s) {
        case DicomSyntax::ImplicitLittle:
            return EXS_LittleEndianImplicit;
        case DicomSyntax::ExplicitLittle:
            return EXS_LittleEndianExplicit;
        case DicomSyntax::ExplicitBig:
            return EXS_BigEndianExplicit;
        case DicomSyntax::JpegBaseline:
            return EXS_JPEGProcess1;
        case DicomSyntax::JpegLossless:
            return EXS_JPEGProcess14SV1;
        case DicomSyntax::JpegLsLossless:
            return EXS_JPEGLSLossless;
        case DicomSyntax::JpegLsNearLossless:
            return EXS_JPEGLSLossy;
        case DicomSyntax::Rle:
            return EXS_RLELossless;
    }
    return EXS_LittleEndianExplicit;
}

std::unique_ptr<DcmRepresentationParameter> paramsOf(DicomSyntax s) {
    switch (s) {
        case DicomSyntax::JpegBaseline:
            return std::make_unique<DJ_RPLossy>(90);
        case DicomSyntax::JpegLossless:
            return std::make_unique<DJ_RPLossless>(1, 0);
        case DicomSyntax::JpegLsLossless:
            return std::make_unique<DJLSRepresentationParameter>(0, OFTrue);
        case DicomSyntax::JpegLsNearLossless:
            return std::make_unique<DJLSRepresentationParameter>(2, OFFalse);
        default:
            return nullptr;
    }
}

std::uint8_t clamp8(double v) {
    return static_cast<std::uint8_t>(std::clamp(std::lround(v), 0L, 255L));
}

// RGB pixel -> DICOM YBR_FULL (PS3.3 C.7.6.3.1.2).
cv::Vec3b toYbr(const cv::Vec3b& p) {
    const double r = p[0], g = p[1], b = p[2];
    return {clamp8(0.299 * r + 0.587 * g + 0.114 * b),
            clamp8(-0.168736 * r - 0.331264 * g + 0.5 * b + 128),
            clamp8(0.5 * r - 0.418688 * g - 0.081312 * b + 128)};
}

template <typename T>
void appendColour(const cv::Mat& m, const DicomSpec& spec, const std::string& pi,
                  std::vector<T>& out) {
    const bool ybr = pi.rfind("YBR_FULL", 0) == 0;
    auto px = [&](int y, int x) -> cv::Vec<T, 3> {
        const auto v = m.at<cv::Vec<T, 3>>(y, x);
        if constexpr (sizeof(T) == 1) return ybr ? toYbr(v) : v;
        return v;
    };
    if (pi == "YBR_FULL_422") {  // Y1 Y2 Cb Cr per horizontal pair
        for (int y = 0; y < m.rows; ++y)
            for (int x = 0; x + 1 < m.cols; x += 2) {
                const auto a = px(y, x), b = px(y, x + 1);
                out.insert(out.end(), {a[0], b[0], static_cast<T>((a[1] + b[1] + 1) / 2),
                                       static_cast<T>((a[2] + b[2] + 1) / 2)});
            }
        return;
    }
    if (spec.planar_configuration == 1) {
        for (int c = 0; c < 3; ++c)
            for (int y = 0; y < m.rows; ++y)
                for (int x = 0; x < m.cols; ++x) out.push_back(px(y, x)[c]);
        return;
    }
    for (int y = 0; y < m.rows; ++y)
        for (int x = 0; x < m.cols; ++x) {
            const auto v = px(y, x);
            out.insert(out.end(), {v[0], v[1], v[2]});
        }
}

template <typename T>
std::vector<T> pixelValues(const std::vector<cv::Mat>& frames, const DicomSpec& spec,
                           const std::string& pi) {
    std::vector<T> out;
    for (const auto& m : frames) {
        if (m.channels() == 3) {
            appendColour<T>(m, spec, pi, out);
            continue;
        }
        for (int y = 0; y < m.rows; ++y) out.insert(out.end(), m.ptr<T>(y), m.ptr<T>(y) + m.cols);
    }
    return out;
}

std::string spacing(const std::pair<double, double>& s) {
    std::ostringstream os;
    os << s.first << '\\' << s.second;
    return os.str();
}

std::string uidOr(const std::string& given, const char* root) {
    if (!given.empty()) return given;
    char uid[100];
    return dcmGenerateUniqueIdentifier(uid, root);
}

void putIfSet(DcmItem& ds, const DcmTagKey& key, const std::string& value) {
    if (!value.empty()) check(ds.putAndInsertString(key, value.c_str()), "put string");
}

void putAnatomicRegion(DcmDataset& ds, const DicomSpec& s) {
    if (s.anatomic_region_meaning.empty() && !s.anatomic_region_code) return;
    const auto code = s.anatomic_region_code.value_or(std::make_pair("T-D0000", "SRT"));
    DcmItem* item = nullptr;
    check(ds.findOrCreateSequenceItem(DCM_AnatomicRegionSequence, item, -2), "sequence");
    putIfSet(*item, DCM_CodeValue, code.first);
    putIfSet(*item, DCM_CodingSchemeDesignator, code.second);
    putIfSet(*item, DCM_CodeMeaning, s.anatomic_region_meaning);
}

// Text fields added for the character set tests; none is written when empty, so older
// fixtures come out byte for byte as before.
void putText(DcmDataset& ds, const DicomSpec& s) {
    putIfSet(ds, DCM_SpecificCharacterSet, s.specific_character_set);
    if (!s.patient_name_raw_bytes.empty())
        check(ds.putAndInsertString(DCM_PatientName, s.patient_name_raw_bytes.data(),
                                    static_cast<Uint32>(s.patient_name_raw_bytes.size())),
              "put raw patient name");
    putIfSet(ds, DCM_IssuerOfPatientID, s.issuer_of_patient_id);
    putIfSet(ds, DCM_StudyDescription, s.study_description);
    putIfSet(ds, DCM_SeriesDescription, s.series_description);
    putIfSet(ds, DCM_LesionNumber, s.lesion_number);
}

void putIdentity(DcmDataset& ds, const DicomSpec& s) {
    putIfSet(ds, DCM_SOPClassUID, s.sop_class_uid);
    putIfSet(ds, DCM_SOPInstanceUID, uidOr(s.sop_instance_uid, SITE_INSTANCE_UID_ROOT));
    putIfSet(ds, DCM_StudyInstanceUID, uidOr(s.study_instance_uid, SITE_STUDY_UID_ROOT));
    putIfSet(ds, DCM_SeriesInstanceUID, uidOr(s.series_instance_uid, SITE_SERIES_UID_ROOT));
    putIfSet(ds, DCM_Modality, s.modality);
    putIfSet(ds, DCM_PatientID, s.patient_id);
    if (s.patient_name_raw_bytes.empty()) putIfSet(ds, DCM_PatientName, s.patient_name);
    putIfSet(ds, DCM_PatientSex, s.patient_sex);
    putIfSet(ds, DCM_PatientBirthDate, s.patient_birth_date);
    putIfSet(ds, DCM_AcquisitionDate, s.acquisition_date);
    putIfSet(ds, DCM_ContentDate, s.content_date);
    putIfSet(ds, DCM_StudyDate, s.study_date);
    putIfSet(ds, DCM_BodyPartExamined, s.body_part_examined);
    putIfSet(ds, DCM_ImageLaterality, s.image_laterality);
    putIfSet(ds, DCM_Laterality, s.laterality);
    if (s.pixel_spacing) putIfSet(ds, DCM_PixelSpacing, spacing(*s.pixel_spacing));
    if (s.imager_pixel_spacing)
        putIfSet(ds, DCM_ImagerPixelSpacing, spacing(*s.imager_pixel_spacing));
    if (s.window) {
        putIfSet(ds, DCM_WindowCenter, std::to_string(s.window->first));
        putIfSet(ds, DCM_WindowWidth, std::to_string(s.window->second));
    }
    putAnatomicRegion(ds, s);
}

void putImagePixel(DcmDataset& ds, const std::vector<cv::Mat>& frames, const DicomSpec& s,
                   const std::string& pi) {
    const cv::Mat& first = frames.front();
    const bool wide = first.depth() == CV_16U;
    const int allocated = wide ? 16 : 8;
    const int stored = s.bits_stored > 0 ? s.bits_stored : allocated;
    check(ds.putAndInsertUint16(DCM_SamplesPerPixel, static_cast<Uint16>(first.channels())), "spp");
    putIfSet(ds, DCM_PhotometricInterpretation, pi);
    check(ds.putAndInsertUint16(DCM_Rows, static_cast<Uint16>(first.rows)), "rows");
    check(ds.putAndInsertUint16(DCM_Columns, static_cast<Uint16>(first.cols)), "cols");
    check(ds.putAndInsertUint16(DCM_BitsAllocated, static_cast<Uint16>(allocated)), "ba");
    check(ds.putAndInsertUint16(DCM_BitsStored, static_cast<Uint16>(stored)), "bs");
    check(ds.putAndInsertUint16(DCM_HighBit, static_cast<Uint16>(stored - 1)), "hb");
    check(ds.putAndInsertUint16(DCM_PixelRepresentation, 0), "pr");
    if (first.channels() == 3)
        check(ds.putAndInsertUint16(DCM_PlanarConfiguration,
                                    static_cast<Uint16>(s.planar_configuration)),
              "planar");
    if (frames.size() > 1) putIfSet(ds, DCM_NumberOfFrames, std::to_string(frames.size()));
    if (wide) {
        const auto v = pixelValues<std::uint16_t>(frames, s, pi);
        check(ds.putAndInsertUint16Array(DCM_PixelData, v.data(), v.size()), "pixels");
    } else {
        const auto v = pixelValues<std::uint8_t>(frames, s, pi);
        check(ds.putAndInsertUint8Array(DCM_PixelData, v.data(), v.size()), "pixels");
    }
}

void applyEdits(DcmDataset& ds, const DicomSpec& s) {
    for (const auto& [keyword, value] : s.overrides) {
        DcmTag tag;
        check(DcmTag::findTagFromName(keyword.c_str(), tag), "unknown keyword " + keyword);
        check(ds.putAndInsertString(tag, value.c_str()), "override " + keyword);
    }
    for (const auto& keyword : s.removals) {
        DcmTag tag;
        check(DcmTag::findTagFromName(keyword.c_str(), tag), "unknown keyword " + keyword);
        ds.findAndDeleteElement(tag, OFTrue);
    }
}

}  // namespace

const char* dicomSyntaxName(DicomSyntax s) {
    switch (s) {
        case DicomSyntax::ImplicitLittle:
            return "ImplicitLittle";
        case DicomSyntax::ExplicitLittle:
            return "ExplicitLittle";
        case DicomSyntax::ExplicitBig:
            return "ExplicitBig";
        case DicomSyntax::JpegBaseline:
            return "JpegBaseline";
        case DicomSyntax::JpegLossless:
            return "JpegLossless";
        case DicomSyntax::JpegLsLossless:
            return "JpegLsLossless";
        case DicomSyntax::JpegLsNearLossless:
            return "JpegLsNearLossless";
        case DicomSyntax::Rle:
            return "Rle";
    }
    return "?";
}

bool isLossy(DicomSyntax s) {
    return s == DicomSyntax::JpegBaseline || s == DicomSyntax::JpegLsNearLossless;
}

void writeDicom(const std::filesystem::path& path, const std::vector<cv::Mat>& frames,
                const DicomSpec& spec) {
    if (frames.empty()) throw std::runtime_error("DicomFixtures: no frames");
    registerEncoders();
    const std::string pi = !spec.photometric.empty()
                               ? spec.photometric
                               : (frames.front().channels() == 3 ? "RGB" : "MONOCHROME2");
    DcmFileFormat ff;
    DcmDataset& ds = *ff.getDataset();
    putIdentity(ds, spec);
    putText(ds, spec);
    putImagePixel(ds, frames, spec, pi);
    const E_TransferSyntax xfer = xferOf(spec.syntax);
    if (DcmXfer(xfer).isEncapsulated()) {
        const auto params = paramsOf(spec.syntax);
        check(ds.chooseRepresentation(xfer, params.get()), "compress");
        if (!ds.canWriteXfer(xfer)) throw std::runtime_error("DicomFixtures: cannot compress");
    }
    applyEdits(ds, spec);
    E_FileWriteMode mode = EWM_fileformat;
    if (!spec.claimed_transfer_syntax_uid.empty()) {
        check(ff.validateMetaInfo(xfer), "meta");
        check(ff.getMetaInfo()->putAndInsertString(DCM_TransferSyntaxUID,
                                                   spec.claimed_transfer_syntax_uid.c_str()),
              "claimed TS");
        mode = EWM_dontUpdateMeta;
    }
    check(ff.saveFile(path.string().c_str(), xfer, EET_ExplicitLength, EGL_recalcGL, EPD_noChange,
                      0, 0, mode),
          "save " + path.string());
}

}  // namespace dermalens::test
