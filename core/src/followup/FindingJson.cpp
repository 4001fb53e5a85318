#include "followup/FindingJson.h"

#include "dermalens/followup/SevenPointChecklist.h"

namespace dermalens {

NLOHMANN_JSON_SERIALIZE_ENUM(NetworkFinding, {{NetworkFinding::NotAssessed, "not assessed"},
                                              {NetworkFinding::Absent, "absent"},
                                              {NetworkFinding::Typical, "typical"},
                                              {NetworkFinding::Atypical, "atypical"}})
NLOHMANN_JSON_SERIALIZE_ENUM(PatternFinding, {{PatternFinding::NotAssessed, "not assessed"},
                                              {PatternFinding::Absent, "absent"},
                                              {PatternFinding::Regular, "regular"},
                                              {PatternFinding::Irregular, "irregular"}})
NLOHMANN_JSON_SERIALIZE_ENUM(PresenceFinding, {{PresenceFinding::NotAssessed, "not assessed"},
                                               {PresenceFinding::Absent, "absent"},
                                               {PresenceFinding::Present, "present"}})
NLOHMANN_JSON_SERIALIZE_ENUM(VascularFinding, {{VascularFinding::NotAssessed, "not assessed"},
                                               {VascularFinding::Absent, "absent"},
                                               {VascularFinding::Typical, "typical"},
                                               {VascularFinding::Atypical, "atypical"}})
NLOHMANN_JSON_SERIALIZE_ENUM(ManagementDecision, {{ManagementDecision::NotStated, "not stated"},
                                                  {ManagementDecision::Reassure, "reassure"},
                                                  {ManagementDecision::Monitor, "monitor"},
                                                  {ManagementDecision::Excise, "excise"},
                                                  {ManagementDecision::Refer, "refer"}})
NLOHMANN_JSON_SERIALIZE_ENUM(AiAgreement, {{AiAgreement::NotStated, "not stated"},
                                           {AiAgreement::Agree, "agree"},
                                           {AiAgreement::Disagree, "disagree"}})

// Missing keys keep their defaults (NotAssessed, ...), so older or partial data reads.
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(DermoscopicStructures, pigment_network,
                                                dots_globules, streaks, blotches, blue_whitish_veil,
                                                regression_structures, vascular_pattern,
                                                milia_like_cysts, comedo_like_openings,
                                                leaf_like_areas, other)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(Management, decision, monitor_interval_months,
                                                referred_to)

namespace followup {
namespace {

using nlohmann::json;

json aiJson(const AiShown& ai) {
    return {{"analysis", ai.analysis.value()},
            {"image", ai.image.hex()},
            {"model_name", ai.model.name},
            {"model_version", ai.model.version},
            {"model_sha256", ai.model.sha256},
            {"top_class", ai.top_class},
            {"top_probability", ai.top_probability},
            {"malignant_probability", ai.malignant_probability},
            {"low_confidence", ai.low_confidence},
            {"out_of_distribution", ai.out_of_distribution}};
}

AiShown readAi(const json& j) {
    AiShown ai;
    ai.analysis = AnalysisId(j.value("analysis", std::int64_t{0}));
    ai.image = ImageId::fromHex(j.value("image", std::string())).value_or(ImageId{});
    ai.model = {j.value("model_name", ""), j.value("model_version", ""),
                j.value("model_sha256", "")};
    ai.top_class = j.value("top_class", "");
    ai.top_probability = j.value("top_probability", 0.0);
    ai.malignant_probability = j.value("malignant_probability", 0.0);
    ai.low_confidence = j.value("low_confidence", false);
    ai.out_of_distribution = j.value("out_of_distribution", false);
    return ai;
}

json sevenPointJson(const DermoscopicStructures& s) {
    const SevenPointScore score = sevenPointScore(s);
    return {{"total", score.total},
            {"suggests_melanoma", score.suggests_melanoma},
            {"complete", score.complete()}};
}

}  // namespace

std::string findingData(const Finding& f) {
    json j{{"version", 1},
           {"image", f.image.hex()},
           {"structures", f.structures},
           {"seven_point", sevenPointJson(f.structures)},
           {"notes", f.notes},
           {"management", f.management},
           {"ai_shown", f.ai_shown ? aiJson(*f.ai_shown) : json(nullptr)},
           {"agreement", f.agreement}};
    return j.dump(-1, ' ', false, json::error_handler_t::replace);
}

Result<void> readFindingData(const std::string& data, const std::string& file, Finding& f) {
    try {
        const json j = json::parse(data);
        f.image = ImageId::fromHex(j.value("image", std::string())).value_or(ImageId{});
        f.structures = j.value("structures", DermoscopicStructures{});
        f.notes = j.value("notes", "");
        f.management = j.value("management", Management{});
        const auto ai = j.find("ai_shown");
        if (ai != j.end() && ai->is_object()) f.ai_shown = readAi(*ai);
        f.agreement = j.value("agreement", AiAgreement::NotStated);
        return {};
    } catch (const json::exception& e) {
        return fail(
            ErrorCode::Corrupt, file,
            "finding " + std::to_string(f.id.value()) + " holds unreadable data: " + e.what());
    }
}

std::string polygonJson(const ImagePolygon& polygon) {
    json points = json::array();
    for (const auto& p : polygon) points.push_back({p.x, p.y});
    return points.dump();
}

Result<ImagePolygon> parsePolygon(const std::string& text, const std::string& file) {
    try {
        ImagePolygon out;
        for (const auto& p : json::parse(text))
            out.push_back({p.at(0).get<double>(), p.at(1).get<double>()});
        return out;
    } catch (const json::exception& e) {
        return fail(ErrorCode::Corrupt, file, std::string("unreadable geometry: ") + e.what());
    }
}

}  // namespace followup
}  // namespace dermalens
