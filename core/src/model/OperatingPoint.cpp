// Operating points on a validation ROC: interpolation, the conservative and the Youden point,
// and a user's choice applied to a card.
#include "dermalens/model/OperatingPoint.h"

#include <algorithm>
#include <charconv>
#include <cmath>

namespace dermalens {
namespace {

OperatingPoint fromRocPoint(const RocPoint& p, RocTarget target, std::string name) {
    OperatingPoint out;
    out.name = std::move(name);
    out.target = target;
    out.threshold = p.threshold;
    out.sensitivity = p.sensitivity;
    out.specificity = p.specificity;
    return out;
}

OperatingPoint fallback(const RocSection& roc, double threshold) {
    if (const OperatingPoint* p = roc.find(roc.default_name)) return *p;
    if (!roc.named.empty() && roc.default_name.empty()) return roc.named.front();
    OperatingPoint out;
    out.threshold = threshold;
    return out;
}

bool sameSensitivity(double a, double b) { return std::abs(a - b) < 1e-9; }

std::optional<double> parseFraction(const std::string& text) {
    double value = 0;
    const char* end = text.data() + text.size();
    const auto [ptr, ec] = std::from_chars(text.data(), end, value);
    if (ec != std::errc() || ptr != end || !(value > 0) || value > 1) return std::nullopt;
    return value;
}

}  // namespace

const ValidationRoc* RocSection::curve(RocTarget target) const {
    for (const auto& c : curves)
        if (c.target == target) return &c;
    return nullptr;
}

const OperatingPoint* RocSection::find(const std::string& name) const {
    for (const auto& p : named)
        if (!name.empty() && p.name == name) return &p;
    return nullptr;
}

std::string rocTargetKey(RocTarget target) {
    return target == RocTarget::Melanoma ? "melanoma" : "malignant";
}

std::optional<RocTarget> rocTargetFromKey(const std::string& key) {
    if (key == "malignant") return RocTarget::Malignant;
    if (key == "melanoma") return RocTarget::Melanoma;
    return std::nullopt;
}

std::string OperatingPointChoice::key() const {
    switch (kind) {
        case Kind::Named: return "name:" + name;
        case Kind::Sensitivity: {
            char text[32];
            const auto [end, ec] = std::to_chars(text, text + sizeof text, sensitivity);
            return rocTargetKey(target) + ":" + std::string(text, ec == std::errc() ? end : text);
        }
        case Kind::CardDefault: break;
    }
    return "default";
}

std::optional<OperatingPointChoice> OperatingPointChoice::fromKey(const std::string& key) {
    OperatingPointChoice choice;
    if (key == "default") return choice;
    const auto colon = key.find(':');
    if (colon == std::string::npos) return std::nullopt;
    const std::string head = key.substr(0, colon), tail = key.substr(colon + 1);
    if (head == "name" && !tail.empty()) {
        choice.kind = Kind::Named;
        choice.name = tail;
        return choice;
    }
    const auto target = rocTargetFromKey(head);
    const auto sensitivity = parseFraction(tail);
    if (!target || !sensitivity) return std::nullopt;
    choice.kind = Kind::Sensitivity;
    choice.target = *target;
    choice.sensitivity = *sensitivity;
    return choice;
}

OperatingPoint interpolateSensitivity(const ValidationRoc& roc, double sensitivity) {
    const auto& pts = roc.points;
    OperatingPoint out;
    if (pts.empty()) return out;
    const auto upper = std::find_if(pts.begin(), pts.end(), [&](const RocPoint& p) {
        return p.sensitivity >= sensitivity;
    });
    if (upper == pts.begin() || upper == pts.end()) {
        out = fromRocPoint(upper == pts.end() ? pts.back() : pts.front(), roc.target, "");
    } else {
        // Linear between the last point below the target and the first at or above it.
        const RocPoint& a = *(upper - 1);
        const RocPoint& b = *upper;
        const double f = (sensitivity - a.sensitivity) / (b.sensitivity - a.sensitivity);
        out = fromRocPoint({a.threshold + f * (b.threshold - a.threshold), sensitivity,
                            a.specificity + f * (b.specificity - a.specificity)},
                           roc.target, "");
    }
    out.target_sensitivity = sensitivity;
    out.name = rocTargetKey(roc.target) + " sensitivity " +
               std::to_string(static_cast<int>(std::lround(sensitivity * 100))) + " %";
    return out;
}

std::optional<RocPoint> firstReaching(const ValidationRoc& roc, double sensitivity) {
    for (const auto& p : roc.points)
        if (p.sensitivity >= sensitivity) return p;
    return std::nullopt;
}

std::optional<RocPoint> youdenPoint(const ValidationRoc& roc) {
    if (roc.points.empty()) return std::nullopt;
    return *std::max_element(roc.points.begin(), roc.points.end(),
                             [](const RocPoint& a, const RocPoint& b) {
                                 return a.sensitivity + a.specificity <
                                        b.sensitivity + b.specificity;
                             });
}

OperatingPoint resolveOperatingPoint(const RocSection& roc, const OperatingPointChoice& choice,
                                     double fallback_threshold) {
    using Kind = OperatingPointChoice::Kind;
    if (roc.empty() || choice.kind == Kind::CardDefault) return fallback(roc, fallback_threshold);
    if (choice.kind == Kind::Named) {
        const OperatingPoint* p = roc.find(choice.name);
        return p ? *p : fallback(roc, fallback_threshold);
    }
    for (const auto& p : roc.named)
        if (p.target == choice.target && p.target_sensitivity &&
            sameSensitivity(*p.target_sensitivity, choice.sensitivity))
            return p;
    const ValidationRoc* curve = roc.curve(choice.target);
    if (!curve || curve->points.empty()) return fallback(roc, fallback_threshold);
    return interpolateSensitivity(*curve, choice.sensitivity);
}

}  // namespace dermalens
