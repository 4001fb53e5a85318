#include "UiTestSupport.h"

#include "services/HeadlessRunner.h"
#include "support/QtConvert.h"
#include "TestPaths.h"

namespace dermalens::test {
namespace {

bool isPackage(const std::filesystem::path& dir) {
    std::error_code ec;
    return std::filesystem::exists(dir / "model.json", ec);
}

}  // namespace

ModelChoice chooseModel() {
    if (isPackage(defaultModelDir())) return {ui::fromPath(defaultModelDir()), true};
    const auto tiny = tinyModelsDir();
    // "tiny" is the conforming 7-class model; the other fixtures are deliberately broken.
    for (const auto& dir : {tiny / "tiny", tiny})
        if (isPackage(dir)) return {ui::fromPath(dir), false};
    return {};
}

bool waitFor(const std::function<bool()>& done, int timeoutMs) {
    return ui::HeadlessRunner::waitUntil(done, timeoutMs);
}

}  // namespace dermalens::test
