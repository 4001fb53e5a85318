#include "dermalens/importing/MetadataTable.h"

#include <algorithm>
#include <array>
#include <cctype>

#include "dermalens/importing/CsvTable.h"
#include "dermalens/text/Utf8.h"

namespace dermalens {
namespace {

std::string lower(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s;
}

std::string trimmed(const std::string& s) {
    const auto first = s.find_first_not_of(" \t\r\n");
    if (first == std::string::npos) return {};
    return s.substr(first, s.find_last_not_of(" \t\r\n") - first + 1);
}

// Column of the first alias present (header compared case-insensitively); -1 when none.
int findColumn(const std::vector<std::string>& header, std::initializer_list<const char*> names) {
    for (const char* name : names)
        for (std::size_t i = 0; i < header.size(); ++i)
            if (lower(trimmed(header[i])) == name) return static_cast<int>(i);
    return -1;
}

struct Columns {
    int image, lesion, patient, age, sex, site, laterality, date, name, birth_date;
};

Columns columnsOf(const std::vector<std::string>& h) {
    return {findColumn(h, {"image", "image_id", "file", "filename"}),
            findColumn(h, {"lesion", "lesion_id"}),
            findColumn(h, {"patient", "patient_id"}),
            findColumn(h, {"age", "age_approx"}),
            findColumn(h, {"sex"}),
            findColumn(h, {"site", "localization", "body_site", "anatom_site_general"}),
            findColumn(h, {"laterality"}),
            findColumn(h, {"date", "visit_date"}),
            findColumn(h, {"name", "patient_name"}),
            findColumn(h, {"birth_date", "birthdate"})};
}

std::string field(const std::vector<std::string>& row, int column) {
    if (column < 0 || column >= static_cast<int>(row.size())) return {};
    return toValidUtf8(trimmed(row[column]));
}

std::string fileName(const std::string& value) {
    const auto slash = value.find_last_of("/\\");
    return slash == std::string::npos ? value : value.substr(slash + 1);
}

std::string stem(const std::string& name) {
    const auto dot = name.find_last_of('.');
    return dot == std::string::npos || dot == 0 ? name : name.substr(0, dot);
}

}  // namespace

Result<MetadataTable> MetadataTable::read(const std::filesystem::path& csv) {
    auto table = readCsv(csv);
    if (!table) return tl::unexpected(table.error());
    MetadataTable out;
    const Columns c = columnsOf(table->header);
    if (c.image < 0)
        return fail(ErrorCode::InvalidArgument, csv.string(),
                    "no image column (expected one of: image, image_id, file)");
    for (const auto& row : table->rows) {
        ImageMetadataRow r{field(row, c.image), field(row, c.lesion),     field(row, c.patient),
                           field(row, c.age),   field(row, c.sex),        field(row, c.site),
                           field(row, c.laterality), field(row, c.date), field(row, c.name),
                           field(row, c.birth_date)};
        if (r.image.empty()) continue;
        const std::size_t index = out.rows_.size();
        const std::string name = fileName(r.image);
        out.index_.emplace(name, index);
        out.index_.emplace(stem(name), index);
        out.rows_.push_back(std::move(r));
    }
    return out;
}

const ImageMetadataRow* MetadataTable::find(const std::filesystem::path& image) const {
    for (const std::string& key : {image.filename().string(), image.stem().string()}) {
        const auto it = index_.find(key);
        if (it != index_.end()) return &rows_[it->second];
    }
    return nullptr;
}

}  // namespace dermalens
