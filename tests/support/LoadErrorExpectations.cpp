#include "LoadErrorExpectations.h"

#include <gtest/gtest.h>

namespace dermalens::test {

void expectLoadError(const std::filesystem::path& path, ErrorCode code, const std::string& word,
                     const LoadOptions& options) {
    const auto image = loadImage(path, options);
    ASSERT_FALSE(image) << path;
    EXPECT_EQ(image.error().code, code) << image.error().message();
    EXPECT_EQ(image.error().file, path.string());
    EXPECT_NE(image.error().reason.find(word), std::string::npos) << image.error().reason;
    EXPECT_NE(image.error().message().find(path.string()), std::string::npos);
}

}  // namespace dermalens::test
