#include "StoreJson.h"

#include <map>

namespace dermalens::cli {

Json reviewItemJson(const ImportItem& item) {
    Json candidates = Json::array();
    for (const LesionId& id : item.candidates) candidates.push_back(id.value());
    return Json{{"file", item.source.string()},
                {"patient", item.patient.external_id},
                {"lesion", item.lesion.label},
                {"visit_date", item.visit_date},
                {"reason", item.note},
                {"candidate_lesions", candidates}};
}

Json importSummaryJson(const ImportSummary& summary, const ImportPlan& plan) {
    Json skipped = Json::array();
    for (const auto& s : summary.skipped)
        skipped.push_back(Json{{"file", s.path.string()}, {"reason", s.reason}});
    Json review = Json::array();
    for (const auto& item : plan.items)
        if (item.action == ImportAction::NeedsReview) review.push_back(reviewItemJson(item));
    return Json{{"imported", summary.imported},
                {"duplicates", summary.duplicates},
                {"patients_created", summary.patients_created},
                {"lesions_created", summary.lesions_created},
                {"visits_created", summary.visits_created},
                {"needs_review", review},
                {"skipped", skipped},
                {"cancelled", summary.cancelled}};
}

Json analysisJson(const AnalysisRecord& record, const ModelCard& card) {
    Json doc = predictionJson(record.image.hex(), record.prediction, card);
    doc.erase("file");
    doc["model"] = Json{{"name", record.model.name},
                        {"version", record.model.version},
                        {"sha256", record.model.sha256}};
    doc["analysed_at"] = record.created_at;
    return doc;
}

namespace {

Json imageJson(const Workspace& workspace, const ImageRecord& image) {
    Json doc{{"id", image.image_id.hex()},
             {"kind", toString(image.kind)},
             {"format", image.meta.format},
             {"path", image.path.string()},
             {"source", image.meta.source_path},
             {"width", image.meta.original_width},
             {"height", image.meta.original_height}};
    const auto card = workspace.card();
    auto analysis = workspace.currentAnalysis(image.image_id);
    doc["analysis"] = analysis && *analysis && card ? analysisJson(**analysis, *card) : Json();
    return doc;
}

Json lesionJson(const Workspace& workspace, const Lesion& lesion) {
    std::map<std::int64_t, Json> visits;  // visit id -> {date, images}
    std::vector<std::int64_t> order;
    for (const ImageRecord& image : lesion.images) {
        const auto key = image.visit_id.value();
        if (!visits.count(key)) {
            visits[key] = Json{{"id", key}, {"date", image.date}, {"images", Json::array()}};
            order.push_back(key);
        }
        visits[key]["images"].push_back(imageJson(workspace, image));
    }
    Json list = Json::array();
    for (auto key : order) list.push_back(visits[key]);
    return Json{{"id", lesion.lesion_id.value()}, {"key", lesion.id},
                {"label", lesion.label},          {"body_site", lesion.body_site},
                {"laterality", lesion.laterality}, {"visits", list}};
}

}  // namespace

Json storeTreeJson(const Workspace& workspace, const Study& study) {
    Json patients = Json::array();
    for (const Patient& p : study.patients) {
        Json lesions = Json::array();
        for (const Lesion& l : p.lesions) lesions.push_back(lesionJson(workspace, l));
        patients.push_back(Json{{"id", p.patient_id.value()},
                                {"external_id", p.id},
                                {"name", p.label},
                                {"birth_date", p.birth_date},
                                {"sex", p.sex},
                                {"synthetic", p.synthetic},
                                {"lesions", lesions}});
    }
    return Json{{"store", workspace.storeDirectory().string()}, {"patients", patients}};
}

Json rankingJson(const LesionRanking& ranking, const Patient& patient) {
    std::map<std::int64_t, std::string> labels;
    for (const Lesion& l : patient.lesions) labels[l.lesion_id.value()] = l.label;
    Json lesions = Json::array();
    for (const RankedLesion& r : ranking.lesions)
        lesions.push_back(Json{{"lesion", r.lesion.value()},
                               {"label", labels[r.lesion.value()]},
                               {"image", r.image.hex()},
                               {"rank", r.rank},
                               {"z", number(r.z_score)},
                               {"outlier", r.outlier},
                               {"malignant_probability", number(r.malignant_probability)},
                               {"evidence_z", number(r.evidence_z)},
                               {"outlier_z", number(r.outlier_z)},
                               {"nearest", r.nearest.value()},
                               {"nearest_distance", number(r.nearest_distance)},
                               {"farthest", r.farthest.value()},
                               {"farthest_distance", number(r.farthest_distance)},
                               {"cluster", r.cluster}});
    return Json{{"patient", patient.patient_id.value()},
                {"name", patient.label},
                {"lesions", lesions},
                {"unanalysed_lesions", ranking.unanalysed}};
}

}  // namespace dermalens::cli
