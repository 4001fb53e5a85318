// Helpers shared by the fuzz targets. The loaders read files, so each input is written to a
// scratch file first (one folder per process, rewritten every run); and each target checks
// what the core promises besides not crashing (errors and metadata are valid UTF-8).
#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>

#include "dermalens/Result.h"
#include "dermalens/imaging/Image.h"
#include "dermalens/imaging/ImageLoader.h"

namespace dermalens::fuzz {

// A private temporary folder of this process ($TMPDIR or /tmp), removed at a normal exit.
[[nodiscard]] const std::filesystem::path& scratchDir();

// Writes `prefix` then the fuzz input to `path` (created or truncated).
void writeFile(const std::filesystem::path& path, const std::uint8_t* data, std::size_t size,
               std::string_view prefix = {});

// A broken promise is a finding: prints `what` and aborts, which libFuzzer reports as a crash.
void require(bool condition, const std::string& what);
void requireUtf8(const std::string& text, const char* field);
void requireValidError(const Error& error);
void requireValidMetadata(const ImageMetadata& meta);
// A decoded image is 8-bit RGB within the options' limits; a failure is a valid Error.
void requireValidLoad(const Result<Image>& image, const LoadOptions& options);
// Decodes `path` in full, as a thumbnail and as metadata only, checking each.
void loadEveryWay(const std::filesystem::path& path);

}  // namespace dermalens::fuzz
