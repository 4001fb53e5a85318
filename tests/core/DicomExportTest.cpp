// DICOM export of a patient: the objects, their references, stable UIDs, dciodvfy.
#include <gtest/gtest.h>

#include <map>
#include <set>

#include "DicomExportFixture.h"
#include "dermalens/output/DicomUid.h"

namespace dermalens::test {
namespace {
namespace fs = std::filesystem;

constexpr const char* kDermoscopic = "1.2.840.10008.5.1.4.1.1.77.1.7";
constexpr const char* kVlPhoto = "1.2.840.10008.5.1.4.1.1.77.1.4";
constexpr const char* kComprehensiveSr = "1.2.840.10008.5.1.4.1.1.88.33";
constexpr const char* kSecondaryCapture = "1.2.840.10008.5.1.4.1.1.7";
constexpr const char* kPdf = "1.2.840.10008.5.1.4.1.1.104.1";

std::vector<const ExportedObject*> ofKind(const DicomExportSummary& s, ExportedKind kind) {
    std::vector<const ExportedObject*> out;
    for (const auto& o : s.objects)
        if (o.kind == kind) out.push_back(&o);
    return out;
}

bool contains(const std::vector<std::string>& values, const std::string& v) {
    return std::find(values.begin(), values.end(), v) != values.end();
}

class DicomExportTest : public ::testing::Test {
protected:
    ExportFixture f;
    DicomExportSummary exportTo(const fs::path& target, DicomExportOptions options) {
        auto summary = f.workspace->exportDicom(f.patient, target, options);
        EXPECT_TRUE(summary.has_value()) << (summary ? "" : summary.error().message());
        return summary ? *summary : DicomExportSummary{};
    }
};

TEST(DicomUidTest, NamesGiveStableValidUuidDerivedUids) {
    const std::string a = uidFromName("patient:1|image:abc");
    EXPECT_EQ(a, uidFromName("patient:1|image:abc"));
    EXPECT_NE(a, uidFromName("patient:1|image:abd"));
    EXPECT_EQ(a.rfind("2.25.", 0), 0u);
    EXPECT_LE(a.size(), 44u);
    EXPECT_TRUE(isValidDicomUid(a));
    EXPECT_FALSE(isValidDicomUid("1.02.3"));
    EXPECT_FALSE(isValidDicomUid("1..2"));
    EXPECT_FALSE(isValidDicomUid("../etc/passwd"));
    EXPECT_FALSE(isValidDicomUid(std::string(65, '1')));
}

TEST_F(DicomExportTest, WritesEveryObjectOfEachVisitIntoOneStudy) {
    DicomExportOptions options = f.options();
    options.report_pdf = f.pdf;
    const auto s = exportTo(f.dir / "out", options);
    EXPECT_TRUE(s.skipped.empty());
    ASSERT_EQ(ofKind(s, ExportedKind::Image).size(), 3u);
    ASSERT_EQ(ofKind(s, ExportedKind::AiReport).size(), 2u);  // one per visit with analyses
    ASSERT_EQ(ofKind(s, ExportedKind::Heatmap).size(), 2u);
    ASSERT_EQ(ofKind(s, ExportedKind::Report).size(), 1u);
    std::set<std::string> studies;
    for (const auto& o : s.objects) studies.insert(o.study_instance_uid);
    EXPECT_EQ(studies.size(), 2u);  // two visits, two studies
    // The report goes with the latest visit, the DICOM study the second visit came from.
    EXPECT_EQ(ofKind(s, ExportedKind::Report)[0]->study_instance_uid,
              ExportFixture::kDicomStudyUid);
    for (const auto& o : s.objects) {
        auto file = loadDicom(o.file);
        EXPECT_EQ(stringOf(*file->getDataset(), DCM_SOPClassUID), o.sop_class_uid);
        EXPECT_EQ(stringOf(*file->getDataset(), DCM_PatientID), ExportFixture::kPatientId);
    }
    if (!expectValidDicom(dicomFiles(f.dir / "out")))
        GTEST_SKIP() << "dciodvfy (dicom3tools) is not installed";
}

TEST_F(DicomExportTest, ImagesCarrySopClassBodySiteLateralityAndSpacing) {
    ASSERT_TRUE(f.workspace->setCalibration(f.images[0], 0.02, "ruler").has_value());
    const auto s = exportTo(f.dir / "out", f.options());
    const auto images = ofKind(s, ExportedKind::Image);
    std::map<std::string, int> classes;
    for (const auto* o : images) ++classes[o->sop_class_uid];
    EXPECT_EQ(classes[kDermoscopic], 2);
    EXPECT_EQ(classes[kVlPhoto], 1);
    for (const auto* o : images) {
        auto file = loadDicom(o->file);
        DcmDataset& d = *file->getDataset();
        if (o->image != f.images[0]) continue;  // the dermoscopic JPEG of the back, left
        EXPECT_EQ(stringOf(d, DCM_Modality), "DMS");
        EXPECT_EQ(stringOf(d, DCM_ImageLaterality), "L");
        EXPECT_TRUE(contains(allValues(d, DCM_CodeValue), "77568009"));  // SNOMED CT: back
        EXPECT_EQ(stringOf(d, DCM_LossyImageCompression), "01");         // it was a JPEG
        EXPECT_EQ(stringOf(d, DCM_Rows), "90");
        EXPECT_EQ(stringOf(d, DCM_Columns), "120");
        EXPECT_EQ(stringOf(d, DCM_PixelSpacing), "0.02\\0.02") << "from the ruler calibration";
    }
    bool spacing = false;
    for (const auto* o : images) {
        auto file = loadDicom(o->file);
        if (o->image == f.images[2])
            spacing = stringOf(*file->getDataset(), DCM_PixelSpacing) == "0.05\\0.05";
    }
    EXPECT_TRUE(spacing) << "the DICOM source's pixel spacing is kept";
}

TEST_F(DicomExportTest, DicomSourceKeepsItsUidsAndPixelData) {
    const auto s = exportTo(f.dir / "out", f.options());
    const ExportedObject* dicom = nullptr;
    for (const auto* o : ofKind(s, ExportedKind::Image))
        if (o->image == f.images[2]) dicom = o;
    ASSERT_NE(dicom, nullptr);
    auto file = loadDicom(dicom->file);
    DcmDataset& d = *file->getDataset();
    EXPECT_EQ(stringOf(d, DCM_SOPInstanceUID), ExportFixture::kDicomSopUid);
    EXPECT_EQ(stringOf(d, DCM_SeriesInstanceUID), ExportFixture::kDicomSeriesUid);
    EXPECT_EQ(stringOf(d, DCM_StudyInstanceUID), ExportFixture::kDicomStudyUid);
    auto source = loadDicom(f.workspace->imagePath(f.images[2]).value());
    const Uint8 *a = nullptr, *b = nullptr;
    unsigned long na = 0, nb = 0;
    ASSERT_TRUE(d.findAndGetUint8Array(DCM_PixelData, a, &na).good());
    ASSERT_TRUE(source->getDataset()->findAndGetUint8Array(DCM_PixelData, b, &nb).good());
    ASSERT_EQ(na, nb);
    EXPECT_TRUE(std::equal(a, a + na, b));
}

TEST_F(DicomExportTest, ReportReferencesEachAnalysedImageAndNamesTheAlgorithm) {
    const auto s = exportTo(f.dir / "out", f.options());
    std::map<ImageId, std::string> image_uid;
    for (const auto* o : ofKind(s, ExportedKind::Image)) image_uid[o->image] = o->sop_instance_uid;
    std::set<std::string> referenced;
    for (const auto* o : ofKind(s, ExportedKind::AiReport)) {
        auto file = loadDicom(o->file);
        DcmDataset& d = *file->getDataset();
        EXPECT_EQ(o->sop_class_uid, kComprehensiveSr);
        EXPECT_TRUE(contains(allValues(d, DCM_TemplateIdentifier), "1500"));
        const auto codes = allValues(d, DCM_CodeValue);
        for (const char* c : {"126000", "111001", "111003", "111002", "125007", "121112"})
            EXPECT_TRUE(contains(codes, c)) << "concept " << c;
        const auto texts = allValues(d, DCM_TextValue);
        EXPECT_TRUE(contains(texts, f.card.name));
        EXPECT_TRUE(contains(texts, f.card.version));
        EXPECT_TRUE(contains(texts, "weights sha256 " + f.card.weights_sha256));
        const auto meanings = allValues(d, DCM_CodeMeaning);
        EXPECT_TRUE(contains(meanings, "Probability of Melanoma"));
        EXPECT_TRUE(contains(meanings, "Low confidence"));
        for (const auto& uid : allValues(d, DCM_ReferencedSOPInstanceUID)) referenced.insert(uid);
        EXPECT_FALSE(allValues(d, DCM_NumericValue).empty());
    }
    EXPECT_TRUE(referenced.count(image_uid[f.analysed[0]]));
    EXPECT_TRUE(referenced.count(image_uid[f.analysed[1]]));
    EXPECT_FALSE(referenced.count(image_uid[f.images[1]])) << "the clinical photo has no analysis";
}

TEST_F(DicomExportTest, HeatmapIsASecondaryCaptureOfTheSameStudyReferencingItsImage) {
    const auto s = exportTo(f.dir / "out", f.options());
    std::map<ImageId, const ExportedObject*> image;
    for (const auto* o : ofKind(s, ExportedKind::Image)) image[o->image] = o;
    for (const auto* o : ofKind(s, ExportedKind::Heatmap)) {
        EXPECT_EQ(o->sop_class_uid, kSecondaryCapture);
        auto file = loadDicom(o->file);
        DcmDataset& d = *file->getDataset();
        EXPECT_EQ(o->study_instance_uid, image[o->image]->study_instance_uid);
        EXPECT_TRUE(contains(allValues(d, DCM_ReferencedSOPInstanceUID),
                             image[o->image]->sop_instance_uid));
        EXPECT_EQ(stringOf(d, DCM_BurnedInAnnotation), "NO");
        EXPECT_NE(stringOf(d, DCM_DerivationDescription).find("Grad-CAM for Melanoma"),
                  std::string::npos);
    }
}

TEST_F(DicomExportTest, ReExportGivesTheSameUids) {
    const auto first = exportTo(f.dir / "one", f.options());
    const auto second = exportTo(f.dir / "two", f.options());
    ASSERT_EQ(first.objects.size(), second.objects.size());
    for (std::size_t i = 0; i < first.objects.size(); ++i) {
        EXPECT_EQ(first.objects[i].sop_instance_uid, second.objects[i].sop_instance_uid);
        EXPECT_EQ(first.objects[i].study_instance_uid, second.objects[i].study_instance_uid);
        EXPECT_EQ(fs::relative(first.objects[i].file, f.dir / "one"),
                  fs::relative(second.objects[i].file, f.dir / "two"));
    }
    std::set<std::string> unique;
    for (const auto& o : first.objects) unique.insert(o.sop_instance_uid);
    EXPECT_EQ(unique.size(), first.objects.size());
}

TEST_F(DicomExportTest, EncapsulatedPdfHoldsTheFileByteForByte) {
    DicomExportOptions options = f.options();
    options.report_pdf = f.pdf;
    options.report_title = "Lesion report";
    const auto s = exportTo(f.dir / "out", options);
    const auto reports = ofKind(s, ExportedKind::Report);
    ASSERT_EQ(reports.size(), 1u);
    EXPECT_EQ(reports[0]->sop_class_uid, kPdf);
    auto file = loadDicom(reports[0]->file);
    DcmDataset& d = *file->getDataset();
    EXPECT_EQ(stringOf(d, DCM_MIMETypeOfEncapsulatedDocument), "application/pdf");
    EXPECT_EQ(stringOf(d, DCM_DocumentTitle), "Lesion report");
    EXPECT_EQ(stringOf(d, DCM_BurnedInAnnotation), "YES");
    const Uint8* bytes = nullptr;
    unsigned long n = 0;
    ASSERT_TRUE(d.findAndGetUint8Array(DCM_EncapsulatedDocument, bytes, &n).good());
    std::ifstream in(f.pdf, std::ios::binary);
    const std::string pdf((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    ASSERT_GE(n, pdf.size());
    EXPECT_EQ(std::string(reinterpret_cast<const char*>(bytes), pdf.size()), pdf);
    EXPECT_EQ(stringOf(d, DCM_EncapsulatedDocumentLength), std::to_string(pdf.size()));
}

TEST_F(DicomExportTest, RefusesANonPdfReportAndANonEmptyFolder) {
    DicomExportOptions options = f.options();
    options.report_pdf = f.dir / "sources" / "a.jpg";
    auto bad = f.workspace->exportDicom(f.patient, f.dir / "out", options);
    ASSERT_FALSE(bad.has_value());
    EXPECT_NE(bad.error().reason.find("not a PDF"), std::string::npos);
    EXPECT_TRUE(dicomFiles(f.dir / "out").empty()) << "a failed export leaves nothing behind";
    fs::create_directories(f.dir / "full");
    std::ofstream(f.dir / "full" / "x") << "x";
    auto refused = f.workspace->exportDicom(f.patient, f.dir / "full", f.options());
    ASSERT_FALSE(refused.has_value());
    EXPECT_EQ(refused.error().code, ErrorCode::InvalidArgument);
}

TEST_F(DicomExportTest, CancelStopsAndRemovesWhatWasWritten) {
    std::size_t calls = 0;
    std::size_t last_total = 0;
    auto cancelled = f.workspace->exportDicom(
        f.patient, f.dir / "out", f.options(),
        [&](std::size_t, std::size_t total) { last_total = total; }, [&] { return ++calls > 2; });
    ASSERT_FALSE(cancelled.has_value());
    EXPECT_EQ(cancelled.error().code, ErrorCode::Cancelled);
    EXPECT_GT(last_total, 0u);
    EXPECT_TRUE(dicomFiles(f.dir / "out").empty());
}

}  // namespace
}  // namespace dermalens::test
