// ImageVault: the store's content-addressed folder of image copies.
//
// A file with sha256 abcd… lives at images/ab/abcd….<ext> (ext from the source, lower case),
// so moving or deleting the original breaks nothing and the same file is only kept once.
// `put` copies to a temporary name in the same folder, flushes it to disk and renames it into
// place, so a crash leaves either no file or a complete one, never a partial one.
#pragma once

#include <filesystem>
#include <string>

#include "dermalens/Result.h"
#include "dermalens/records/Ids.h"

namespace dermalens {

class ImageVault {
public:
    explicit ImageVault(std::filesystem::path store_directory);

    // Relative managed path for an id and a source file name (no I/O).
    [[nodiscard]] static std::string managedPath(const ImageId& id,
                                                 const std::filesystem::path& source);
    // Copies `source` in (a no-op when a file of that size is already there); returns the
    // relative managed path. Errors name the source or the target and the reason (e.g. disk full).
    [[nodiscard]] Result<std::string> put(const ImageId& id,
                                          const std::filesystem::path& source) const;
    [[nodiscard]] std::filesystem::path absolute(const std::string& managed_path) const;
    // Deletes a managed file; a missing file is not an error.
    [[nodiscard]] Result<void> remove(const std::string& managed_path) const;
    // True when the managed file exists and its sha256 is `id`.
    [[nodiscard]] bool verify(const ImageId& id, const std::string& managed_path) const;

private:
    std::filesystem::path root_;
};

}  // namespace dermalens
