#include "ModelSeal.h"

#include <cstdlib>

#include "TestPaths.h"

namespace dermalens::test {

std::string resealModel(const std::filesystem::path& dir) {
    if (pythonExecutable().empty()) return "no Python with torch to seal the model";
    const std::string command = "cd '" + (sourceDir() / "training").string() + "' && '" +
                                pythonExecutable() + "' -m dermalens_train.seal '" +
                                dir.string() + "' >/dev/null";
    return std::system(command.c_str()) == 0 ? std::string() : "failed: " + command;
}

}  // namespace dermalens::test
