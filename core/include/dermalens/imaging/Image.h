// Image: decoded pixels plus the metadata read from the file.
#pragma once

#include <optional>
#include <string>

#include <opencv2/core/mat.hpp>

namespace dermalens {

// Clinical and technical metadata. Every field is optional in practice: raster files
// fill only the technical part, DICOM fills what its tags hold (empty string = absent).
// Every string is valid UTF-8: DICOM text is converted from its Specific Character Set, and
// bytes that cannot be converted are replaced by U+FFFD.
struct ImageMetadata {
    std::string source_path;
    std::string format;  // "JPEG", "PNG", "TIFF", "BMP", "WEBP", "DICOM"

    // DICOM identity and context.
    std::string patient_id;
    std::string patient_name;
    std::string patient_sex;
    std::string patient_birth_date;  // YYYYMMDD
    std::string study_instance_uid;
    std::string series_instance_uid;
    std::string sop_instance_uid;
    std::string sop_class_uid;
    std::string modality;
    std::string acquisition_date;  // YYYYMMDD (Acquisition, else Content, else Study date)
    std::string body_site;         // Anatomic Region Sequence meaning, else Body Part Examined
    std::string laterality;        // "L", "R", "B" or empty
    std::string transfer_syntax;   // name, e.g. "JPEG Baseline"
    std::string photometric;       // e.g. "RGB", "YBR_FULL_422", "MONOCHROME2"

    // DICOM records context.
    std::string issuer_of_patient_id;    // (0010,0021): who assigned patient_id
    std::string study_date;              // YYYYMMDD, (0008,0020) only
    std::string study_description;       // (0008,1030)
    std::string series_description;      // (0008,103E)
    std::string body_site_code;          // Anatomic Region Sequence Code Value, e.g. "T-D0000"
    std::string body_site_scheme;        // its Coding Scheme Designator, e.g. "SRT", "SCT"
    std::string lesion_number;           // (0018,3105) as written, e.g. "3"
    std::string specific_character_set;  // (0008,0005) as in the file, e.g. \ISO 2022 IR 149

    // Physical size of one pixel in millimetres (row spacing, column spacing) when known.
    std::optional<double> pixel_spacing_row_mm;
    std::optional<double> pixel_spacing_col_mm;

    // Full-resolution size of the upright image (EXIF orientation applied, so a portrait
    // photo stored sideways reports width < height), before any max_dimension reduction.
    int original_width = 0;
    int original_height = 0;
    int original_bits = 8;       // bits per sample in the file (8 or 16 typically)
    int original_channels = 3;   // samples per pixel in the file
    int frame_count = 1;
    int frame_index = 0;         // which frame `pixels` holds
    int exif_orientation = 1;    // JPEG EXIF value 1..8; 1 = upright; already applied to `pixels`
    double decode_scale = 1.0;   // < 1 when decoded reduced (see LoadOptions::max_dimension)
};

// Decoded image. `pixels` is always CV_8UC3 in RGB order, upright (EXIF applied).
struct Image {
    cv::Mat pixels;
    ImageMetadata meta;

    [[nodiscard]] int width() const { return pixels.cols; }
    [[nodiscard]] int height() const { return pixels.rows; }
    [[nodiscard]] bool empty() const { return pixels.empty(); }
};

}  // namespace dermalens
