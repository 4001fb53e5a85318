// Writes one stored image as a DICOM photograph: Dermoscopic Photography Image for
// dermoscopic images, VL Photographic Image for clinical close-ups and overviews.
#pragma once

#include <filesystem>
#include <memory>
#include <optional>
#include <string>

#include "dermalens/records/ImageEntry.h"
#include "output/DicomModules.h"

namespace dermalens::output {

inline constexpr const char* kDermoscopicClass = "1.2.840.10008.5.1.4.1.1.77.1.7";
inline constexpr const char* kVlPhotographicClass = "1.2.840.10008.5.1.4.1.1.77.1.4";

struct PhotoInput {
    ImageKind kind = ImageKind::Dermoscopic;
    std::filesystem::path file;  // the store's managed copy
    std::string format;          // "JPEG", "PNG", "DICOM", ...
    // A DICOM source of a photo SOP class: its pixel data is copied, not decoded.
    bool keep_dicom_pixels = false;
    std::optional<double> pixel_spacing_mm;
    std::string acquisition_date;  // YYYYMMDD
    std::string body_site;
    std::string body_site_code;
    std::string laterality;  // L, R, B or empty
    int lesion_number = 0;   // the lesion's number within the patient (1-based)
};

struct DicomObject {
    std::unique_ptr<DcmFileFormat> file;
    E_TransferSyntax transfer_syntax = EXS_LittleEndianExplicit;
};

// The SOP class for a kind of image.
[[nodiscard]] const char* photoSopClass(ImageKind kind);
// True when `sop_class` is one PhotoWriter writes, so a DICOM source of that class keeps its
// UIDs and its pixel data as they are.
[[nodiscard]] bool isPhotoSopClass(const std::string& sop_class);
// "DMS" for dermoscopy, "XC" (external-camera photography) otherwise.
[[nodiscard]] const char* photoModality(ImageKind kind);

// Raster sources are decoded by the core's loader (EXIF orientation applied) and written as
// uncompressed RGB; DICOM sources of a photo SOP class keep their pixel data and transfer
// syntax byte for byte. Errors name the source file.
[[nodiscard]] Result<DicomObject> writePhoto(const ObjectContext& context, const PhotoInput& input);

}  // namespace dermalens::output
