#include "dermalens/platform/ShippedData.h"

#include <system_error>

namespace dermalens {

namespace fs = std::filesystem;

fs::path currentExecutable() {
    std::error_code ec;
    fs::path self = fs::read_symlink("/proc/self/exe", ec);
    return ec ? fs::path() : self;
}

fs::path installedDataDir(const fs::path& executable) {
    if (executable.empty()) return {};
    return (executable.parent_path() / ".." / "share" / "dermalens").lexically_normal();
}

fs::path findShippedData(const fs::path& executable, const fs::path& relative,
                         const fs::path& build_tree_fallback) {
    const fs::path base = installedDataDir(executable);
    std::error_code ec;
    if (!base.empty() && fs::exists(base / relative, ec)) return base / relative;
    return build_tree_fallback;
}

fs::path findShippedModel(const fs::path& executable, const fs::path& build_tree_model) {
    return findShippedData(executable, fs::path("models") / build_tree_model.filename(),
                           build_tree_model);
}

}  // namespace dermalens
