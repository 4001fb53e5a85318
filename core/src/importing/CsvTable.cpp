#include "dermalens/importing/CsvTable.h"

#include <fstream>
#include <sstream>

namespace dermalens {
namespace {

struct Record {
    std::vector<std::string> fields;
    int line = 0;
};

// Splits text into records; a quoted field may span lines. Fails on an unclosed quote.
Result<std::vector<Record>> splitRecords(const std::string& text, const std::string& source) {
    std::vector<Record> records;
    Record current{{}, 1};
    std::string field;
    bool quoted = false, field_started = false;
    int line = 1;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (quoted) {
            if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
                field += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                if (c == '\n') ++line;
                field += c;
            }
        } else if (c == '"' && !field_started) {
            quoted = field_started = true;
        } else if (c == ',') {
            current.fields.push_back(std::move(field));
            field.clear();
            field_started = false;
        } else if (c == '\n' || c == '\r') {
            if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
            current.fields.push_back(std::move(field));
            field.clear();
            field_started = false;
            const bool blank = current.fields.size() == 1 && current.fields[0].empty();
            if (!blank) records.push_back(std::move(current));
            current = Record{{}, ++line};
        } else {
            field += c;
            field_started = true;
        }
    }
    if (quoted)
        return fail(ErrorCode::Corrupt, source,
                    "line " + std::to_string(current.line) + ": quoted field is never closed");
    if (field_started || !current.fields.empty()) {
        current.fields.push_back(std::move(field));
        records.push_back(std::move(current));
    }
    return records;
}

}  // namespace

int CsvTable::column(const std::string& name) const {
    for (std::size_t i = 0; i < header.size(); ++i)
        if (header[i] == name) return static_cast<int>(i);
    return -1;
}

Result<CsvTable> parseCsv(const std::string& text, const std::string& source) {
    const bool bom = text.rfind("\xEF\xBB\xBF", 0) == 0;
    auto records = splitRecords(bom ? text.substr(3) : text, source);
    if (!records) return tl::unexpected(records.error());
    if (records->empty()) return fail(ErrorCode::Corrupt, source, "the file has no header row");
    CsvTable table;
    table.header = std::move(records->front().fields);
    for (std::size_t r = 1; r < records->size(); ++r) {
        auto& rec = (*records)[r];
        if (rec.fields.size() != table.header.size())
            return fail(ErrorCode::Corrupt, source,
                        "line " + std::to_string(rec.line) + ": " +
                            std::to_string(rec.fields.size()) + " fields, the header has " +
                            std::to_string(table.header.size()));
        table.rows.push_back(std::move(rec.fields));
        table.line_numbers.push_back(rec.line);
    }
    return table;
}

Result<CsvTable> readCsv(const std::filesystem::path& path) {
    std::error_code ec;
    if (!std::filesystem::exists(path, ec))
        return fail(ErrorCode::NotFound, path.string(), "file not found");
    std::ifstream in(path, std::ios::binary);
    if (!in) return fail(ErrorCode::Unreadable, path.string(), "cannot open the file");
    std::ostringstream buffer;
    buffer << in.rdbuf();
    return parseCsv(buffer.str(), path.string());
}

}  // namespace dermalens
