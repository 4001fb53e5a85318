#include "DicomExportFixture.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>

#include "DicomFixtures.h"
#include "Orthanc.h"
#include "SyntheticImages.h"
#include "dermalens/store/ImageVault.h"

namespace dermalens::test {
namespace fs = std::filesystem;
namespace {

ModelCard testCard() {
    ModelCard card;
    card.name = "dermalens-test-model";
    card.version = "9.8.7";
    card.weights_sha256 = std::string(64, 'a');
    card.classes = {{"mel", "Melanoma", true},
                    {"nv", "Melanocytic nevus", false},
                    {"bkl", "Benign keratosis", false}};
    return card;
}

AnalysisRecord analysisOf(const ImageId& id, const ModelCard& card, float mel) {
    AnalysisRecord a;
    a.image = id;
    a.model = {card.name, card.version, card.weights_sha256};
    a.prediction.probabilities = {mel, 0.9f - mel, 0.1f};
    a.prediction.logits = {1.0f, 0.5f, 0.1f};
    a.prediction.top_class = mel > 0.45f ? 0 : 1;
    a.prediction.malignant_probability = mel;
    a.prediction.low_confidence = mel > 0.6f;
    a.prediction.embedding = {0.1f, 0.2f};
    std::vector<float> values(4 * 3);
    for (std::size_t i = 0; i < values.size(); ++i) values[i] = static_cast<float>(i % 5);
    a.heatmap = StoredHeatmap{0, 4, 3, values};
    return a;
}

struct Builder {
    Store& store;
    ImageVault vault;
    ExportFixture& f;

    ImageId add(const fs::path& source, LesionId lesion, VisitId visit, ImageKind kind,
                const std::string& format, int w, int h) {
        ImageEntry e;
        e.id = ImageId::ofFile(source.string()).value();
        e.lesion = lesion;
        e.visit = visit;
        e.source_path = source.string();
        e.managed_path = vault.put(e.id, source).value();
        e.kind = kind;
        e.format = format;
        e.width = w;
        e.height = h;
        if (format == "DICOM") {
            e.pixel_spacing_mm = 0.05;
            e.acquisition_date = "20240620";
            e.study_instance_uid = ExportFixture::kDicomStudyUid;
            e.series_instance_uid = ExportFixture::kDicomSeriesUid;
            e.sop_instance_uid = ExportFixture::kDicomSopUid;
            e.sop_class_uid = kDermoscopicSopClass;
            e.modality = "DMS";
        }
        EXPECT_TRUE(store.addImage(e).has_value());
        f.images.push_back(e.id);
        return e.id;
    }

    void analyse(const ImageId& id, float mel) {
        ASSERT_TRUE(store.addAnalysis(analysisOf(id, f.card, mel)).has_value());
        f.analysed.push_back(id);
    }
};

void writeDicomSource(const fs::path& path) {
    DicomSpec spec;
    spec.patient_id = ExportFixture::kPatientId;
    spec.patient_name = "Doe^Janette";
    spec.study_instance_uid = ExportFixture::kDicomStudyUid;
    spec.series_instance_uid = ExportFixture::kDicomSeriesUid;
    spec.sop_instance_uid = ExportFixture::kDicomSopUid;
    spec.acquisition_date = "20240620";
    spec.pixel_spacing = std::make_pair(0.05, 0.05);
    writeDicom(path, makeLesionImage(96, 64, 7), spec);
}

}  // namespace

ExportFixture::ExportFixture(bool with_overview) : store_dir(dir / "store"), card(testCard()) {
    const fs::path sources = dir / "sources";
    fs::create_directories(sources);
    writeRaster(sources / "a.jpg", makeLesionImage(120, 90, 1), RasterFormat::Jpeg);
    writeRaster(sources / "b.png", makeLesionImage(100, 80, 2), RasterFormat::Png);
    writeRaster(sources / "c.png", makeLesionImage(64, 48, 3), RasterFormat::Png);
    writeDicomSource(sources / "d.dcm");
    pdf = dir / "report.pdf";
    writeMinimalPdf(pdf, "Dermalens report for Doe Janette");

    Store store = Store::open(store_dir).value();
    Builder b{store, ImageVault(store_dir), *this};
    patient = store.addPatient({{}, kName, kBirthDate, "F", kPatientId, kIssuer}).value();
    const LesionId back =
        store.addLesion({{}, patient, kLesionLabel, "back", "", "L", "L1"}).value();
    const LesionId face = store.addLesion({{}, patient, "L2 (face)", "face", "", "", "L2"}).value();
    const VisitId first = store.addVisit({{}, patient, "20240110", "", kVisitDescription}).value();
    const VisitId second =
        store.addVisit({{}, patient, "20240620", kDicomStudyUid, kVisitDescription}).value();
    b.analyse(b.add(sources / "a.jpg", back, first, ImageKind::Dermoscopic, "JPEG", 120, 90), 0.7f);
    b.add(sources / "b.png", face, first, ImageKind::ClinicalCloseUp, "PNG", 100, 80);
    b.analyse(b.add(sources / "d.dcm", back, second, ImageKind::Dermoscopic, "DICOM", 96, 64),
              0.3f);
    if (with_overview) b.add(sources / "c.png", face, second, ImageKind::Overview, "PNG", 64, 48);
    workspace.emplace(Workspace::open(store_dir).value());
}

DicomExportOptions ExportFixture::options() const {
    DicomExportOptions o;
    o.card = card;
    return o;
}

void writeMinimalPdf(const fs::path& path, const std::string& text) {
    const std::string content = "BT /F1 12 Tf 20 100 Td (" + text + ") Tj ET";
    const std::vector<std::string> objects{
        "<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 200] /Contents 4 0 R "
        "/Resources << /Font << /F1 5 0 R >> >> >>",
        "<< /Length " + std::to_string(content.size()) + " >>\nstream\n" + content + "\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"};
    std::string pdf = "%PDF-1.4\n";
    std::vector<std::size_t> offsets;
    for (std::size_t i = 0; i < objects.size(); ++i) {
        offsets.push_back(pdf.size());
        pdf += std::to_string(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
    }
    const std::size_t xref = pdf.size();
    pdf += "xref\n0 " + std::to_string(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (std::size_t offset : offsets) {
        char line[24];
        std::snprintf(line, sizeof line, "%010zu 00000 n \n", offset);
        pdf += line;
    }
    pdf += "trailer\n<< /Size " + std::to_string(objects.size() + 1) +
           " /Root 1 0 R >>\nstartxref\n" + std::to_string(xref) + "\n%%EOF\n";
    std::ofstream(path, std::ios::binary) << pdf;
}

std::vector<fs::path> dicomFiles(const fs::path& folder) {
    std::vector<fs::path> files;
    std::error_code ec;
    for (const auto& e : fs::recursive_directory_iterator(folder, ec))
        if (e.path().extension() == ".dcm") files.push_back(e.path());
    std::sort(files.begin(), files.end());
    return files;
}

std::unique_ptr<DcmFileFormat> loadDicom(const fs::path& file) {
    auto out = std::make_unique<DcmFileFormat>();
    const OFCondition c = out->loadFile(file.c_str());
    EXPECT_TRUE(c.good()) << file << ": " << c.text();
    return out;
}

std::string stringOf(DcmItem& item, const DcmTagKey& tag) {
    OFString value;
    item.findAndGetOFStringArray(tag, value);
    return value.c_str();
}

std::vector<std::string> allValues(DcmItem& item, const DcmTagKey& tag) {
    std::vector<std::string> values;
    DcmStack stack;
    while (item.search(tag, stack, ESM_afterStackTop, OFTrue).good()) {
        OFString value;
        if (auto* e = dynamic_cast<DcmElement*>(stack.top()); e && e->ident() != EVR_SQ) {
            e->getOFStringArray(value);
            values.emplace_back(value.c_str());
        } else {
            values.emplace_back("<sequence>");
        }
    }
    return values;
}

std::vector<std::string> allStrings(DcmItem& item) {
    std::vector<std::string> values;
    DcmStack stack;
    while (item.nextObject(stack, OFTrue).good()) {
        auto* e = dynamic_cast<DcmElement*>(stack.top());
        if (!e || !e->isaString()) continue;
        OFString value;
        e->getOFStringArray(value);
        values.emplace_back(value.c_str());
    }
    return values;
}

bool expectValidDicom(const std::vector<fs::path>& files) {
    std::string quoted;
    for (const auto& f : files) {
        auto errors = dciodvfyErrors(f);
        if (!errors) return false;
        EXPECT_EQ(*errors, "") << "dciodvfy " << f;
        quoted += "'" + f.string() + "' ";
    }
    if (auto errors = dcentvfyErrors(quoted)) EXPECT_EQ(*errors, "") << "dcentvfy";
    return true;
}

}  // namespace dermalens::test
