// ImageVault: the store's content-addressed folder of image copies.
//
// A file with sha256 abcd… lives at images/ab/abcd….<ext> (ext from the source, lower case),
// so moving or deleting the original breaks nothing and the same file is only kept once.
// `put` copies to a temporary name in the same folder and renames it into place, so a killed
// process leaves either no file or a complete one. Against power loss, `put` with durable=true
// flushes each file before the rename; an importer that copies many files passes false and
// calls `flush()` (one syncfs) before it commits their records, which is as safe and much faster.
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
    // Copies `source` in (a no-op when the managed file is there with the right hash); returns
    // the relative managed path. Errors name the source or the target and the reason (e.g.
    // the disk is full).
    [[nodiscard]] Result<std::string> put(const ImageId& id, const std::filesystem::path& source,
                                          bool durable = true) const;
    // Flushes everything written to the vault's file system to disk (syncfs).
    [[nodiscard]] Result<void> flush() const;
    [[nodiscard]] std::filesystem::path absolute(const std::string& managed_path) const;
    // Deletes a managed file; a missing file is not an error.
    [[nodiscard]] Result<void> remove(const std::string& managed_path) const;
    // True when the managed file exists and its sha256 is `id`.
    [[nodiscard]] bool verify(const ImageId& id, const std::string& managed_path) const;

private:
    std::filesystem::path root_;
};

}  // namespace dermalens
