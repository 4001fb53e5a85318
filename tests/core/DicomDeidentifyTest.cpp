// De-identified DICOM export: PS3.15 Basic Profile actions, consistent UID replacement, the
// temporal option, what is left out, and no burned-in text.
#include <gtest/gtest.h>

#include <map>
#include <set>

#include <opencv2/imgproc.hpp>

#include "DicomExportFixture.h"
#include "dermalens/imaging/ImageLoader.h"
#include "dermalens/inference/Heatmap.h"
#include "dermalens/output/Deidentification.h"
#include "dermalens/output/DicomUid.h"

namespace dermalens::test {
namespace {
namespace fs = std::filesystem;

struct Pair {  // the same object exported plainly and de-identified
    std::unique_ptr<DcmFileFormat> plain;
    std::unique_ptr<DcmFileFormat> clean;
};

class DicomDeidentifyTest : public ::testing::Test {
protected:
    ExportFixture f{true};

    DicomExportSummary exportTo(const std::string& name, bool deidentify, bool retain_dates = false,
                                const std::string& secret = {}) {
        DicomExportOptions o = f.options();
        o.deidentify = deidentify;
        o.retain_dates = retain_dates;
        o.uid_secret = secret;
        auto s = f.workspace->exportDicom(f.patient, f.dir / name, o);
        EXPECT_TRUE(s.has_value()) << (s ? "" : s.error().message());
        return s ? *s : DicomExportSummary{};
    }

    // Plain and de-identified files paired by their place in the export.
    std::vector<Pair> pairs(bool retain_dates = false) {
        exportTo("plain", false);
        exportTo("clean", true, retain_dates);
        std::vector<Pair> out;
        for (const auto& file : dicomFiles(f.dir / "clean"))
            out.push_back({loadDicom(f.dir / "plain" / fs::relative(file, f.dir / "clean")),
                           loadDicom(file)});
        return out;
    }
};

std::set<std::string> uidsOf(const std::vector<Pair>& pairs) {
    std::set<std::string> uids;
    for (const auto& p : pairs) {
        DcmStack stack;
        while (p.plain->getDataset()->nextObject(stack, OFTrue).good())
            if (auto* e = dynamic_cast<DcmElement*>(stack.top()); e && e->ident() == EVR_UI) {
                OFString v;
                e->getOFStringArray(v);
                uids.insert(v.c_str());
            }
    }
    return uids;
}

bool isEmpty(const std::string& v) { return v.empty(); }

// Checks one rule over one pair; true when the plain object had the attribute at all.
bool checkRule(const DeidRule& rule, const Pair& p, const std::set<std::string>& original_uids,
               const std::string& pseudonym) {
    const DcmTagKey tag(rule.group, rule.element);
    const auto before = allValues(*p.plain->getDataset(), tag);
    const auto after = allValues(*p.clean->getDataset(), tag);
    const std::string name = rule.keyword;
    switch (rule.action) {
        case DeidAction::Remove:
            EXPECT_TRUE(after.empty()) << name << " survived";
            break;
        case DeidAction::Empty:
            for (const auto& v : after) {
                if (tag == DCM_PatientName || tag == DCM_PatientID)
                    EXPECT_EQ(v, pseudonym) << name;
                else if (v == "<sequence>") {
                    DcmSequenceOfItems* seq = nullptr;
                    if (p.clean->getDataset()->findAndGetSequence(tag, seq, OFTrue).good() && seq)
                        EXPECT_EQ(seq->card(), 0u) << name << " kept items";
                } else
                    EXPECT_TRUE(isEmpty(v)) << name << " = " << v;
            }
            break;
        case DeidAction::Dummy:
            for (const auto& v : after)
                for (const auto& b : before)
                    EXPECT_TRUE(b.empty() || v != b) << name << " kept " << v;
            break;
        case DeidAction::ReplaceUid:
            for (const auto& v : after) {
                if (v == "<sequence>") continue;  // U*: its UIDs are checked by their own rows
                EXPECT_FALSE(original_uids.count(v)) << name << " kept the UID " << v;
                EXPECT_TRUE(isValidDicomUid(v)) << name << " = " << v;
            }
            break;
        case DeidAction::Keep:
        case DeidAction::Clean:
            break;  // Clean is checked by the planted-text test
    }
    return !before.empty();
}

TEST_F(DicomDeidentifyTest, NoAttributeOfTheProfileSurvives) {
    const auto all = pairs();
    ASSERT_FALSE(all.empty());
    const auto original_uids = uidsOf(all);
    const std::string pseudonym = stringOf(*all[0].clean->getDataset(), DCM_PatientName);
    EXPECT_EQ(pseudonym.rfind("DL-", 0), 0u);
    std::set<std::string> exercised;
    for (const DeidRule& rule : deidentificationRules())
        for (const auto& p : all)
            if (checkRule(rule, p, original_uids, pseudonym)) exercised.insert(rule.keyword);
    // Not a vacuous pass: the plain export really had these attributes.
    for (const char* k : {"PatientName",
                          "PatientID",
                          "IssuerOfPatientID",
                          "PatientBirthDate",
                          "PatientSex",
                          "StudyDate",
                          "ContentDate",
                          "AcquisitionDateTime",
                          "StudyDescription",
                          "SeriesDescription",
                          "StudyInstanceUID",
                          "SeriesInstanceUID",
                          "SOPInstanceUID",
                          "ReferencedSOPInstanceUID",
                          "SourceImageSequence",
                          "FrameOfReferenceUID",
                          "DerivationDescription",
                          "DeviceSerialNumber",
                          "UID",
                          "ContentSequence",
                          "StudyID"})
        EXPECT_TRUE(exercised.count(k)) << k << " never occurred in the plain export";
}

TEST_F(DicomDeidentifyTest, NoPlantedIdentityIsLeftAnywhere) {
    exportTo("clean", true);
    const std::vector<std::string> planted{"Janette",
                                           ExportFixture::kPatientId,
                                           ExportFixture::kIssuer,
                                           ExportFixture::kBirthDate,
                                           ExportFixture::kLesionLabel,
                                           ExportFixture::kVisitDescription,
                                           ExportFixture::kDicomStudyUid,
                                           ExportFixture::kDicomSeriesUid,
                                           ExportFixture::kDicomSopUid,
                                           "20240110",
                                           "20240620"};
    const auto files = dicomFiles(f.dir / "clean");
    ASSERT_FALSE(files.empty());
    for (const auto& file : files) {
        auto dicom = loadDicom(file);
        auto strings = allStrings(*dicom->getDataset());
        const auto meta = allStrings(*dicom->getMetaInfo());
        strings.insert(strings.end(), meta.begin(), meta.end());
        for (const auto& s : strings)
            for (const auto& p : planted)
                EXPECT_EQ(s.find(p), std::string::npos) << file << ": " << s;
        DcmStack stack;
        while (dicom->getDataset()->nextObject(stack, OFTrue).good())
            EXPECT_FALSE(stack.top()->getTag().isPrivate()) << file << ": a private attribute";
        EXPECT_EQ(fs::relative(file, f.dir / "clean").string().find("2024"), std::string::npos);
    }
}

TEST_F(DicomDeidentifyTest, UidsAreReplacedConsistentlyAcrossTheExport) {
    const auto all = pairs();
    std::map<std::string, std::string> mapped;  // plain UID -> de-identified UID
    std::set<std::string> clean_images;
    for (const auto& p : all) {
        for (const DcmTagKey& tag :
             {DCM_StudyInstanceUID, DCM_SeriesInstanceUID, DCM_SOPInstanceUID}) {
            const std::string a = stringOf(*p.plain->getDataset(), tag);
            const std::string b = stringOf(*p.clean->getDataset(), tag);
            auto [it, fresh] = mapped.try_emplace(a, b);
            EXPECT_EQ(it->second, b) << "one UID, two replacements";
            EXPECT_NE(a, b);
        }
        if (stringOf(*p.clean->getDataset(), DCM_Modality) == "DMS")
            clean_images.insert(stringOf(*p.clean->getDataset(), DCM_SOPInstanceUID));
    }
    std::set<std::string> replacements;
    for (const auto& [a, b] : mapped) replacements.insert(b);
    EXPECT_EQ(replacements.size(), mapped.size()) << "two UIDs, one replacement";
    // References inside the report and the heatmaps follow the same mapping.
    for (const auto& p : all) {
        const auto before = allValues(*p.plain->getDataset(), DCM_ReferencedSOPInstanceUID);
        const auto after = allValues(*p.clean->getDataset(), DCM_ReferencedSOPInstanceUID);
        ASSERT_EQ(before.size(), after.size());
        for (std::size_t i = 0; i < before.size(); ++i) {
            EXPECT_EQ(mapped[before[i]], after[i]);
            EXPECT_TRUE(clean_images.count(after[i])) << "refers to an image of the export";
        }
    }
}

TEST_F(DicomDeidentifyTest, TheSameSecretGivesTheSameUidsAndNoSecretNeverDoes) {
    const auto a = exportTo("a", true, false, "secret-1");
    const auto b = exportTo("b", true, false, "secret-1");
    const auto c = exportTo("c", true);
    const auto d = exportTo("d", true);
    ASSERT_EQ(a.objects.size(), b.objects.size());
    ASSERT_EQ(c.objects.size(), d.objects.size());
    for (std::size_t i = 0; i < a.objects.size(); ++i) {
        EXPECT_EQ(a.objects[i].sop_instance_uid, b.objects[i].sop_instance_uid);
        EXPECT_NE(c.objects[i].sop_instance_uid, d.objects[i].sop_instance_uid);
    }
}

TEST_F(DicomDeidentifyTest, RetainLongitudinalTemporalInformationKeepsDates) {
    for (const auto& p : pairs(true)) {
        DcmDataset& a = *p.plain->getDataset();
        DcmDataset& b = *p.clean->getDataset();
        EXPECT_EQ(stringOf(b, DCM_StudyDate), stringOf(a, DCM_StudyDate));
        EXPECT_EQ(stringOf(b, DCM_ContentDate), stringOf(a, DCM_ContentDate));
        EXPECT_EQ(stringOf(b, DCM_LongitudinalTemporalInformationModified), "UNMODIFIED");
        const auto codes = allValues(b, DCM_CodeValue);
        EXPECT_NE(std::find(codes.begin(), codes.end(), "113106"), codes.end());
    }
}

TEST_F(DicomDeidentifyTest, WithoutTheOptionDatesGo) {
    exportTo("clean", true);
    for (const auto& file : dicomFiles(f.dir / "clean")) {
        auto dicom = loadDicom(file);
        DcmDataset& d = *dicom->getDataset();
        EXPECT_EQ(stringOf(d, DCM_StudyDate), "");
        const std::string content = stringOf(d, DCM_ContentDate);
        EXPECT_TRUE(content.empty() || content == kDummyDate) << content;
        EXPECT_EQ(stringOf(d, DCM_LongitudinalTemporalInformationModified), "REMOVED");
    }
}

TEST_F(DicomDeidentifyTest, EveryObjectSaysItWasDeidentifiedAndHow) {
    const auto s = exportTo("clean", true);
    for (const auto& o : s.objects) {
        auto dicom = loadDicom(o.file);
        DcmDataset& d = *dicom->getDataset();
        EXPECT_EQ(stringOf(d, DCM_PatientIdentityRemoved), "YES");
        EXPECT_NE(stringOf(d, DCM_DeidentificationMethod).find("Basic Application"),
                  std::string::npos);
        const auto codes = allValues(d, DCM_CodeValue);
        EXPECT_NE(std::find(codes.begin(), codes.end(), "113100"), codes.end());
        if (o.kind == ExportedKind::AiReport)
            EXPECT_NE(std::find(codes.begin(), codes.end(), "113104"), codes.end());
    }
    if (!expectValidDicom(dicomFiles(f.dir / "clean"))) GTEST_SKIP() << "dciodvfy is not installed";
}

TEST_F(DicomDeidentifyTest, LeavesOutWhatItCannotClean) {
    DicomExportOptions o = f.options();
    o.deidentify = true;
    o.report_pdf = f.pdf;  // contains the name (Burned In Annotation YES)
    auto s = f.workspace->exportDicom(f.patient, f.dir / "clean", o);
    ASSERT_TRUE(s.has_value());
    ASSERT_EQ(s->skipped.size(), 2u);  // the overview photo and the report
    EXPECT_NE(s->skipped[0].reason.find("overview"), std::string::npos);
    EXPECT_NE(s->skipped[1].reason.find("annotation"), std::string::npos);
    for (const auto& obj : s->objects) EXPECT_NE(obj.kind, ExportedKind::Report);
    o.report_contains_identity = false;  // a report made de-identified may go
    auto with_report = f.workspace->exportDicom(f.patient, f.dir / "clean2", o);
    ASSERT_TRUE(with_report.has_value());
    EXPECT_EQ(with_report->skipped.size(), 1u);
}

TEST_F(DicomDeidentifyTest, TheHeatmapIsTheOverlayAndNothingElse) {
    const auto s = exportTo("clean", true);
    const ExportedObject* heatmap = nullptr;
    for (const auto& o : s.objects)
        if (o.kind == ExportedKind::Heatmap && o.image == f.analysed[0]) heatmap = &o;
    ASSERT_NE(heatmap, nullptr);
    // The same rendering, done here from the stored map: equal pixels mean no text was drawn.
    const Image image = loadImage(f.workspace->imagePath(f.analysed[0]).value()).value();
    Heatmap map;
    map.raw = cv::Mat(3, 4, CV_32F);
    for (int i = 0; i < 12; ++i) map.raw.at<float>(i / 4, i % 4) = static_cast<float>(i % 5);
    cv::resize(map.raw, map.upsampled, image.pixels.size(), 0, 0, cv::INTER_LINEAR);
    const cv::Mat expected = renderOverlay(image.pixels, map, OverlayOptions{});
    auto dicom = loadDicom(heatmap->file);
    const Uint8* pixels = nullptr;
    unsigned long n = 0;
    ASSERT_TRUE(dicom->getDataset()->findAndGetUint8Array(DCM_PixelData, pixels, &n).good());
    ASSERT_EQ(n, expected.total() * 3);
    EXPECT_TRUE(std::equal(pixels, pixels + n, expected.ptr<Uint8>()));
    EXPECT_EQ(stringOf(*dicom->getDataset(), DCM_BurnedInAnnotation), "NO");
}

}  // namespace
}  // namespace dermalens::test
