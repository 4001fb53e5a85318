// Workspace: backup and restore of a whole store (database + managed images).
#include <system_error>

#include "dermalens/workspace/Workspace.h"
#include "audit/AuditRecording.h"
#include "workspace/WorkspaceImpl.h"

namespace dermalens {
namespace fs = std::filesystem;
namespace {

Result<void> requireEmpty(const fs::path& dir) {
    std::error_code ec;
    if (fs::exists(dir, ec) && !fs::is_empty(dir, ec))
        return fail(ErrorCode::InvalidArgument, dir.string(), "the folder is not empty");
    fs::create_directories(dir, ec);
    if (ec) return fail(ErrorCode::Unreadable, dir.string(), "cannot create: " + ec.message());
    return {};
}

Result<void> copyImage(const ImageVault& from, const ImageVault& to, const ImageEntry& e) {
    auto copied = to.put(e.id, from.absolute(e.managed_path));
    if (!copied) return tl::unexpected(copied.error());
    if (*copied != e.managed_path)  // same id and name rule: the paths must agree
        return fail(ErrorCode::Internal, e.managed_path, "managed path changed on copy");
    return {};
}

}  // namespace

Result<void> Workspace::backup(const fs::path& target, const ProgressCallback& progress,
                               const CancelCallback& cancel) const {
    if (auto empty = requireEmpty(target); !empty) return empty;
    // The database first, in one consistent snapshot; then exactly the images it names.
    auto images = impl_->withStore([&](const Store& s) -> Result<std::vector<ImageEntry>> {
        if (auto copied = s.backupDatabase(target / Store::kDatabaseFile); !copied)
            return tl::unexpected(copied.error());
        return s.allImages();
    });
    if (!images) return tl::unexpected(images.error());
    const ImageVault to(target);
    for (std::size_t i = 0; i < images->size(); ++i) {
        if (cancel && cancel()) return fail(ErrorCode::Cancelled, target.string(), "backup cancelled");
        if (auto copied = copyImage(impl_->vault, to, (*images)[i]); !copied) return copied;
        if (progress) progress(i + 1, images->size());
    }
    // Recorded in the store (not in the copy, whose log ends where the snapshot was taken);
    // a store opened read-only cannot record it, and the backup stands all the same.
    (void)impl_->withStore([&](Store& s) { return s.appendAudit({AuditAction::Backup, "store", detail::auditDetails({{"target", target.string()}})}); });
    return {};
}

Result<void> Workspace::restore(const fs::path& backup, const fs::path& target_store,
                                const ProgressCallback& progress, const CancelCallback& cancel) {
    std::error_code ec;
    if (!fs::is_regular_file(backup / Store::kDatabaseFile, ec))
        return fail(ErrorCode::NotFound, backup.string(),
                    std::string("not a Dermalens backup (no ") + Store::kDatabaseFile + ")");
    if (auto empty = requireEmpty(target_store); !empty) return empty;
    fs::copy_file(backup / Store::kDatabaseFile, target_store / Store::kDatabaseFile, ec);
    if (ec) return fail(ErrorCode::Unreadable, target_store.string(), "cannot copy the database: " + ec.message());
    auto store = Store::open(target_store);  // migrates a backup from an older version
    if (!store) return tl::unexpected(store.error());
    auto images = store->allImages();
    if (!images) return tl::unexpected(images.error());
    const ImageVault from(backup), to(target_store);
    for (std::size_t i = 0; i < images->size(); ++i) {
        if (cancel && cancel()) return fail(ErrorCode::Cancelled, target_store.string(), "restore cancelled");
        const ImageEntry& e = (*images)[i];
        if (!from.verify(e.id, e.managed_path))
            return fail(ErrorCode::Corrupt, from.absolute(e.managed_path).string(),
                        "missing from the backup or its content does not match its hash");
        if (auto copied = copyImage(from, to, e); !copied) return copied;
        if (progress) progress(i + 1, images->size());
    }
    auto problems = store->integrityCheck();
    if (!problems) return tl::unexpected(problems.error());
    if (problems->size() != 1 || problems->front() != "ok")
        return fail(ErrorCode::Corrupt, store->databasePath().string(),
                    "the restored database fails its integrity check: " + problems->front());
    if (auto logged = store->appendAudit({AuditAction::Restore, "store", detail::auditDetails({{"from", backup.string()}})}); !logged) return tl::unexpected(logged.error());
    return {};
}

}  // namespace dermalens
