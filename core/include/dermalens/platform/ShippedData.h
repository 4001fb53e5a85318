// Where the read-only data shipped with the programs (the model package, translations) lives.
// An installed program finds it relative to its own executable (/usr/bin/dermalens ->
// /usr/share/dermalens/...), so a package can be installed under any prefix; a developer's
// binary in the build tree has no share/ folder beside it and falls back to the source tree.
#pragma once

#include <filesystem>

namespace dermalens {

// The running program's own file (/proc/self/exe, symlinks resolved); empty when unknown.
[[nodiscard]] std::filesystem::path currentExecutable();

// <folder of executable>/../share/dermalens: the shipped-data folder of an installed tree.
[[nodiscard]] std::filesystem::path installedDataDir(const std::filesystem::path& executable);

// The first that exists of installedDataDir(executable) / relative and build_tree_fallback;
// build_tree_fallback when neither does (so the caller's error names the developer's path).
[[nodiscard]] std::filesystem::path findShippedData(const std::filesystem::path& executable,
                                                    const std::filesystem::path& relative,
                                                    const std::filesystem::path& build_tree_fallback);

// The shipped model package: the installed models/<name of build_tree_model>, else
// build_tree_model (the package folder in the source tree, DERMALENS_DEFAULT_MODEL_DIR).
[[nodiscard]] std::filesystem::path findShippedModel(const std::filesystem::path& executable,
                                                     const std::filesystem::path& build_tree_model);

}  // namespace dermalens
