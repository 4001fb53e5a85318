#include "dermalens/study/StudyCatalog.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>

#include "DicomFixtures.h"
#include "SyntheticImages.h"
#include "TestPaths.h"

namespace dermalens {
namespace {

namespace fs = std::filesystem;
using test::RasterFormat;

void writeImage(const fs::path& path, RasterFormat format = RasterFormat::Png, unsigned seed = 1) {
    fs::create_directories(path.parent_path());
    test::writeRaster(path, test::makeLesionImage(64, 48, seed), format);
}

const Patient* findPatient(const Study& study, const std::string& id) {
    for (const auto& p : study.patients) {
        if (p.id == id) return &p;
    }
    return nullptr;
}

const Lesion* findLesion(const Patient& patient, const std::string& id) {
    for (const auto& l : patient.lesions) {
        if (l.id == id) return &l;
    }
    return nullptr;
}

std::vector<std::string> fileNames(const Lesion& lesion) {
    std::vector<std::string> names;
    for (const auto& image : lesion.images) names.push_back(image.path.filename().string());
    return names;
}

// root/Alice/L01-back/{3 dated or undated files}, root/Alice/L02-left-arm/x.png,
// root/Alice/{loose1.png, loose2.jpg}, root/Bob/L01/img.png, root/rootfile.png,
// root/broken.jpg (text), root/notes.txt (ignored).
class StudyCatalogTest : public ::testing::Test {
protected:
    void SetUp() override {
        const fs::path& root = dir_.path();
        writeImage(root / "Alice" / "L01-back" / "2024-01-05_a.png");
        writeImage(root / "Alice" / "L01-back" / "20230210_b.png", RasterFormat::Png, 2);
        writeImage(root / "Alice" / "L01-back" / "nodate.png", RasterFormat::Png, 3);
        writeImage(root / "Alice" / "L02-left-arm" / "x.png", RasterFormat::Png, 4);
        writeImage(root / "Alice" / "loose1.png", RasterFormat::Png, 5);
        writeImage(root / "Alice" / "loose2.jpg", RasterFormat::Jpeg, 6);
        writeImage(root / "Bob" / "L01" / "img.png", RasterFormat::Png, 7);
        writeImage(root / "rootfile.png", RasterFormat::Png, 8);
        std::ofstream(root / "broken.jpg") << "this is not a JPEG";
        std::ofstream(root / "notes.txt") << "not an image either, but ignored by extension";
    }

    [[nodiscard]] ScanResult scanRoot() const {
        auto result = StudyCatalog::scan({dir_.path()});
        EXPECT_TRUE(result.has_value()) << result.error().message();
        return result ? *result : ScanResult{};
    }

    test::TempDir dir_{"dermalens-catalog"};
};

TEST_F(StudyCatalogTest, GroupsNestedFoldersIntoPatientsAndLesions) {
    const ScanResult result = scanRoot();
    EXPECT_EQ(result.study.imageCount(), 8u);
    const Patient* alice = findPatient(result.study, "Alice");
    ASSERT_NE(alice, nullptr);
    ASSERT_EQ(alice->lesions.size(), 4u);  // two lesion folders + two loose files
    const Lesion* back = findLesion(*alice, "L01-back");
    ASSERT_NE(back, nullptr);
    EXPECT_EQ(back->body_site, "back");
    EXPECT_EQ(back->label, "L01 (back)");
    EXPECT_EQ(back->images.size(), 3u);
    const Lesion* arm = findLesion(*alice, "L02-left-arm");
    ASSERT_NE(arm, nullptr);
    EXPECT_EQ(arm->body_site, "left arm");
    EXPECT_NE(findLesion(*alice, "loose1.png"), nullptr);
    EXPECT_NE(findLesion(*alice, "loose2.jpg"), nullptr);
    const Patient* bob = findPatient(result.study, "Bob");
    ASSERT_NE(bob, nullptr);
    ASSERT_EQ(bob->lesions.size(), 1u);
    EXPECT_EQ(bob->lesions[0].body_site, "");
    EXPECT_FALSE(bob->synthetic);
}

TEST_F(StudyCatalogTest, FilesAtRootBelongToAPatientNamedAfterTheRoot) {
    const ScanResult result = scanRoot();
    const Patient* rootPatient = findPatient(result.study, dir_.path().filename().string());
    ASSERT_NE(rootPatient, nullptr);
    ASSERT_EQ(rootPatient->lesions.size(), 1u);
    EXPECT_EQ(rootPatient->lesions[0].id, "rootfile.png");
    EXPECT_EQ(result.study.patients.size(), 3u);
}

TEST_F(StudyCatalogTest, BadFileIsReportedAndOthersKept) {
    const ScanResult result = scanRoot();
    ASSERT_EQ(result.problems.size(), 1u);
    EXPECT_EQ(result.problems[0].path.filename(), "broken.jpg");
    EXPECT_FALSE(result.problems[0].reason.empty());
    EXPECT_EQ(result.study.imageCount(), 8u);
}

TEST_F(StudyCatalogTest, ImagesOldestFirstUndatedLast) {
    const ScanResult result = scanRoot();
    const Lesion* back = findLesion(*findPatient(result.study, "Alice"), "L01-back");
    ASSERT_NE(back, nullptr);
    EXPECT_EQ(fileNames(*back),
              (std::vector<std::string>{"20230210_b.png", "2024-01-05_a.png", "nodate.png"}));
    EXPECT_EQ(back->images[0].date, "20230210");
    EXPECT_EQ(back->images[1].date, "20240105");
    EXPECT_EQ(back->images[2].date, "");
    EXPECT_EQ(back->images[0].meta.format, "PNG");
}

TEST_F(StudyCatalogTest, PatientsByLabelLesionsById) {
    const ScanResult result = scanRoot();
    const auto& patients = result.study.patients;
    ASSERT_EQ(patients.size(), 3u);
    EXPECT_EQ(patients[0].label, "Alice");
    EXPECT_EQ(patients[1].label, "Bob");
    for (const auto& patient : patients) {
        EXPECT_TRUE(std::is_sorted(patient.lesions.begin(), patient.lesions.end(),
                                   [](const Lesion& a, const Lesion& b) { return a.id < b.id; }));
    }
}

TEST_F(StudyCatalogTest, ScanIsDeterministic) {
    const ScanResult first = scanRoot();
    const ScanResult second = scanRoot();
    std::vector<fs::path> a, b;
    for (const auto* study : {&first.study, &second.study}) {
        auto& out = study == &first.study ? a : b;
        for (const auto& p : study->patients)
            for (const auto& l : p.lesions)
                for (const auto& i : l.images) out.push_back(i.path);
    }
    EXPECT_EQ(a.size(), 8u);
    EXPECT_EQ(a, b);
}

TEST_F(StudyCatalogTest, ReportsProgressUpToTheTotal) {
    std::vector<std::pair<std::size_t, std::size_t>> calls;
    auto result = StudyCatalog::scan({dir_.path()}, [&](std::size_t done, std::size_t total) {
        calls.emplace_back(done, total);
    });
    ASSERT_TRUE(result.has_value());
    ASSERT_FALSE(calls.empty());
    EXPECT_EQ(calls.back().first, 9u);  // 8 images + broken.jpg; notes.txt is not tried
    EXPECT_EQ(calls.back().second, 9u);
    for (std::size_t i = 1; i < calls.size(); ++i) EXPECT_GE(calls[i].first, calls[i - 1].first);
}

TEST_F(StudyCatalogTest, CancelStopsTheScan) {
    auto immediately = StudyCatalog::scan({dir_.path()}, {}, [] { return true; });
    ASSERT_FALSE(immediately.has_value());
    EXPECT_EQ(immediately.error().code, ErrorCode::Cancelled);

    std::size_t done_so_far = 0;
    auto midway = StudyCatalog::scan(
        {dir_.path()}, [&](std::size_t done, std::size_t) { done_so_far = done; },
        [&] { return done_so_far >= 3; });
    ASSERT_FALSE(midway.has_value());
    EXPECT_EQ(midway.error().code, ErrorCode::Cancelled);
    EXPECT_EQ(done_so_far, 3u);
}

TEST_F(StudyCatalogTest, MissingInputIsAProblemNotAFailure) {
    const fs::path missing = dir_.path() / "does-not-exist";
    auto result = StudyCatalog::scan({missing, dir_.path() / "Bob"});
    ASSERT_TRUE(result.has_value());
    ASSERT_EQ(result->problems.size(), 1u);
    EXPECT_EQ(result->problems[0].path, missing);
    EXPECT_EQ(result->study.imageCount(), 1u);
}

TEST_F(StudyCatalogTest, SingleFileInputIsOneLesion) {
    const fs::path file = dir_.path() / "Alice" / "loose1.png";
    auto result = StudyCatalog::scan({file, file});  // named twice, scanned once
    ASSERT_TRUE(result.has_value());
    ASSERT_EQ(result->study.patients.size(), 1u);
    EXPECT_EQ(result->study.patients[0].id, "Alice");
    EXPECT_EQ(result->study.imageCount(), 1u);
}

TEST_F(StudyCatalogTest, AssignImageMovesAndPrunesEmptied) {
    ScanResult result = scanRoot();
    Study& study = result.study;
    const fs::path bob_image = dir_.path() / "Bob" / "L01" / "img.png";
    ASSERT_TRUE(StudyCatalog::assignImage(study, bob_image, "Alice", "L01-back").has_value());
    EXPECT_EQ(findPatient(study, "Bob"), nullptr);  // its only lesion emptied
    EXPECT_EQ(findLesion(*findPatient(study, "Alice"), "L01-back")->images.size(), 4u);

    const fs::path loose = dir_.path() / "Alice" / "loose1.png";
    ASSERT_TRUE(StudyCatalog::assignImage(study, loose, "Carol", "L09-scalp").has_value());
    const Patient* carol = findPatient(study, "Carol");
    ASSERT_NE(carol, nullptr);
    ASSERT_EQ(carol->lesions.size(), 1u);
    EXPECT_EQ(carol->lesions[0].body_site, "scalp");
    EXPECT_EQ(carol->lesions[0].images[0].path, loose);
    EXPECT_EQ(findLesion(*findPatient(study, "Alice"), "loose1.png"), nullptr);
    EXPECT_EQ(study.imageCount(), 8u);
    EXPECT_EQ(study.patients[0].label, "Alice");  // still sorted by label
    EXPECT_EQ(study.patients[1].label, "Carol");
}

TEST_F(StudyCatalogTest, AssignUnknownImageIsNotFound) {
    ScanResult result = scanRoot();
    auto moved = StudyCatalog::assignImage(result.study, dir_.path() / "nope.png", "Alice", "L01");
    ASSERT_FALSE(moved.has_value());
    EXPECT_EQ(moved.error().code, ErrorCode::NotFound);
    EXPECT_EQ(result.study.imageCount(), 8u);
}

TEST(StudyCatalogDates, ParsesDatesInFileNames) {
    EXPECT_EQ(StudyCatalog::dateFromFileName("2024-03-12_visit.png"), "20240312");
    EXPECT_EQ(StudyCatalog::dateFromFileName("IMG_20240312.jpg"), "20240312");
    EXPECT_EQ(StudyCatalog::dateFromFileName("a_2023-02-28_then_2024-01-01.png"), "20230228");
    EXPECT_EQ(StudyCatalog::dateFromFileName("2024-02-29.png"), "20240229");  // leap year
    EXPECT_EQ(StudyCatalog::dateFromFileName("2023-02-29.png"), "");
    EXPECT_EQ(StudyCatalog::dateFromFileName("2024-13-01.png"), "");
    EXPECT_EQ(StudyCatalog::dateFromFileName("id_1234567890.png"), "");  // not inside a run
    EXPECT_EQ(StudyCatalog::dateFromFileName("photo.png"), "");
    EXPECT_EQ(StudyCatalog::dateFromFileName(""), "");
}

TEST(StudyCatalogDates, BodySiteFromFolderName) {
    EXPECT_EQ(StudyCatalog::bodySiteFromFolder("L02-left-arm"), "left arm");
    EXPECT_EQ(StudyCatalog::bodySiteFromFolder("L01-back"), "back");
    EXPECT_EQ(StudyCatalog::bodySiteFromFolder("L03"), "");
}

TEST(StudyCatalogDicom, GroupsByPatientIdAndSeries) {
    test::TempDir dir("dermalens-catalog-dicom");
    const cv::Mat pixels = test::makeLesionImage(32, 24, 11);
    test::DicomSpec first;
    first.patient_id = "P-0042";
    first.patient_name = "Doe^Jane";
    first.series_instance_uid = "1.2.826.0.1.3680043.10.1.1";
    first.acquisition_date = "20240101";
    first.anatomic_region_meaning = "Back";
    test::DicomSpec second = first;
    second.series_instance_uid = "1.2.826.0.1.3680043.10.1.2";
    second.acquisition_date = "20240202";
    second.anatomic_region_meaning = "";
    // Folder and file names disagree with the tags: the tags win.
    fs::create_directories(dir / "folderA");
    fs::create_directories(dir / "folderB");
    test::writeDicom(dir / "folderA" / "2020-01-01_one.dcm", pixels, first);
    test::writeDicom(dir / "folderB" / "two.dcm", pixels, second);

    auto result = StudyCatalog::scan({dir.path()});
    ASSERT_TRUE(result.has_value()) << result.error().message();
    EXPECT_TRUE(result->problems.empty());
    ASSERT_EQ(result->study.patients.size(), 1u);
    const Patient& patient = result->study.patients[0];
    EXPECT_EQ(patient.id, "P-0042");
    EXPECT_EQ(patient.label, "Doe Jane");
    ASSERT_EQ(patient.lesions.size(), 2u);
    EXPECT_EQ(patient.lesions[0].id, first.series_instance_uid);
    EXPECT_EQ(patient.lesions[0].body_site, "Back");
    EXPECT_EQ(patient.lesions[0].label, "Lesion 1 (Back)");
    EXPECT_EQ(patient.lesions[1].label, "Lesion 2");
    EXPECT_EQ(patient.lesions[0].images[0].date, "20240101");
    EXPECT_EQ(patient.lesions[1].images[0].date, "20240202");
}

}  // namespace
}  // namespace dermalens
