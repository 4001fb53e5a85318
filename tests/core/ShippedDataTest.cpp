// Where the programs look for their shipped model and translations: an installed tree
// (<prefix>/bin/program -> <prefix>/share/dermalens/...) first, the build tree's path second.
#include <gtest/gtest.h>

#include <fstream>

#include "TestPaths.h"
#include "dermalens/platform/ShippedData.h"

namespace dermalens {
namespace {

namespace fs = std::filesystem;

void touch(const fs::path& file) {
    fs::create_directories(file.parent_path());
    std::ofstream(file) << "x";
}

class ShippedDataTest : public ::testing::Test {
protected:
    test::TempDir prefix_{"dermalens-shipped"};
    fs::path executable_ = prefix_ / "bin/dermalens-cli";
    fs::path buildTreeModel_ = prefix_ / "src/resources/models/efficientnet_b0_ham10000";
    void SetUp() override {
        touch(executable_);
        touch(buildTreeModel_ / "model.json");
    }
};

TEST_F(ShippedDataTest, InstalledDataDirIsShareDermalensBesideBin) {
    EXPECT_EQ(installedDataDir("/usr/bin/dermalens"), fs::path("/usr/share/dermalens"));
    EXPECT_EQ(installedDataDir("/opt/dl/bin/dermalens-cli"), fs::path("/opt/dl/share/dermalens"));
    EXPECT_TRUE(installedDataDir("").empty());
}

TEST_F(ShippedDataTest, InstalledModelWinsOverTheBuildTree) {
    const fs::path installed = prefix_ / "share/dermalens/models/efficientnet_b0_ham10000";
    touch(installed / "model.json");
    EXPECT_EQ(findShippedModel(executable_, buildTreeModel_), installed);
}

TEST_F(ShippedDataTest, BuildTreeModelWhenNothingIsInstalled) {
    EXPECT_EQ(findShippedModel(executable_, buildTreeModel_), buildTreeModel_);
    // Another model installed does not count: the name must match.
    touch(prefix_ / "share/dermalens/models/other/model.json");
    EXPECT_EQ(findShippedModel(executable_, buildTreeModel_), buildTreeModel_);
}

TEST_F(ShippedDataTest, UnknownExecutableFallsBackToTheBuildTree) {
    EXPECT_EQ(findShippedModel("", buildTreeModel_), buildTreeModel_);
}

TEST_F(ShippedDataTest, InstalledTranslationElseTheEmbeddedOne) {
    const fs::path embedded = ":/i18n/dermalens_ru.qm";
    EXPECT_EQ(findShippedData(executable_, "translations/dermalens_ru.qm", embedded), embedded);
    const fs::path installed = prefix_ / "share/dermalens/translations/dermalens_ru.qm";
    touch(installed);
    EXPECT_EQ(findShippedData(executable_, "translations/dermalens_ru.qm", embedded), installed);
}

TEST_F(ShippedDataTest, CurrentExecutableIsThisTestProgram) {
    const fs::path self = currentExecutable();
    EXPECT_TRUE(self.is_absolute());
    EXPECT_EQ(self.filename(), "dermalens_core_tests");
}

}  // namespace
}  // namespace dermalens
