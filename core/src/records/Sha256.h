// The one sha256-of-a-file implementation (model weights, image identities).
#pragma once

#include <filesystem>
#include <string>

#include "dermalens/Result.h"

namespace dermalens::detail {

// Lower-case hex sha256 of the file's bytes, read in 1 MiB chunks so large DICOM files never
// sit in memory whole. NotFound when the file is missing, Unreadable when it cannot be read.
[[nodiscard]] Result<std::string> sha256OfFile(const std::filesystem::path& path);

}  // namespace dermalens::detail
