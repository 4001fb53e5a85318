// One prepared SQLite statement (RAII). Private to the store; no sqlite3 type appears here.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "dermalens/Result.h"

namespace dermalens::store {

class Statement {
public:
    struct Handle;

    explicit Statement(std::unique_ptr<Handle> handle);
    Statement(Statement&&) noexcept;
    Statement& operator=(Statement&&) noexcept;
    ~Statement();

    // Parameters are 1-based. A failed bind is remembered and reported by the next step(), so
    // callers bind a whole row and check once.
    Statement& bindInt(int index, std::int64_t value);
    Statement& bindReal(int index, double value);
    Statement& bindOptionalReal(int index, const std::optional<double>& value);
    Statement& bindText(int index, std::string_view value);
    Statement& bindBlob(int index, const void* data, std::size_t bytes);
    Statement& bindNull(int index);

    // True when a row is ready, false when the statement is done.
    [[nodiscard]] Result<bool> step();
    // Steps to the end, for statements that return no rows.
    [[nodiscard]] Result<void> run();

    // Columns are 0-based and valid until the next step().
    [[nodiscard]] std::int64_t columnInt(int index) const;
    [[nodiscard]] double columnReal(int index) const;
    [[nodiscard]] std::optional<double> columnOptionalReal(int index) const;
    [[nodiscard]] std::string columnText(int index) const;
    [[nodiscard]] std::span<const unsigned char> columnBlob(int index) const;
    [[nodiscard]] bool columnIsNull(int index) const;

private:
    std::unique_ptr<Handle> handle_;
};

// Every row of `statement`, each made by `read(statement)`.
template <typename Read>
auto collectRows(Statement& statement, Read read)
    -> Result<std::vector<decltype(read(statement))>> {
    std::vector<decltype(read(statement))> rows;
    while (true) {
        auto more = statement.step();
        if (!more) return tl::unexpected(more.error());
        if (!*more) return rows;
        rows.push_back(read(statement));
    }
}

// The first row of `statement` (nullopt when there is none).
template <typename Read>
auto firstRow(Statement& statement, Read read)
    -> Result<std::optional<decltype(read(statement))>> {
    auto more = statement.step();
    if (!more) return tl::unexpected(more.error());
    if (!*more) return std::nullopt;
    return read(statement);
}

}  // namespace dermalens::store
