// `dermalens-cli backup` and `restore`: a whole store, database and images.
#include <filesystem>
#include <memory>
#include <optional>

#include "Commands.h"
#include "ModelOptions.h"
#include "StoreJson.h"
#include "StoreOptions.h"

namespace dermalens::cli {

Subcommand addBackupCommand(CLI::App& parent) {
    auto store = std::make_shared<std::string>();
    auto target = std::make_shared<std::string>();
    auto* cmd = parent.add_subcommand(
        "backup",
        "Write a consistent copy of the store (SQLite online backup + every managed image) into "
        "an empty or new folder; safe while the viewer has the store open.");
    addStoreOption(*cmd, *store);
    cmd->add_option("target", *target, "Empty or new folder for the backup")->required();
    return {cmd, [store, target] {
                // Read-write, so the backup is recorded in the store's audit trail; a store
                // that cannot be written (read-only media) is still backed up, unrecorded.
                const auto dir = store->empty() ? Workspace::defaultStoreDirectory()
                                                : std::filesystem::path(*store);
                bool audited = true;
                auto writable = Workspace::open(dir);
                std::optional<Workspace> workspace;
                if (writable) {
                    workspace.emplace(std::move(*writable));
                } else {
                    audited = false;
                    workspace = openWorkspace("backup", *store, true);
                }
                if (!workspace) return kExitUsage;
                if (auto done = workspace->backup(*target); !done) {
                    printError("backup", done.error().message());
                    return kExitInputFailed;
                }
                printJson(Json{{"backup", *target},
                               {"store", workspace->storeDirectory().string()},
                               {"audited", audited}});
                return kExitOk;
            }};
}

Subcommand addRestoreCommand(CLI::App& parent) {
    auto backup = std::make_shared<std::string>();
    auto store = std::make_shared<std::string>();
    auto* cmd = parent.add_subcommand(
        "restore",
        "Restore a backup into an empty or new store folder, checking every image against its "
        "hash and the database's integrity.");
    cmd->add_option("backup", *backup, "Folder written by `backup`")->required();
    cmd->add_option("--store", *store, "Empty or new folder to restore into")->required();
    return {cmd, [backup, store] {
                if (auto done = Workspace::restore(*backup, *store); !done) {
                    printError("restore", done.error().message());
                    return kExitInputFailed;
                }
                printJson(Json{{"restored", *store}, {"from", *backup}});
                return kExitOk;
            }};
}

}  // namespace dermalens::cli
