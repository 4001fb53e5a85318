// A small CSV reader for label and metadata files: a header row, comma separated, RFC 4180 quoting
// ("a, b" and "say ""hi""" fields, line breaks inside quotes), LF or CRLF, optional UTF-8 BOM.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "dermalens/Result.h"

namespace dermalens {

struct CsvTable {
    std::vector<std::string> header;
    std::vector<std::vector<std::string>> rows;  // each the size of the header
    std::vector<int> line_numbers;               // file line where each row starts (header = 1)

    // Column index by name; -1 when absent.
    [[nodiscard]] int column(const std::string& name) const;
};

// Fails with NotFound / Unreadable, or Corrupt naming the line (unclosed quote, wrong field count).
[[nodiscard]] Result<CsvTable> readCsv(const std::filesystem::path& path);

// Parses CSV text; `source` is only used in error messages.
[[nodiscard]] Result<CsvTable> parseCsv(const std::string& text, const std::string& source);

}  // namespace dermalens
