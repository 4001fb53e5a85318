#include "model/CardSeal.h"

#include <array>
#include <nlohmann/json.hpp>

namespace dermalens::detail {
namespace {

using nlohmann::json;

// Keep in sync with SEALED_SECTIONS in training/dermalens_train/seal.py.
constexpr std::array<const char*, 6> kSealedSections{"classes", "input",   "calibration",
                                                     "ood",     "gradcam", "roc"};

Result<json> parseObject(const std::string& text, const std::filesystem::path& file,
                         const char* what) {
    json parsed = json::parse(text, nullptr, /*allow_exceptions=*/false);
    if (!parsed.is_object())
        return fail(ErrorCode::InvalidModel, file.string(), std::string(what) + " is not a JSON object");
    return parsed;
}

}  // namespace

Result<void> checkCardSeal(const ModelCard& card, const std::optional<std::string>& seal,
                           const std::filesystem::path& card_file,
                           const std::filesystem::path& weights_file) {
    if (!seal || seal->empty())
        return fail(ErrorCode::InvalidModel, weights_file.string(),
                    "the weights carry no seal of the card (export or seal the package with "
                    "training/dermalens_train/seal.py)");
    auto sealed = parseObject(*seal, weights_file, "the card seal in the weights");
    if (!sealed) return tl::unexpected(sealed.error());
    const json sections = sealed->value("sections", json::object());
    auto parsed = parseObject(card.raw_json, card_file, "the card");
    if (!parsed) return tl::unexpected(parsed.error());
    for (const char* name : kSealedSections) {
        const bool in_card = parsed->contains(name);
        if (in_card == sections.contains(name) && (!in_card || (*parsed)[name] == sections[name]))
            continue;
        return fail(ErrorCode::InvalidModel, card_file.string(),
                    std::string("the card's '") + name + "' section " +
                        (in_card ? "differs from the one sealed into the weights"
                                 : "is missing but was sealed into the weights") +
                        ": the card was edited after export (re-export, or re-seal with "
                        "training/dermalens_train/seal.py if the change is intended)");
    }
    return {};
}

}  // namespace dermalens::detail
