// The core is headless: no file under core/ may include a Qt header (architecture rule).
#include <gtest/gtest.h>

#include <fstream>
#include <regex>

#include "TestPaths.h"

namespace dermalens {
namespace {

// "<file>:<line>: <text>" for every Qt include (<QString>, "QFile", <QtCore/...>) under root.
std::vector<std::string> qtIncludes(const std::filesystem::path& root) {
    static const std::regex qtInclude(R"(^\s*#\s*include\s*[<"](Qt\w*/|Q[A-Z]\w*(\.h)?[>"]))");
    std::vector<std::string> hits;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(root)) {
        const auto ext = entry.path().extension().string();
        if (!entry.is_regular_file() ||
            (ext != ".h" && ext != ".hpp" && ext != ".cpp" && ext != ".cc" && ext != ".cxx"))
            continue;
        std::ifstream in(entry.path());
        std::string line;
        for (int n = 1; std::getline(in, line); ++n)
            if (std::regex_search(line, qtInclude))
                hits.push_back(entry.path().string() + ":" + std::to_string(n) + ": " + line);
    }
    return hits;
}

std::string joined(const std::vector<std::string>& lines) {
    std::string out;
    for (const auto& l : lines) out += l + "\n";
    return out;
}

TEST(NoQtInCoreTest, CoreIncludesNoQtHeader) {
    const auto core = test::sourceDir() / "core";
    ASSERT_TRUE(std::filesystem::is_directory(core / "src")) << core;
    const auto hits = qtIncludes(core);
    EXPECT_TRUE(hits.empty()) << "Qt includes found in core/:\n" << joined(hits);
}

// The scanner itself catches every spelling and ignores look-alikes (<queue>, "Quality.h").
TEST(NoQtInCoreTest, ScannerFindsQtIncludes) {
    test::TempDir dir("dermalens-noqt");
    std::ofstream(dir / "bad.cpp") << "#include <QString>\n"
                                      "  #  include \"QFile\"\n"
                                      "#include <QtCore/QObject>\n"
                                      "#include <qwidget.h>\n";
    std::ofstream(dir / "good.h") << "#include <queue>\n#include \"Quality.h\"\n"
                                     "#include <opencv2/core.hpp>\n// QString in a comment\n";
    const auto hits = qtIncludes(dir.path());
    EXPECT_EQ(hits.size(), 3u) << joined(hits);
}

}  // namespace
}  // namespace dermalens
