#include "JsonOutput.h"

#include <cmath>
#include <iostream>

#include "dermalens/text/Utf8.h"

namespace dermalens::cli {

Json modelJson(const ModelCard& card) {
    return Json{{"name", card.name}, {"version", card.version}};
}

Json number(double value) { return std::isfinite(value) ? Json(value) : Json(nullptr); }

Json predictionJson(const std::string& file, const Prediction& p, const ModelCard& card) {
    Json probabilities = Json::object();
    for (std::size_t k = 0; k < card.classes.size() && k < p.probabilities.size(); ++k)
        probabilities[card.classes[k].code] = number(p.probabilities[k]);
    const bool has_top = p.top_class >= 0 && p.top_class < static_cast<int>(card.classes.size());
    Json j;
    j["file"] = utf8OrLatin1(file);  // as the core names it in errors
    j["probabilities"] = probabilities;
    j["top_class"] = has_top ? card.classes[p.top_class].code : "";
    j["top_class_name"] = has_top ? card.classes[p.top_class].name : "";
    j["malignant_probability"] = number(p.malignant_probability);
    j["entropy"] = number(p.entropy);
    j["normalized_entropy"] = number(p.normalized_entropy);
    j["flag"] = p.flagged();
    j["low_confidence"] = p.low_confidence;
    j["out_of_distribution"] = p.out_of_distribution;
    j["ood_distance"] = number(p.ood_distance);
    j["image_statistics_distance"] = number(p.image_statistics_distance);
    j["device"] = p.device;
    j["milliseconds"] = number(p.milliseconds);
    j["model"] = modelJson(card);
    return j;
}

Json qualityJson(const ImageQualityReport& report) {
    Json flagged = Json::array(), checks = Json::object();
    for (const auto& f : report.findings) {
        const char* name = qualityCheckName(f.check);
        if (f.flagged) flagged.push_back(name);
        checks[name] = Json{{"value", number(f.value)},
                            {"threshold", number(f.threshold)},
                            {"flagged", f.flagged},
                            {"reason", f.reason}};
    }
    return Json{{"flagged", flagged}, {"checks", checks}};
}

Json errorJson(const std::string& file, const std::string& error) {
    return Json{{"file", utf8OrLatin1(file)}, {"error", error}};
}

Json perClassJson(const ModelCard& card, const std::vector<double>& values) {
    Json j = Json::object();
    for (std::size_t k = 0; k < card.classes.size() && k < values.size(); ++k)
        j[card.classes[k].code] = number(values[k]);
    return j;
}

std::string dumpJson(const Json& doc, int indent) {
    return doc.dump(indent, ' ', false, Json::error_handler_t::replace);
}

void printJson(const Json& doc, int indent) { std::cout << dumpJson(doc, indent) << std::endl; }

}  // namespace dermalens::cli
