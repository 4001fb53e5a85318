// libFuzzer target: the CSV reader and the metadata table built on it (quoting, line breaks in
// fields, BOM, column aliases, lookup by file name).
#include <string>

#include "FuzzSupport.h"
#include "dermalens/importing/CsvTable.h"
#include "dermalens/importing/MetadataTable.h"

namespace {

using namespace dermalens;
using namespace dermalens::fuzz;

void checkTable(const CsvTable& table) {
    require(table.line_numbers.size() == table.rows.size(), "a row without its line number");
    int previous = 1;
    for (std::size_t r = 0; r < table.rows.size(); ++r) {
        require(table.rows[r].size() == table.header.size(), "a row not the header's size");
        require(table.line_numbers[r] > previous, "line numbers do not increase");
        previous = table.line_numbers[r];
    }
}

void checkRow(const ImageMetadataRow& row) {
    for (const std::string* s : {&row.image, &row.lesion, &row.patient, &row.age, &row.sex,
                                 &row.site, &row.laterality, &row.date, &row.name, &row.birth_date})
        requireUtf8(*s, "a metadata value");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string text(reinterpret_cast<const char*>(data), size);
    const auto table = parseCsv(text, "fuzz.csv");
    if (table)
        checkTable(*table);
    else
        requireValidError(table.error());
    static const auto path = scratchDir() / "metadata.csv";
    writeFile(path, data, size);
    const auto metadata = MetadataTable::read(path);
    if (!metadata) {
        requireValidError(metadata.error());
        return 0;
    }
    require(!table || metadata->size() <= table->rows.size(), "more metadata rows than rows");
    if (table)
        for (const auto& row : table->rows)
            for (const std::string& value : row)
                if (const ImageMetadataRow* found = metadata->find(value)) checkRow(*found);
    return 0;
}
