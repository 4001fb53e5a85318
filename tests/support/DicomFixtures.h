// Writes DICOM Part 10 fixtures from cv::Mat pixels, in any transfer syntax the core reads.
// Test-only: throws std::runtime_error when DCMTK refuses (that is a broken test, not a
// loader bug).
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <opencv2/core/mat.hpp>

namespace dermalens::test {

enum class DicomSyntax {
    ImplicitLittle,
    ExplicitLittle,
    ExplicitBig,
    JpegBaseline,  // process 1, lossy, 8-bit only
    JpegLossless,  // process 14, selection value 1
    JpegLsLossless,
    JpegLsNearLossless,  // NEAR = 2
    Rle,
};
const char* dicomSyntaxName(DicomSyntax syntax);  // short identifier for test names
bool isLossy(DicomSyntax syntax);

inline constexpr const char* kDermoscopicSopClass = "1.2.840.10008.5.1.4.1.1.77.1.7";
inline constexpr const char* kVlPhotographicSopClass = "1.2.840.10008.5.1.4.1.1.77.1.4";
inline constexpr const char* kSecondaryCaptureSopClass = "1.2.840.10008.5.1.4.1.1.7";

struct DicomSpec {
    DicomSyntax syntax = DicomSyntax::ExplicitLittle;
    // Empty: RGB for 3 channels, MONOCHROME2 for 1. Uncompressed syntaxes also take
    // YBR_FULL / YBR_FULL_422 (pixels are converted from RGB; 422 needs an even width) and
    // MONOCHROME1 (values are written as given, so a reader must invert them).
    std::string photometric;
    int planar_configuration = 0;  // 1 = colour-by-plane (uncompressed RGB/YBR_FULL only)
    int bits_stored = 0;           // 0: 8 or 16 from the Mat depth

    // Written as given, like every string here: text fields go in byte for byte, so a test can
    // store a name already encoded in `specific_character_set` (e.g. ISO 8859-5 bytes).
    std::string specific_character_set;  // (0008,0005); empty: not written (default repertoire)
    std::string sop_class_uid = kDermoscopicSopClass;
    std::string modality = "XC";
    std::string patient_id = "DL-0001";
    std::string patient_name = "Doe^Jane";
    // Non-empty: written as PatientName instead of patient_name, length given explicitly so any
    // byte (NUL included) survives.
    std::string patient_name_raw_bytes;
    std::string issuer_of_patient_id;
    std::string patient_sex = "F";
    std::string patient_birth_date = "19700101";
    std::string study_instance_uid;   // empty: generated
    std::string series_instance_uid;  // empty: generated
    std::string sop_instance_uid;     // empty: generated
    std::string acquisition_date;
    std::string content_date;
    std::string study_date;
    std::string study_description;  // bytes as given, like patient_name
    std::string series_description;
    std::string lesion_number;            // (0018,3105), e.g. "3"
    std::string anatomic_region_meaning;  // Anatomic Region Sequence item (code meaning)
    // Code Value and Coding Scheme Designator of that item; unset: "T-D0000", "SRT". Either
    // this or the meaning makes the item.
    std::optional<std::pair<std::string, std::string>> anatomic_region_code;
    std::string body_part_examined;
    std::string image_laterality;
    std::string laterality;
    std::optional<std::pair<double, double>> pixel_spacing;         // row, column (mm)
    std::optional<std::pair<double, double>> imager_pixel_spacing;  // row, column (mm)
    std::optional<std::pair<double, double>> window;                // centre, width

    // Applied last, by DICOM keyword: overwrite (e.g. {"Rows", "65535"}) or delete.
    std::vector<std::pair<std::string, std::string>> overrides;
    std::vector<std::string> removals;  // e.g. {"PixelData"}
    // Non-empty: the meta header claims this transfer syntax UID while the dataset is written
    // in `syntax` (for unsupported / made-up transfer syntax tests).
    std::string claimed_transfer_syntax_uid;
};

// Writes one file holding all `frames` (same size and type: CV_8UC3 / CV_16UC3 RGB or
// CV_8UC1 / CV_16UC1 grey).
void writeDicom(const std::filesystem::path& path, const std::vector<cv::Mat>& frames,
                const DicomSpec& spec = {});
inline void writeDicom(const std::filesystem::path& path, const cv::Mat& image,
                       const DicomSpec& spec = {}) {
    writeDicom(path, std::vector<cv::Mat>{image}, spec);
}

}  // namespace dermalens::test
