// Paths and skip helpers shared by the test suites.
#pragma once

#include <filesystem>
#include <string>

namespace dermalens::test {

// A fresh, empty temporary directory for one test (removed by the caller's TempDir).
class TempDir {
public:
    explicit TempDir(const std::string& prefix = "dermalens-test");
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    [[nodiscard]] const std::filesystem::path& path() const { return path_; }
    [[nodiscard]] std::filesystem::path operator/(const std::string& name) const {
        return path_ / name;
    }

private:
    std::filesystem::path path_;
};

// Directory holding the tiny models built by training/make_tiny_model.py (CTest fixture).
std::filesystem::path tinyModelsDir();
// The repository root.
std::filesystem::path sourceDir();
// ../shared beside the checkout (HAM10000, weights); may not exist.
std::filesystem::path sharedDir();
// The embedded default model package directory; may not exist yet.
std::filesystem::path defaultModelDir();
// Debian's python3 with torch, or empty when it was not found at configure time.
std::string pythonExecutable();

}  // namespace dermalens::test

// Skips the current test with a reason unless `dir` exists.
#define DERMALENS_REQUIRE_DIR(dir, why)                                                   \
    do {                                                                                  \
        if (!std::filesystem::exists(dir))                                                \
            GTEST_SKIP() << (why) << " (missing: " << std::filesystem::path(dir).string() \
                         << ")";                                                          \
    } while (0)
