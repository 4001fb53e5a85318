// MetadataTable: per-image metadata from a CSV, HAM10000-style.
//
// Columns (header names, case-insensitive; aliases in brackets; all but image optional):
// image [image_id, file], lesion [lesion_id], patient [patient_id], age, sex, site
// [localization, body_site], laterality, date [visit_date] (YYYY-MM-DD or YYYYMMDD), name,
// birth_date. Rows are found by the image's file name with or without extension (so
// "ISIC_0024306" matches images/ISIC_0024306.jpg). Values are trimmed; invalid UTF-8 is replaced.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "dermalens/Result.h"

namespace dermalens {

struct ImageMetadataRow {
    std::string image, lesion, patient, age, sex, site, laterality, date, name, birth_date;
};

class MetadataTable {
public:
    // Fails with NotFound / Unreadable / Corrupt (naming the line), or InvalidArgument when
    // there is no image column.
    [[nodiscard]] static Result<MetadataTable> read(const std::filesystem::path& csv);

    [[nodiscard]] const ImageMetadataRow* find(const std::filesystem::path& image) const;
    [[nodiscard]] std::size_t size() const { return rows_.size(); }

private:
    std::vector<ImageMetadataRow> rows_;
    std::unordered_map<std::string, std::size_t> index_;  // file name and stem -> row
};

}  // namespace dermalens
