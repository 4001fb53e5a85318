// OperatingPoint: when a lesion is called "suspicious": its calibrated malignant probability is
// at or above a threshold chosen on the model's validation ROC (the card's "roc" section, see
// core/MODEL_CONTRACT.md). Both curves score the same number (the calibrated malignant
// probability the program shows), so a point chosen on either applies to that number.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace dermalens {

// What a sensitivity counts: every malignant class of the card, or melanoma only.
enum class RocTarget { Malignant, Melanoma };

struct RocPoint {
    double threshold = 0;    // suspicious when the score is >= threshold
    double sensitivity = 0;  // share of the target's positives at or above the threshold
    double specificity = 0;  // share of the rest below it
};

// One validation curve: points by threshold descending (sensitivity rising, specificity
// falling).
struct ValidationRoc {
    RocTarget target = RocTarget::Malignant;
    std::vector<RocPoint> points;
    double auc = 0;
    int positives = 0, negatives = 0;
};

struct OperatingPoint {
    std::string name = "default";  // the card's name of the point; "default" without a ROC
    RocTarget target = RocTarget::Malignant;
    double threshold = 0.5;
    std::optional<double> target_sensitivity;        // what was asked for (none: Youden, default)
    std::optional<double> sensitivity, specificity;  // on the validation fold (none: default)

    // True when no ROC backs the point (the card has none): the threshold is a fallback.
    [[nodiscard]] bool isDefault() const { return !sensitivity.has_value(); }
    [[nodiscard]] bool suspicious(double malignant_probability) const {
        return malignant_probability >= threshold;
    }
};

// The card's "roc" section; empty when the card has none (then every choice gives the
// fallback point).
struct RocSection {
    std::string source;  // e.g. "validation fold 0 (2014 images)"
    std::vector<ValidationRoc> curves;
    std::vector<OperatingPoint> named;  // as the card lists them
    std::string default_name;           // one of `named`; empty = the first

    [[nodiscard]] bool empty() const { return curves.empty(); }
    [[nodiscard]] const ValidationRoc* curve(RocTarget target) const;
    [[nodiscard]] const OperatingPoint* find(const std::string& name) const;
};

// What the user asked for: the card's default, one of its named points, or a sensitivity.
struct OperatingPointChoice {
    enum class Kind { CardDefault, Named, Sensitivity };
    Kind kind = Kind::CardDefault;
    std::string name;                         // Kind::Named
    RocTarget target = RocTarget::Malignant;  // Kind::Sensitivity
    double sensitivity = 0.95;                // Kind::Sensitivity, in (0, 1]

    // Stable text for settings files and the command line: "default", "name:<name>",
    // "malignant:0.95", "melanoma:0.9". nullopt when the text is none of these.
    [[nodiscard]] std::string key() const;
    [[nodiscard]] static std::optional<OperatingPointChoice> fromKey(const std::string& key);
};

// The point of `roc` with the target sensitivity, interpolated linearly (threshold and
// specificity) between the two points around it. Below the first point's sensitivity the
// first point; above the last, the last. An empty curve gives the fallback point.
[[nodiscard]] OperatingPoint interpolateSensitivity(const ValidationRoc& roc, double sensitivity);

// The point with the highest threshold whose sensitivity reaches `sensitivity` (the most
// specific one that keeps the promise on the validation fold); nullopt when none does.
[[nodiscard]] std::optional<RocPoint> firstReaching(const ValidationRoc& roc, double sensitivity);

// The point maximising sensitivity + specificity - 1; nullopt for an empty curve.
[[nodiscard]] std::optional<RocPoint> youdenPoint(const ValidationRoc& roc);

// The choice applied to a card's section. A sensitivity that a named point of the same target
// asks for gives that point (exact, not interpolated); a named point that is missing, or any
// choice on a card without a ROC, gives the default: the section's default point, else
// `fallback_threshold` named "default".
[[nodiscard]] OperatingPoint resolveOperatingPoint(const RocSection& roc,
                                                   const OperatingPointChoice& choice,
                                                   double fallback_threshold = 0.5);

[[nodiscard]] std::string rocTargetKey(RocTarget target);  // "malignant" / "melanoma"
[[nodiscard]] std::optional<RocTarget> rocTargetFromKey(const std::string& key);

}  // namespace dermalens
