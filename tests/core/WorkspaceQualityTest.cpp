// Workspace::imageQuality on imported images: the checks run on the managed copy.
#include <gtest/gtest.h>

#include "ImageDefects.h"
#include "SyntheticImages.h"
#include "TestPaths.h"
#include "dermalens/workspace/Workspace.h"

namespace dermalens {
namespace {

namespace fs = std::filesystem;

TEST(WorkspaceQualityTest, ReportsTheDefectOfTheStoredImageAndNotOfTheOther) {
    test::TempDir dir("dermalens-quality");
    const cv::Mat lesion = test::makeLesionImage(200, 150, 3);
    for (const auto& [name, pixels] :
         {std::pair{"L01", test::withExposure(lesion, 1.0)}, {"L02", test::withExposure(lesion, 0.3)}}) {
        const fs::path file = dir / "src" / "Bob" / name / "a.png";
        fs::create_directories(file.parent_path());
        test::writeRaster(file, pixels, test::RasterFormat::Png);
    }
    auto ws = Workspace::open(dir / "store");
    ASSERT_TRUE(ws) << ws.error().message();
    auto plan = ws->planImport({dir / "src"});
    ASSERT_TRUE(plan);
    ASSERT_EQ(ws->commitImport(*plan)->imported, 2u);
    auto patient = ws->patient(ws->patients()->front().record.id);
    ASSERT_TRUE(patient);
    ASSERT_EQ(patient->lesions.size(), 2u);
    const auto darkId = ImageId::ofFile((dir / "src" / "Bob" / "L02" / "a.png").string());
    ASSERT_TRUE(darkId);
    for (const auto& lesion : patient->lesions) {
        const ImageId& id = lesion.images.front().image_id;
        auto report = ws->imageQuality(id);
        ASSERT_TRUE(report) << report.error().message();
        EXPECT_EQ(report->flagged(QualityCheck::Underexposure), id == *darkId) << lesion.id;
        EXPECT_EQ(report->findings.size(), 6u);
    }
}

TEST(WorkspaceQualityTest, UnknownImageIsNotFound) {
    test::TempDir dir("dermalens-quality");
    auto ws = Workspace::open(dir / "store");
    ASSERT_TRUE(ws);
    auto report = ws->imageQuality(ImageId{});
    ASSERT_FALSE(report);
}

}  // namespace
}  // namespace dermalens
