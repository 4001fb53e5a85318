#include "audit/AuditRecording.h"

#include <nlohmann/json.hpp>

namespace dermalens::detail {

std::string auditDetails(std::initializer_list<AuditField> fields) {
    nlohmann::ordered_json object = nlohmann::ordered_json::object();
    for (const auto& f : fields) std::visit([&](const auto& v) { object[f.key] = v; }, f.value);
    return object.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::string patientObject(PatientId id) { return "patient:" + std::to_string(id.value()); }
std::string lesionObject(LesionId id) { return "lesion:" + std::to_string(id.value()); }
std::string imageObject(const ImageId& id) { return "image:" + id.hex(); }

AuditEvent analysisEvent(const AnalysisRecord& a) {
    const Prediction& p = a.prediction;
    return {AuditAction::Analyse, imageObject(a.image),
            auditDetails({{"model", a.model.name},
                          {"version", a.model.version},
                          {"sha256", a.model.sha256},
                          {"top_class", static_cast<std::int64_t>(p.top_class)},
                          {"malignant_probability", static_cast<double>(p.malignant_probability)},
                          {"flagged", p.flagged()}})};
}

}  // namespace dermalens::detail
