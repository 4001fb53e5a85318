// Import through the Workspace: grouping from folders, DICOM and CSV, follow-up visits of known
// lesions, the review step, duplicates and idempotent re-import.
#include <gtest/gtest.h>

#include <fstream>

#include "DicomFixtures.h"
#include "SyntheticImages.h"
#include "TestPaths.h"
#include "dermalens/workspace/Workspace.h"

namespace dermalens {
namespace {

namespace fs = std::filesystem;

void writePng(const fs::path& path, unsigned seed) {
    fs::create_directories(path.parent_path());
    test::writeRaster(path, test::makeLesionImage(64, 48, seed), test::RasterFormat::Png);
}

test::DicomSpec dicomSpec(const std::string& study, const std::string& site,
                          const std::string& laterality, const std::string& date) {
    test::DicomSpec spec;
    spec.patient_id = "P-42";
    spec.patient_name = "Doe^Jane";
    spec.study_instance_uid = study;
    spec.study_date = date;
    spec.anatomic_region_meaning = site;
    spec.image_laterality = laterality;
    return spec;
}

class WorkspaceImportTest : public ::testing::Test {
protected:
    void SetUp() override {
        auto ws = Workspace::open(dir_ / "store");
        ASSERT_TRUE(ws) << ws.error().message();
        ws_.emplace(std::move(*ws));
    }
    ImportSummary importAll(const std::vector<fs::path>& inputs, const ImportOptions& o = {}) {
        auto plan = ws_->planImport(inputs, o);
        EXPECT_TRUE(plan) << plan.error().message();
        auto summary = ws_->commitImport(*plan);
        EXPECT_TRUE(summary) << summary.error().message();
        return *summary;
    }
    const PatientSummary* byExternalId(const std::vector<PatientSummary>& all, const std::string& id) {
        for (const auto& p : all)
            if (p.record.external_id == id) return &p;
        return nullptr;
    }
    test::TempDir dir_{"dermalens-ws-import"};
    std::optional<Workspace> ws_;
};

TEST_F(WorkspaceImportTest, FolderLayoutGivesPatientsLesionsAndCopies) {
    const fs::path src = dir_ / "src";
    writePng(src / "Alice" / "L01-back" / "2024-01-05_a.png", 1);
    writePng(src / "Alice" / "L01-back" / "2025-02-01_b.png", 2);
    writePng(src / "Alice" / "L02-left-arm" / "x.png", 3);
    writePng(src / "Bob" / "L01" / "img.png", 4);
    const auto summary = importAll({src});
    EXPECT_EQ(summary.imported, 4u);
    EXPECT_EQ(summary.patients_created, 2u);
    auto patients = ws_->patients();
    ASSERT_TRUE(patients);
    const auto* alice = byExternalId(*patients, "Alice");
    ASSERT_NE(alice, nullptr);
    EXPECT_EQ(alice->lesion_count, 2);
    EXPECT_EQ(alice->latest_visit, "20250201");
    auto tree = ws_->patient(alice->record.id);
    ASSERT_TRUE(tree);
    ASSERT_EQ(tree->lesions.size(), 2u);
    const Lesion& back = tree->lesions[0];
    EXPECT_EQ(back.body_site, "back");
    ASSERT_EQ(back.images.size(), 2u);
    EXPECT_EQ(back.images[0].date, "20240105");  // oldest first
    EXPECT_NE(back.images[0].visit_id, back.images[1].visit_id);
    // The managed copy survives deleting the original.
    fs::remove_all(src);
    EXPECT_TRUE(fs::exists(back.images[1].path));
    EXPECT_TRUE(fs::path(back.images[1].path).string().find((dir_ / "store").string()) == 0);
}

TEST_F(WorkspaceImportTest, ReimportIsIdempotentAndDuplicatesAreFoundByContent) {
    const fs::path src = dir_ / "src";
    writePng(src / "P" / "a.png", 1);
    writePng(src / "P" / "b.png", 2);
    fs::copy_file(src / "P" / "a.png", src / "P" / "copy-of-a.png");
    const auto first = importAll({src});
    EXPECT_EQ(first.imported, 2u);
    EXPECT_EQ(first.duplicates, 1u);  // the copy, by hash
    const auto again = importAll({src});
    EXPECT_EQ(again.imported, 0u);
    EXPECT_EQ(again.duplicates, 3u);
    EXPECT_EQ(ws_->study()->imageCount(), 2u);
}

TEST_F(WorkspaceImportTest, DicomFollowUpOfAKnownLesionJoinsItAsANewVisit) {
    const fs::path src = dir_ / "src";
    fs::create_directories(src);
    test::writeDicom(src / "v1.dcm", test::makeLesionImage(64, 48, 1),
                     dicomSpec("1.2.3.1", "Back", "L", "20230110"));
    test::writeDicom(src / "v1-arm.dcm", test::makeLesionImage(64, 48, 2),
                     dicomSpec("1.2.3.1", "Upper arm", "R", "20230110"));
    EXPECT_EQ(importAll({src}).imported, 2u);
    // A year later, a new study of the same site and side: a visit of the known lesion.
    const fs::path later = dir_ / "later";
    fs::create_directories(later);
    test::writeDicom(later / "v2.dcm", test::makeLesionImage(64, 48, 3),
                     dicomSpec("1.2.3.2", "Back", "L", "20240115"));
    const auto summary = importAll({later});
    EXPECT_EQ(summary.imported, 1u);
    EXPECT_EQ(summary.lesions_created, 0u);
    EXPECT_EQ(summary.visits_created, 1u);
    auto patients = ws_->patients();
    ASSERT_EQ(patients->size(), 1u);
    EXPECT_EQ(patients->front().display_name, "Doe Jane");
    auto tree = ws_->patient(patients->front().record.id);
    ASSERT_EQ(tree->lesions.size(), 2u);
    const Lesion* back = tree->lesions[0].body_site == "Back" ? &tree->lesions[0] : &tree->lesions[1];
    ASSERT_EQ(back->images.size(), 2u);
    EXPECT_EQ(back->images[0].date, "20230110");
    EXPECT_EQ(back->images[1].date, "20240115");
}

TEST_F(WorkspaceImportTest, DicomWithoutSiteOfAKnownPatientNeedsReview) {
    const fs::path src = dir_ / "src";
    fs::create_directories(src);
    test::writeDicom(src / "v1.dcm", test::makeLesionImage(64, 48, 1),
                     dicomSpec("1.2.3.1", "Back", "L", "20230110"));
    importAll({src});
    const fs::path later = dir_ / "later";
    fs::create_directories(later);
    test::writeDicom(later / "nosite.dcm", test::makeLesionImage(64, 48, 5),
                     dicomSpec("1.2.3.9", "", "", "20240301"));
    auto plan = ws_->planImport({later});
    ASSERT_TRUE(plan);
    ASSERT_EQ(plan->items.size(), 1u);
    EXPECT_EQ(plan->items[0].action, ImportAction::NeedsReview);
    ASSERT_EQ(plan->items[0].candidates.size(), 1u);
    // Not committed before the user decides...
    auto skipped = ws_->commitImport(*plan);
    EXPECT_EQ(skipped->imported, 0u);
    EXPECT_EQ(skipped->skipped.size(), 1u);
    // ...and joining the candidate makes it a follow-up of that lesion.
    plan->items[0].action = ImportAction::Import;
    plan->items[0].target_lesion = plan->items[0].candidates[0];
    EXPECT_EQ(ws_->commitImport(*plan)->imported, 1u);
    auto tree = ws_->patient(ws_->patients()->front().record.id);
    ASSERT_EQ(tree->lesions.size(), 1u);
    EXPECT_EQ(tree->lesions[0].images.size(), 2u);
}

TEST_F(WorkspaceImportTest, TwoStoredLesionsAtTheSameSiteNeedReview) {
    const fs::path src = dir_ / "src";
    fs::create_directories(src);
    auto a = dicomSpec("1.2.3.1", "Back", "L", "20230110");
    a.lesion_number = "1";
    auto b = a;
    b.lesion_number = "2";
    test::writeDicom(src / "a.dcm", test::makeLesionImage(64, 48, 1), a);
    test::writeDicom(src / "b.dcm", test::makeLesionImage(64, 48, 2), b);
    EXPECT_EQ(importAll({src}).lesions_created, 2u);
    const fs::path later = dir_ / "later";
    fs::create_directories(later);
    test::writeDicom(later / "c.dcm", test::makeLesionImage(64, 48, 3),
                     dicomSpec("1.2.3.2", "Back", "L", "20240115"));
    auto plan = ws_->planImport({later});
    ASSERT_EQ(plan->items.size(), 1u);
    EXPECT_EQ(plan->items[0].action, ImportAction::NeedsReview);
    EXPECT_EQ(plan->items[0].candidates.size(), 2u);
}

TEST_F(WorkspaceImportTest, MetadataCsvGroupsByLesionAndPatient) {
    const fs::path src = dir_ / "images";
    writePng(src / "ISIC_1.jpg.png", 1);
    writePng(src / "ISIC_2.png", 2);
    writePng(src / "ISIC_3.png", 3);
    std::ofstream(dir_ / "meta.csv")
        << "image_id,lesion_id,patient_id,age,sex,localization,date\n"
           "ISIC_1.jpg,HAM_1,PAT_A,45,male,trunk,2020-05-01\n"
           "ISIC_2,HAM_1,PAT_A,46,male,trunk,2021-05-01\n"
           "ISIC_3,HAM_2,PAT_B,30,female,face,2021-06-01\n";
    ImportOptions o;
    o.metadata_csv = dir_ / "meta.csv";
    EXPECT_EQ(importAll({src}, o).imported, 3u);
    auto patients = ws_->patients();
    ASSERT_EQ(patients->size(), 2u);
    const auto* a = byExternalId(*patients, "PAT_A");
    ASSERT_NE(a, nullptr);
    EXPECT_EQ(a->record.sex, "M");
    auto tree = ws_->patient(a->record.id);
    ASSERT_EQ(tree->lesions.size(), 1u);
    EXPECT_EQ(tree->lesions[0].body_site, "trunk");
    ASSERT_EQ(tree->lesions[0].images.size(), 2u);
    EXPECT_EQ(tree->lesions[0].images[1].date, "20210501");
}

TEST_F(WorkspaceImportTest, UnreadableFilesAreSkippedWithTheReason) {
    const fs::path src = dir_ / "src";
    writePng(src / "P" / "ok.png", 1);
    std::ofstream(src / "P" / "broken.jpg") << "not a JPEG";
    const auto summary = importAll({src, dir_ / "missing-folder"});
    EXPECT_EQ(summary.imported, 1u);
    ASSERT_EQ(summary.skipped.size(), 2u);
    for (const auto& s : summary.skipped) EXPECT_FALSE(s.reason.empty()) << s.path;
}

TEST_F(WorkspaceImportTest, SyntheticImportsAreMarked) {
    writePng(dir_ / "demo" / "Demo" / "a.png", 1);
    ImportOptions o;
    o.synthetic = true;
    importAll({dir_ / "demo"}, o);
    auto patients = ws_->patients();
    ASSERT_EQ(patients->size(), 1u);
    EXPECT_TRUE(patients->front().record.synthetic);
    EXPECT_NE(patients->front().display_name.find("SYNTHETIC"), std::string::npos);
}

TEST_F(WorkspaceImportTest, CyrillicAndHangulNamesArriveAsUtf8) {
    const fs::path src = dir_ / "src";
    fs::create_directories(src);
    auto ru = dicomSpec("1.2.9.1", "Back", "L", "20230110");
    ru.patient_id = "RU-1";
    ru.specific_character_set = "ISO_IR 144";
    ru.patient_name_raw_bytes = "\xb8\xd2\xd0\xdd\xde\xd2^\xb8\xd2\xd0\xdd";  // Иванов^Иван
    test::writeDicom(src / "ru.dcm", test::makeLesionImage(64, 48, 1), ru);
    importAll({src});
    auto found = ws_->patients("Иванов");
    ASSERT_TRUE(found);
    ASSERT_EQ(found->size(), 1u);
    EXPECT_EQ(found->front().display_name, "Иванов Иван");
}

}  // namespace
}  // namespace dermalens
