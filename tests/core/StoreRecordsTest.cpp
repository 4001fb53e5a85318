// Round trips of every record type, moves and pruning.
#include "dermalens/store/Store.h"

#include <gtest/gtest.h>

#include <cmath>
#include <cstring>
#include <iomanip>
#include <limits>
#include <sstream>

#include "TestPaths.h"

namespace dermalens {
namespace {

ImageId fakeId(int n) {
    std::ostringstream hex;
    hex << std::hex << std::setw(64) << std::setfill('0') << n;
    return *ImageId::fromHex(hex.str());
}

bool sameBits(const std::vector<float>& a, const std::vector<float>& b) {
    return a.size() == b.size() && std::memcmp(a.data(), b.data(), a.size() * sizeof(float)) == 0;
}

// Values a careless encoding would lose: negative zero, a NaN payload, subnormals, infinity.
std::vector<float> awkwardFloats() {
    std::uint32_t payload = 0x7fc12345;
    float nan;
    std::memcpy(&nan, &payload, sizeof nan);
    return {0.1f, -0.0f, nan, std::numeric_limits<float>::denorm_min(),
            std::numeric_limits<float>::infinity(), -3.4028235e38f, 1.0f / 3.0f};
}

class StoreRecordsTest : public ::testing::Test {
protected:
    void SetUp() override {
        auto opened = Store::open(dir_.path());
        ASSERT_TRUE(opened) << opened.error().message();
        store_.emplace(std::move(*opened));
        patient_ = *store_->addPatient({.name = "Ada Lovelace", .external_id = "P1"});
        lesion_ = *store_->addLesion({.patient = patient_, .label = "L01"});
        visit_ = *store_->addVisit({.patient = patient_, .date = "20240301"});
    }
    ImageEntry image(int n, LesionId lesion, VisitId visit = {}) const {
        ImageEntry e;
        e.id = fakeId(n);
        e.lesion = lesion;
        e.visit = visit;
        e.managed_path = "images/00/" + e.id.hex() + ".jpg";
        e.format = "JPEG";
        return e;
    }
    test::TempDir dir_{"dermalens-records"};
    std::optional<Store> store_;
    PatientId patient_;
    LesionId lesion_;
    VisitId visit_;
};

TEST_F(StoreRecordsTest, PatientRoundTrip) {
    PatientRecord in{.name = "Мария Иванова", .birth_date = "19800229", .sex = "F",
                     .external_id = "MRN-42", .issuer = "Clinic A", .synthetic = true};
    const auto id = store_->addPatient(in);
    ASSERT_TRUE(id) << id.error().message();
    auto out = store_->patient(*id);
    ASSERT_TRUE(out) << out.error().message();
    EXPECT_EQ(out->id, *id);
    EXPECT_EQ(out->name, in.name);
    EXPECT_EQ(out->birth_date, in.birth_date);
    EXPECT_EQ(out->sex, "F");
    EXPECT_EQ(out->issuer, "Clinic A");
    EXPECT_TRUE(out->synthetic);
    ASSERT_EQ(out->created_at.size(), 24u) << out->created_at;  // 2024-03-01T12:00:00.000Z
    EXPECT_EQ(out->created_at.back(), 'Z');
    EXPECT_EQ(out->last_opened_at, "");
    out->name = "Maria Ivanova";
    ASSERT_TRUE(store_->updatePatient(*out));
    EXPECT_EQ(store_->patient(*id)->name, "Maria Ivanova");
    EXPECT_EQ(store_->findPatient("MRN-42", "Clinic A").value()->id, *id);
    EXPECT_FALSE(store_->findPatient("MRN-42", "").value());
    EXPECT_EQ(*store_->patientCount(), 2u);
    const auto missing = store_->patient(PatientId(999));
    ASSERT_FALSE(missing);
    EXPECT_EQ(missing.error().code, ErrorCode::NotFound);
    EXPECT_EQ(missing.error().file, store_->databasePath().string());
    EXPECT_FALSE(store_->updatePatient({.id = PatientId(999)}));
}

TEST_F(StoreRecordsTest, LesionAndVisitRoundTrip) {
    LesionRecord in{.patient = patient_, .label = "L02 (back)", .body_site = "back",
                    .body_site_code = "123037004", .laterality = "B", .external_key = "les-2"};
    const auto id = *store_->addLesion(in);
    auto out = *store_->lesion(id);
    EXPECT_EQ(out.patient, patient_);
    EXPECT_EQ(out.label, in.label);
    EXPECT_EQ(out.body_site_code, in.body_site_code);
    EXPECT_EQ(out.laterality, "B");
    EXPECT_EQ(out.external_key, "les-2");
    EXPECT_FALSE(out.created_at.empty());
    out.body_site = "upper back";
    ASSERT_TRUE(store_->updateLesion(out));
    EXPECT_EQ(store_->lesion(id)->body_site, "upper back");
    EXPECT_EQ(store_->lesions(patient_)->size(), 2u);
    const auto orphan = store_->addLesion({.patient = PatientId(999)});
    ASSERT_FALSE(orphan);
    EXPECT_EQ(orphan.error().code, ErrorCode::InvalidArgument) << orphan.error().message();

    const auto undated = *store_->addVisit({.patient = patient_, .description = "walk-in"});
    const auto earlier = *store_->addVisit(
        {.patient = patient_, .date = "20230101", .study_instance_uid = "1.2.3"});
    const auto visits = *store_->visits(patient_);
    ASSERT_EQ(visits.size(), 3u);
    EXPECT_EQ(visits[0].id, earlier);
    EXPECT_EQ(visits[0].study_instance_uid, "1.2.3");
    EXPECT_EQ(visits[1].id, visit_);
    EXPECT_EQ(visits[2].id, undated);
    EXPECT_EQ(store_->visit(undated)->description, "walk-in");
    EXPECT_EQ(store_->visit(VisitId(999)).error().code, ErrorCode::NotFound);
}

TEST_F(StoreRecordsTest, ImageRoundTrip) {
    ImageEntry in = image(1, lesion_, visit_);
    in.source_path = "/media/usb/Пациент/img 1.dcm";
    in.kind = ImageKind::ClinicalCloseUp;
    in.format = "DICOM";
    in.width = 640;
    in.height = 480;
    in.pixel_spacing_mm = 0.0125;
    in.acquisition_date = "20240301";
    in.study_instance_uid = "1.2.840.1";
    in.series_instance_uid = "1.2.840.2";
    in.sop_instance_uid = "1.2.840.3";
    in.sop_class_uid = "1.2.840.10008.5.1.4.1.1.77.1.4";
    in.modality = "XC";
    ASSERT_TRUE(store_->addImage(in));
    const auto out = store_->image(in.id);
    ASSERT_TRUE(out) << out.error().message();
    EXPECT_EQ(out->id, in.id);
    EXPECT_EQ(out->lesion, lesion_);
    EXPECT_EQ(out->visit, visit_);
    EXPECT_EQ(out->source_path, in.source_path);
    EXPECT_EQ(out->managed_path, in.managed_path);
    EXPECT_EQ(out->kind, ImageKind::ClinicalCloseUp);
    EXPECT_EQ(out->format, "DICOM");
    EXPECT_EQ(out->width, 640);
    EXPECT_EQ(out->height, 480);
    EXPECT_EQ(out->pixel_spacing_mm, 0.0125);
    EXPECT_EQ(out->acquisition_date, "20240301");
    EXPECT_EQ(out->sop_class_uid, in.sop_class_uid);
    EXPECT_EQ(out->modality, "XC");
    EXPECT_FALSE(out->imported_at.empty());

    const auto noVisit = image(2, lesion_);
    ASSERT_TRUE(store_->addImage(noVisit));
    EXPECT_EQ(store_->image(noVisit.id)->visit, VisitId());
    EXPECT_EQ(store_->image(noVisit.id)->pixel_spacing_mm, std::nullopt);
    EXPECT_EQ(*store_->imageCount(), 2u);
    EXPECT_FALSE(store_->findImage(fakeId(3)).value());
    EXPECT_EQ(store_->image(fakeId(3)).error().code, ErrorCode::NotFound);
}

TEST_F(StoreRecordsTest, AddImageRefusesDuplicatesAndBadPlacement) {
    ASSERT_TRUE(store_->addImage(image(1, lesion_)));
    const auto twice = store_->addImage(image(1, lesion_));
    ASSERT_FALSE(twice);
    EXPECT_EQ(twice.error().code, ErrorCode::InvalidArgument);
    EXPECT_NE(twice.error().reason.find("already stored"), std::string::npos);
    EXPECT_EQ(store_->addImage(image(2, LesionId(999))).error().code, ErrorCode::NotFound);
    const auto other = *store_->addPatient({.name = "Other"});
    const auto otherVisit = *store_->addVisit({.patient = other});
    const auto crossed = store_->addImage(image(3, lesion_, otherVisit));
    ASSERT_FALSE(crossed);
    EXPECT_EQ(crossed.error().code, ErrorCode::InvalidArgument);
    EXPECT_FALSE(store_->addImage(ImageEntry{.lesion = lesion_, .managed_path = "x"}));
    EXPECT_EQ(*store_->imageCount(), 1u);
}

TEST_F(StoreRecordsTest, ImagesAreListedOldestFirst) {
    auto late = image(1, lesion_);
    late.acquisition_date = "20240501";
    auto early = image(2, lesion_);
    early.acquisition_date = "20190101";
    const auto byVisit = image(3, lesion_, visit_);  // 20240301 from its visit
    const auto otherLesion = *store_->addLesion({.patient = patient_, .label = "L02"});
    for (const auto& e : {late, early, byVisit, image(4, otherLesion)})
        ASSERT_TRUE(store_->addImage(e));
    const auto listed = *store_->images(lesion_);
    ASSERT_EQ(listed.size(), 3u);
    EXPECT_EQ(listed[0].id, early.id);
    EXPECT_EQ(listed[1].id, byVisit.id);
    EXPECT_EQ(listed[2].id, late.id);
    EXPECT_EQ(store_->imagesOfPatient(patient_)->size(), 4u);
    EXPECT_EQ(store_->allImages()->size(), 4u);
    EXPECT_TRUE(store_->imagesOfPatient(PatientId(999))->empty());
}

TEST_F(StoreRecordsTest, AnalysisRoundTripIsBitExact) {
    ASSERT_TRUE(store_->addImage(image(1, lesion_)));
    AnalysisRecord in;
    in.image = fakeId(1);
    in.model = {"derma-net", "1.2.0", std::string(64, 'c')};
    Prediction& p = in.prediction;
    p.probabilities = awkwardFloats();
    p.logits = {-1.5f, 2.25f, std::nextafter(1.0f, 2.0f)};
    p.embedding.resize(1280);
    for (std::size_t i = 0; i < p.embedding.size(); ++i) p.embedding[i] = std::sin(float(i));
    p.top_class = 4;
    p.malignant_probability = 0.1f;
    p.entropy = 1.0f / 7.0f;
    p.normalized_entropy = std::nextafter(0.9f, 1.0f);
    p.low_confidence = true;
    p.ood_distance = 3.3f;
    p.image_statistics_distance = 0.7f;
    p.milliseconds = 41.125;
    p.device = "cuda:0";
    const auto id = store_->addAnalysis(in);
    ASSERT_TRUE(id) << id.error().message();
    const auto out = store_->latestAnalysis(in.image, in.model.sha256);
    ASSERT_TRUE(out && *out) << (out ? "none" : out.error().message());
    const AnalysisRecord& a = **out;
    EXPECT_EQ(a.id, *id);
    EXPECT_EQ(a.model.name, "derma-net");
    EXPECT_EQ(a.model.version, "1.2.0");
    EXPECT_TRUE(sameBits(a.prediction.probabilities, p.probabilities));
    EXPECT_TRUE(sameBits(a.prediction.logits, p.logits));
    EXPECT_TRUE(sameBits(a.prediction.embedding, p.embedding));
    EXPECT_EQ(a.prediction.top_class, 4);
    EXPECT_EQ(a.prediction.malignant_probability, p.malignant_probability);
    EXPECT_EQ(a.prediction.entropy, p.entropy);
    EXPECT_EQ(a.prediction.normalized_entropy, p.normalized_entropy);
    EXPECT_TRUE(a.prediction.low_confidence);
    EXPECT_FALSE(a.prediction.out_of_distribution);
    EXPECT_EQ(a.prediction.ood_distance, p.ood_distance);
    EXPECT_EQ(a.prediction.image_statistics_distance, p.image_statistics_distance);
    EXPECT_EQ(a.prediction.milliseconds, 41.125);
    EXPECT_EQ(a.prediction.device, "cuda:0");
    EXPECT_FALSE(a.heatmap);
    EXPECT_FALSE(a.created_at.empty());
}

TEST_F(StoreRecordsTest, LatestAnalysisPicksNewestPerModel) {
    ASSERT_TRUE(store_->addImage(image(1, lesion_)));
    EXPECT_FALSE(store_->latestAnalysis(fakeId(1)).value());
    AnalysisRecord a{.image = fakeId(1), .model = {"m", "1", "sha-one"}};
    const auto first = *store_->addAnalysis(a);
    a.model.sha256 = "sha-two";
    const auto second = *store_->addAnalysis(a);
    a.model.sha256 = "sha-one";
    const auto third = *store_->addAnalysis(a);
    EXPECT_EQ(store_->latestAnalysis(fakeId(1), "sha-one").value()->id, third);
    EXPECT_EQ(store_->latestAnalysis(fakeId(1), "sha-two").value()->id, second);
    EXPECT_EQ(store_->latestAnalysis(fakeId(1)).value()->id, third);
    EXPECT_FALSE(store_->latestAnalysis(fakeId(1), "sha-three").value());
    EXPECT_NE(first, third);
    a.image = fakeId(2);  // not stored
    EXPECT_EQ(store_->addAnalysis(a).error().code, ErrorCode::InvalidArgument);
}

TEST_F(StoreRecordsTest, HeatmapIsStoredAndValidated) {
    ASSERT_TRUE(store_->addImage(image(1, lesion_)));
    const auto id = *store_->addAnalysis({.image = fakeId(1)});
    const StoredHeatmap heatmap{2, 3, 2, {0.f, 0.5f, 1.f, -0.0f, 0.25f, 0.75f}};
    ASSERT_TRUE(store_->setHeatmap(id, heatmap));
    const auto stored = (*store_->latestAnalysis(fakeId(1)))->heatmap;
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->class_index, 2);
    EXPECT_EQ(stored->width, 3);
    EXPECT_EQ(stored->height, 2);
    EXPECT_TRUE(sameBits(stored->values, heatmap.values));
    const auto bad = store_->setHeatmap(id, StoredHeatmap{0, 3, 3, {1.f}});
    ASSERT_FALSE(bad);
    EXPECT_EQ(bad.error().code, ErrorCode::InvalidArgument);
    EXPECT_EQ(store_->setHeatmap(AnalysisId(999), heatmap).error().code, ErrorCode::NotFound);
    AnalysisRecord withMap{.image = fakeId(1), .heatmap = heatmap};
    const auto second = *store_->addAnalysis(withMap);
    EXPECT_EQ((*store_->latestAnalysis(fakeId(1)))->id, second);
    EXPECT_TRUE((*store_->latestAnalysis(fakeId(1)))->heatmap);
}

TEST_F(StoreRecordsTest, CalibrationIsReplaced) {
    ASSERT_TRUE(store_->addImage(image(1, lesion_)));
    EXPECT_FALSE(store_->calibration(fakeId(1)).value());
    ASSERT_TRUE(store_->setCalibration({fakeId(1), 0.02, "dicom", {}}));
    ASSERT_TRUE(store_->setCalibration({fakeId(1), 0.031, "ruler", {}}));
    const auto c = store_->calibration(fakeId(1)).value();
    ASSERT_TRUE(c);
    EXPECT_EQ(c->image, fakeId(1));
    EXPECT_EQ(c->mm_per_pixel, 0.031);
    EXPECT_EQ(c->source, "ruler");
    EXPECT_FALSE(c->created_at.empty());
    EXPECT_EQ(store_->setCalibration({fakeId(1), 0.0, "ruler", {}}).error().code,
              ErrorCode::InvalidArgument);
    EXPECT_EQ(store_->setCalibration({fakeId(1), std::nan(""), "ruler", {}}).error().code,
              ErrorCode::InvalidArgument);
    EXPECT_EQ(store_->setCalibration({fakeId(2), 0.1, "ruler", {}}).error().code,
              ErrorCode::InvalidArgument);
}

TEST_F(StoreRecordsTest, MoveImageThenPruneEmpty) {
    ASSERT_TRUE(store_->addImage(image(1, lesion_, visit_)));
    const auto target = *store_->addLesion({.patient = patient_, .label = "L02"});
    const auto targetVisit = *store_->addVisit({.patient = patient_, .date = "20240401"});
    ASSERT_TRUE(store_->moveImage(fakeId(1), target, targetVisit));
    const auto moved = *store_->image(fakeId(1));
    EXPECT_EQ(moved.lesion, target);
    EXPECT_EQ(moved.visit, targetVisit);
    EXPECT_TRUE(store_->images(lesion_)->empty());
    EXPECT_EQ(store_->moveImage(fakeId(1), LesionId(999), {}).error().code, ErrorCode::NotFound);
    EXPECT_EQ(store_->moveImage(fakeId(9), target, {}).error().code, ErrorCode::NotFound);
    EXPECT_EQ(store_->image(fakeId(1))->lesion, target);  // failed moves changed nothing

    ASSERT_TRUE(store_->pruneEmpty(patient_));
    const auto lesions = *store_->lesions(patient_);
    ASSERT_EQ(lesions.size(), 1u);
    EXPECT_EQ(lesions[0].id, target);
    const auto visits = *store_->visits(patient_);
    ASSERT_EQ(visits.size(), 1u);
    EXPECT_EQ(visits[0].id, targetVisit);
}

TEST_F(StoreRecordsTest, LesionMovedToAnotherPatientLeavesTheOldVisits) {
    ASSERT_TRUE(store_->addImage(image(1, lesion_, visit_)));
    const auto other = *store_->addPatient({.name = "Other"});
    auto lesion = *store_->lesion(lesion_);
    lesion.patient = other;
    ASSERT_TRUE(store_->updateLesion(lesion));
    EXPECT_EQ(store_->lesion(lesion_)->patient, other);
    EXPECT_EQ(store_->image(fakeId(1))->visit, VisitId());
    EXPECT_EQ(store_->imagesOfPatient(other)->size(), 1u);
    EXPECT_EQ(store_->integrityCheck().value(), std::vector<std::string>{"ok"});
}

}  // namespace
}  // namespace dermalens
