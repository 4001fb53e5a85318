// model.json parsing. Every failure names the field (as a JSON path) and what is wrong with it.
#include "dermalens/model/ModelCard.h"

#include <cctype>
#include <nlohmann/json.hpp>
#include <set>
#include <stdexcept>

#include "dermalens/inference/ImageStatistics.h"

namespace dermalens {
namespace {

using nlohmann::json;

// Thrown inside this file only; turned into InvalidModel at the boundary.
struct FieldError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

const json& field(const json& obj, const std::string& path, const char* key) {
    if (!obj.is_object() || !obj.contains(key))
        throw FieldError("required field '" + path + key + "' is missing");
    return obj.at(key);
}

std::string str(const json& obj, const std::string& path, const char* key) {
    const json& v = field(obj, path, key);
    if (!v.is_string() || v.get<std::string>().empty())
        throw FieldError("field '" + path + key + "' must be a non-empty string");
    return v.get<std::string>();
}

double num(const json& obj, const std::string& path, const char* key) {
    const json& v = field(obj, path, key);
    if (!v.is_number()) throw FieldError("field '" + path + key + "' must be a number");
    return v.get<double>();
}

int positiveInt(const json& obj, const std::string& path, const char* key) {
    const json& v = field(obj, path, key);
    if (!v.is_number_integer() || v.get<long long>() <= 0 || v.get<long long>() > 100000)
        throw FieldError("field '" + path + key + "' must be a positive integer");
    return v.get<int>();
}

std::string optionalStr(const json& obj, const char* key) {
    const auto it = obj.find(key);
    return it != obj.end() && it->is_string() ? it->get<std::string>() : std::string();
}

std::array<float, 3> triple(const json& obj, const std::string& path, const char* key) {
    const json& v = field(obj, path, key);
    if (!v.is_array() || v.size() != 3 || !v[0].is_number() || !v[1].is_number() ||
        !v[2].is_number())
        throw FieldError("field '" + path + key + "' must be an array of 3 numbers");
    return {v[0].get<float>(), v[1].get<float>(), v[2].get<float>()};
}

template <typename E>
E choice(const json& obj, const std::string& path, const char* key,
         std::initializer_list<std::pair<const char*, E>> options) {
    const std::string value = str(obj, path, key);
    std::string allowed;
    for (const auto& [name, e] : options) {
        if (value == name) return e;
        allowed += allowed.empty() ? name : std::string(" or ") + name;
    }
    throw FieldError("field '" + path + key + "' is '" + value + "' (must be " + allowed + ")");
}

std::vector<ClassInfo> parseClasses(const json& card) {
    const json& list = field(card, "", "classes");
    if (!list.is_array() || list.size() < 2)
        throw FieldError("field 'classes' must be an array of at least 2 classes");
    std::vector<ClassInfo> classes;
    std::set<std::string> seen;
    for (std::size_t i = 0; i < list.size(); ++i) {
        const std::string path = "classes[" + std::to_string(i) + "].";
        ClassInfo c{str(list[i], path, "code"), str(list[i], path, "name")};
        const auto malignant = list[i].find("malignant");
        if (malignant != list[i].end() && !malignant->is_boolean())
            throw FieldError("field '" + path + "malignant' must be true or false");
        c.malignant = malignant != list[i].end() && malignant->get<bool>();
        if (!seen.insert(c.code).second)
            throw FieldError("duplicate class code '" + c.code + "' in 'classes'");
        classes.push_back(std::move(c));
    }
    return classes;
}

InputSpec parseInput(const json& card) {
    const json& in = field(card, "", "input");
    if (!in.is_object()) throw FieldError("field 'input' must be an object");
    InputSpec s;
    s.width = positiveInt(in, "input.", "width");
    s.height = positiveInt(in, "input.", "height");
    s.resize = choice<ResizePolicy>(
        in, "input.", "resize",
        {{"stretch", ResizePolicy::Stretch}, {"center_crop", ResizePolicy::CenterCrop}});
    s.interpolation =
        choice<Interpolation>(in, "input.", "interpolation",
                              {{"area", Interpolation::Area}, {"linear", Interpolation::Linear}});
    s.color_order = choice<ColorOrder>(in, "input.", "color_order",
                                       {{"RGB", ColorOrder::RGB}, {"BGR", ColorOrder::BGR}});
    s.scale = static_cast<float>(num(in, "input.", "scale"));
    if (!(s.scale > 0)) throw FieldError("field 'input.scale' must be > 0");
    s.mean = triple(in, "input.", "mean");
    s.std = triple(in, "input.", "std");
    for (float v : s.std)
        if (!(v > 0)) throw FieldError("field 'input.std' must hold values > 0");
    return s;
}

// An optional array of numbers; empty when the key is absent.
template <typename T>
std::vector<T> numbers(const json& obj, const char* key, const std::string& path) {
    const auto it = obj.find(key);
    if (it == obj.end()) return {};
    if (!it->is_array()) throw FieldError("field '" + path + key + "' must be an array of numbers");
    std::vector<T> out;
    for (const auto& v : *it) {
        if (!v.is_number()) throw FieldError("field '" + path + key + "' must hold numbers");
        out.push_back(v.get<T>());
    }
    return out;
}

// ood.image_statistics: the features must be exactly the core's, in order (see the contract).
ImageStatisticsSpec parseImageStatistics(const json& ood) {
    ImageStatisticsSpec spec;
    const auto it = ood.find("image_statistics");
    if (it == ood.end()) return spec;
    const std::string path = "ood.image_statistics.";
    if (!it->is_object()) throw FieldError("field 'ood.image_statistics' must be an object");
    const auto names = it->find("features");
    const auto& expected = imageStatisticNames();
    bool same = names != it->end() && names->is_array() && names->size() == expected.size();
    for (std::size_t i = 0; same && i < expected.size(); ++i)
        same = (*names)[i].is_string() && (*names)[i].get<std::string>() == expected[i];
    if (!same)
        throw FieldError("field 'ood.image_statistics.features' must list this version's " +
                         std::to_string(expected.size()) + " statistics in order");
    spec.mean = numbers<double>(*it, "mean", path);
    spec.inverse_covariance = numbers<double>(*it, "inverse_covariance", path);
    spec.max_distance = num(*it, path, "max_distance");
    if (spec.mean.size() != expected.size() ||
        spec.inverse_covariance.size() != expected.size() * expected.size())
        throw FieldError("fields 'ood.image_statistics.mean' and '.inverse_covariance' must hold " +
                         std::to_string(expected.size()) + " and " +
                         std::to_string(expected.size() * expected.size()) + " numbers");
    return spec;
}

OodSpec parseOod(const json& card) {
    OodSpec ood;
    const auto it = card.find("ood");
    if (it == card.end() || !it->is_object()) return ood;
    if (it->contains("max_normalized_entropy"))
        ood.max_normalized_entropy = static_cast<float>(num(*it, "ood.", "max_normalized_entropy"));
    if (it->contains("max_embedding_distance"))
        ood.max_embedding_distance = static_cast<float>(num(*it, "ood.", "max_embedding_distance"));
    ood.embedding_mean = numbers<float>(*it, "embedding_mean", "ood.");
    ood.embedding_std = numbers<float>(*it, "embedding_std", "ood.");
    if (ood.embedding_mean.size() != ood.embedding_std.size())
        throw FieldError("fields 'ood.embedding_mean' and 'ood.embedding_std' differ in length");
    ood.image_statistics = parseImageStatistics(*it);
    ood.rule = optionalStr(*it, "rule");
    return ood;
}

GradCamSpec parseGradCam(const json& card) {
    GradCamSpec spec;
    const auto it = card.find("gradcam");
    if (it == card.end()) return spec;
    if (!it->is_object()) throw FieldError("field 'gradcam' must be an object");
    if (it->contains("layer")) spec.layer = str(*it, "gradcam.", "layer");
    const bool body = spec.layer.rfind("body.", 0) == 0 && spec.layer.size() > 5 &&
                      spec.layer.find_first_not_of("0123456789", 5) == std::string::npos;
    if (spec.layer != "features" && !body)
        throw FieldError("field 'gradcam.layer' is '" + spec.layer +
                         "' (must be features or body.N)");
    if (it->contains("width") || it->contains("height")) {
        spec.width = positiveInt(*it, "gradcam.", "width");
        spec.height = positiveInt(*it, "gradcam.", "height");
    }
    return spec;
}

// Shown to the reader only: a malformed section is ignored rather than rejecting the model.
FaithfulnessSpec parseFaithfulness(const json& card) {
    FaithfulnessSpec f;
    const auto it = card.find("faithfulness");
    if (it == card.end() || !it->is_object()) return f;
    const auto number = [&](const char* key, double& out) {
        const auto v = it->find(key);
        if (v == it->end() || !v->is_number()) return false;
        out = v->get<double>();
        return true;
    };
    double images = 0, steps = 0;
    f.present = number("deletion_auc", f.deletion_auc) &&
                number("insertion_auc", f.insertion_auc) &&
                number("random_deletion_auc", f.random_deletion_auc) &&
                number("random_insertion_auc", f.random_insertion_auc);
    number("images", images);
    number("steps", steps);
    f.images = static_cast<int>(images);
    f.steps = static_cast<int>(steps);
    f.data = optionalStr(*it, "data");
    f.baseline = optionalStr(*it, "baseline");
    f.cells = optionalStr(*it, "cells");
    return f;
}

// A fraction in [0, 1] (sensitivity, specificity) or any finite threshold.
double fraction(const json& obj, const std::string& path, const char* key) {
    const double v = num(obj, path, key);
    if (!(v >= 0 && v <= 1)) throw FieldError("field '" + path + key + "' must be in [0, 1]");
    return v;
}

RocTarget target(const json& obj, const std::string& path) {
    return choice<RocTarget>(obj, path, "target",
                             {{"malignant", RocTarget::Malignant}, {"melanoma", RocTarget::Melanoma}});
}

// Points by threshold descending: sensitivity may only rise and specificity only fall.
std::vector<RocPoint> rocPoints(const json& curve, const std::string& path) {
    const json& list = field(curve, path, "points");
    if (!list.is_array() || list.empty())
        throw FieldError("field '" + path + "points' must be a non-empty array");
    std::vector<RocPoint> points;
    for (std::size_t i = 0; i < list.size(); ++i) {
        const std::string at = path + "points[" + std::to_string(i) + "].";
        RocPoint p{num(list[i], at, "threshold"), fraction(list[i], at, "sensitivity"),
                   fraction(list[i], at, "specificity")};
        if (!points.empty() &&
            (p.threshold > points.back().threshold || p.sensitivity < points.back().sensitivity ||
             p.specificity > points.back().specificity))
            throw FieldError("field '" + path + "points' must be ordered by threshold, high to "
                             "low, with sensitivity rising and specificity falling (at " +
                             std::to_string(i) + ")");
        points.push_back(p);
    }
    return points;
}

OperatingPoint namedPoint(const json& p, const std::string& path) {
    OperatingPoint point;
    point.name = str(p, path, "name");
    point.target = target(p, path);
    point.threshold = num(p, path, "threshold");
    point.sensitivity = fraction(p, path, "sensitivity");
    point.specificity = fraction(p, path, "specificity");
    if (p.contains("target_sensitivity"))
        point.target_sensitivity = fraction(p, path, "target_sensitivity");
    return point;
}

RocSection parseRoc(const json& card) {
    RocSection roc;
    const auto it = card.find("roc");
    if (it == card.end()) return roc;  // older cards and test models have none
    if (!it->is_object()) throw FieldError("field 'roc' must be an object");
    roc.source = optionalStr(*it, "source");
    const json& curves = field(*it, "roc.", "curves");
    if (!curves.is_array()) throw FieldError("field 'roc.curves' must be an array");
    for (std::size_t i = 0; i < curves.size(); ++i) {
        const std::string path = "roc.curves[" + std::to_string(i) + "].";
        ValidationRoc c;
        c.target = target(curves[i], path);
        c.points = rocPoints(curves[i], path);
        if (curves[i].contains("auc")) c.auc = num(curves[i], path, "auc");
        if (curves[i].contains("positives")) c.positives = positiveInt(curves[i], path, "positives");
        if (curves[i].contains("negatives")) c.negatives = positiveInt(curves[i], path, "negatives");
        roc.curves.push_back(std::move(c));
    }
    const auto named = it->find("operating_points");
    if (named != it->end() && named->is_array())
        for (std::size_t i = 0; i < named->size(); ++i)
            roc.named.push_back(
                namedPoint((*named)[i], "roc.operating_points[" + std::to_string(i) + "]."));
    roc.default_name = optionalStr(*it, "default_operating_point");
    if (!roc.default_name.empty() && !roc.find(roc.default_name))
        throw FieldError("field 'roc.default_operating_point' names no point of "
                         "'roc.operating_points'");
    return roc;
}

void parseCalibration(const json& card, ModelCard& c) {
    const json& cal = field(card, "", "calibration");
    c.temperature = static_cast<float>(num(cal, "calibration.", "temperature"));
    if (!(c.temperature > 0) || c.temperature > 1e6f)
        throw FieldError("field 'calibration.temperature' must be a number > 0");
    c.calibration_method = optionalStr(cal, "method");
}

std::string parseSha(const json& card) {
    std::string sha = str(card, "", "weights_sha256");
    for (char& ch : sha) {
        ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
        if (!std::isxdigit(static_cast<unsigned char>(ch))) sha.clear();
        if (sha.empty()) break;
    }
    if (sha.size() != 64) throw FieldError("field 'weights_sha256' must be 64 hexadecimal digits");
    return sha;
}

void parseOptional(const json& card, ModelCard& c) {
    c.ood = parseOod(card);
    c.gradcam = parseGradCam(card);
    c.faithfulness = parseFaithfulness(card);
    c.intended_use = optionalStr(card, "intended_use");
    c.license = optionalStr(card, "license");
    c.roc = parseRoc(card);
    if (card.contains("decision_threshold"))
        c.decision_threshold = num(card, "", "decision_threshold");
    const auto lim = card.find("limitations");
    if (lim != card.end() && lim->is_array())
        for (const auto& v : *lim)
            if (v.is_string()) c.limitations.push_back(v.get<std::string>());
}

ModelCard parse(const std::string& text) {
    const json card = json::parse(text);
    if (!card.is_object()) throw FieldError("the card must be a JSON object");
    ModelCard c;
    c.format_version = positiveInt(card, "", "format_version");
    if (c.format_version != 1)
        throw FieldError("field 'format_version' is " + std::to_string(c.format_version) +
                         " (this version of Dermalens reads 1)");
    c.name = str(card, "", "name");
    c.version = str(card, "", "version");
    c.architecture = str(card, "", "architecture");
    c.weights_file = str(card, "", "weights_file");
    c.weights_sha256 = parseSha(card);
    c.classes = parseClasses(card);
    c.input = parseInput(card);
    parseCalibration(card, c);
    parseOptional(card, c);
    c.raw_json = text;
    return c;
}

}  // namespace

int ModelCard::classIndex(const std::string& code) const {
    for (std::size_t i = 0; i < classes.size(); ++i)
        if (classes[i].code == code) return static_cast<int>(i);
    return -1;
}

InputSpec ModelCard::heatmapInput() const {
    InputSpec spec = input;
    if (gradcam.width > 0 && gradcam.height > 0) {
        spec.width = gradcam.width;
        spec.height = gradcam.height;
    }
    return spec;
}

Result<ModelCard> parseModelCard(const std::string& json_text,
                                 const std::filesystem::path& source) {
    try {
        return parse(json_text);
    } catch (const FieldError& e) {
        return fail(ErrorCode::InvalidModel, source.string(), e.what());
    } catch (const nlohmann::json::parse_error& e) {
        return fail(ErrorCode::InvalidModel, source.string(),
                    std::string("not valid JSON: ") + e.what());
    } catch (const nlohmann::json::exception& e) {  // e.g. a number out of range for its type
        return fail(ErrorCode::InvalidModel, source.string(),
                    std::string("invalid model card: ") + e.what());
    }
}

}  // namespace dermalens
