#include "StoreOptions.h"

#include "ModelOptions.h"

namespace dermalens::cli {

void addStoreOption(CLI::App& command, std::string& store) {
    command.add_option("--store", store,
                       "Patient store folder (default: $DERMALENS_STORE, else " +
                           Workspace::defaultStoreDirectory().string() + ")");
}

std::optional<Workspace> openWorkspace(const std::string& command, const std::string& store,
                                       bool read_only) {
    const auto dir = store.empty() ? Workspace::defaultStoreDirectory() : std::filesystem::path(store);
    StoreOptions options;
    options.read_only = read_only;
    auto workspace = Workspace::open(dir, options);
    if (!workspace) {
        printError(command, "cannot open the store: " + workspace.error().message());
        return std::nullopt;
    }
    return std::move(*workspace);
}

}  // namespace dermalens::cli
