// DICOM metadata: identity, dates, body site, laterality and spacing, with their fallbacks.
#include <gtest/gtest.h>

#include "DicomFixtures.h"
#include "SyntheticImages.h"
#include "TestPaths.h"
#include "dermalens/imaging/ImageLoader.h"

namespace dermalens {
namespace {

class DicomMetadataTest : public ::testing::Test {
protected:
    ImageMetadata write(const test::DicomSpec& spec) {
        const auto path = dir_ / "meta.dcm";
        test::writeDicom(path, test::makeLesionImage(24, 16), spec);
        const auto image = loadImage(path);
        EXPECT_TRUE(image) << image.error().message();
        return image ? image->meta : ImageMetadata{};
    }
    test::TempDir dir_{"dermalens-dicom-meta"};
};

TEST_F(DicomMetadataTest, ReadsIdentityAndContext) {
    const auto meta = write({.patient_id = "P-42",
                             .patient_name = "Smith^Ann",
                             .patient_sex = "F",
                             .patient_birth_date = "19811224",
                             .study_instance_uid = "1.2.3.4.5",
                             .series_instance_uid = "1.2.3.4.5.6",
                             .sop_instance_uid = "1.2.3.4.5.6.7",
                             .acquisition_date = "20240102",
                             .content_date = "20240103",
                             .study_date = "20240104",
                             .anatomic_region_meaning = "Left forearm",
                             .body_part_examined = "ARM",
                             .image_laterality = "L",
                             .laterality = "R",
                             .pixel_spacing = std::make_pair(0.02, 0.025),
                             .imager_pixel_spacing = std::make_pair(0.5, 0.5)});
    EXPECT_EQ(meta.source_path.empty(), false);
    EXPECT_EQ(meta.patient_id, "P-42");
    EXPECT_EQ(meta.patient_name, "Smith^Ann");
    EXPECT_EQ(meta.patient_sex, "F");
    EXPECT_EQ(meta.patient_birth_date, "19811224");
    EXPECT_EQ(meta.study_instance_uid, "1.2.3.4.5");
    EXPECT_EQ(meta.series_instance_uid, "1.2.3.4.5.6");
    EXPECT_EQ(meta.sop_instance_uid, "1.2.3.4.5.6.7");
    EXPECT_EQ(meta.sop_class_uid, test::kDermoscopicSopClass);
    EXPECT_EQ(meta.modality, "XC");
    EXPECT_EQ(meta.acquisition_date, "20240102");
    EXPECT_EQ(meta.body_site, "Left forearm");
    EXPECT_EQ(meta.laterality, "L");
    EXPECT_EQ(meta.photometric, "RGB");
    EXPECT_EQ(meta.frame_count, 1);
    ASSERT_TRUE(meta.pixel_spacing_row_mm && meta.pixel_spacing_col_mm);
    EXPECT_DOUBLE_EQ(*meta.pixel_spacing_row_mm, 0.02);
    EXPECT_DOUBLE_EQ(*meta.pixel_spacing_col_mm, 0.025);
}

TEST_F(DicomMetadataTest, FallsBackToContentThenStudyDate) {
    EXPECT_EQ(write({.content_date = "20230201", .study_date = "20230301"}).acquisition_date,
              "20230201");
    EXPECT_EQ(write({.study_date = "20230301"}).acquisition_date, "20230301");
    EXPECT_EQ(write({}).acquisition_date, "");
}

TEST_F(DicomMetadataTest, FallsBackToBodyPartExaminedAndLaterality) {
    const auto meta = write({.body_part_examined = "BACK", .laterality = "R"});
    EXPECT_EQ(meta.body_site, "BACK");
    EXPECT_EQ(meta.laterality, "R");
}

TEST_F(DicomMetadataTest, FallsBackToImagerPixelSpacing) {
    const auto meta = write({.imager_pixel_spacing = std::make_pair(0.1, 0.2)});
    ASSERT_TRUE(meta.pixel_spacing_row_mm && meta.pixel_spacing_col_mm);
    EXPECT_DOUBLE_EQ(*meta.pixel_spacing_row_mm, 0.1);
    EXPECT_DOUBLE_EQ(*meta.pixel_spacing_col_mm, 0.2);
    EXPECT_FALSE(write({}).pixel_spacing_row_mm.has_value());
}

TEST_F(DicomMetadataTest, ReadMetadataSkipsPixelsButKnowsTheGeometry) {
    const auto path = dir_ / "meta-only.dcm";
    test::writeDicom(path, test::makeLesionImage(24, 16),
                     {.syntax = test::DicomSyntax::JpegLsLossless, .patient_id = "P-7"});
    const auto meta = readMetadata(path);
    ASSERT_TRUE(meta) << meta.error().message();
    EXPECT_EQ(meta->format, "DICOM");
    EXPECT_EQ(meta->patient_id, "P-7");
    EXPECT_EQ(meta->original_width, 24);
    EXPECT_EQ(meta->original_height, 16);
    EXPECT_NE(meta->transfer_syntax.find("JPEG-LS"), std::string::npos);
}

}  // namespace
}  // namespace dermalens
