// --store, shared by the store commands, and opening the Workspace with a clear message.
#pragma once

#include <optional>
#include <string>

#include <CLI/CLI.hpp>

#include "dermalens/workspace/Workspace.h"

namespace dermalens::cli {

// Adds --store DIR (default: $DERMALENS_STORE, else the user's data folder).
void addStoreOption(CLI::App& command, std::string& store);

// Opens the store; on failure prints why (naming the folder) and returns nullopt.
[[nodiscard]] std::optional<Workspace> openWorkspace(const std::string& command,
                                                     const std::string& store,
                                                     bool read_only = false);

}  // namespace dermalens::cli
