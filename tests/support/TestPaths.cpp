#include "TestPaths.h"

#include <atomic>
#include <random>

namespace dermalens::test {

TempDir::TempDir(const std::string& prefix) {
    static std::atomic<unsigned> counter{0};
    std::random_device rd;
    const auto name = prefix + "-" + std::to_string(rd()) + "-" + std::to_string(counter++);
    path_ = std::filesystem::temp_directory_path() / name;
    std::filesystem::create_directories(path_);
}

TempDir::~TempDir() {
    std::error_code ec;  // best effort: never throw from a destructor
    std::filesystem::remove_all(path_, ec);
}

std::filesystem::path tinyModelsDir() { return DERMALENS_TEST_MODELS_DIR; }
std::filesystem::path sourceDir() { return DERMALENS_SOURCE_DIR; }
std::filesystem::path sharedDir() {
    return std::filesystem::weakly_canonical(std::filesystem::path(DERMALENS_SHARED_DIR));
}
std::filesystem::path defaultModelDir() { return DERMALENS_DEFAULT_MODEL_DIR; }
std::string pythonExecutable() { return DERMALENS_PYTHON; }

}  // namespace dermalens::test
