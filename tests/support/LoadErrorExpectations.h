// Shared assertion for bad-input tests of the image loader.
#pragma once

#include <filesystem>
#include <string>

#include "dermalens/imaging/ImageLoader.h"

namespace dermalens::test {

// Loading `path` fails with `code`; the error names the file (in `file` and in the message)
// and its reason mentions `word`.
void expectLoadError(const std::filesystem::path& path, ErrorCode code, const std::string& word,
                     const LoadOptions& options = {});

}  // namespace dermalens::test
