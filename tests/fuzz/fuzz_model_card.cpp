// libFuzzer target: the model-card parser. A card it accepts must hold what the rest of the
// core relies on without checking again.
#include <set>
#include <string>

#include "FuzzSupport.h"
#include "dermalens/model/ModelCard.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace dermalens;
    using namespace dermalens::fuzz;
    const std::string text(reinterpret_cast<const char*>(data), size);
    const auto card = parseModelCard(text, "fuzz/model.json");
    if (!card) {
        requireValidError(card.error());
        return 0;
    }
    require(card->classes.size() >= 2, "a card with fewer than 2 classes was accepted");
    std::set<std::string> codes;
    for (std::size_t k = 0; k < card->classes.size(); ++k) {
        const ClassInfo& c = card->classes[k];
        require(codes.insert(c.code).second, "duplicate class code accepted");
        require(card->classIndex(c.code) == static_cast<int>(k), "classIndex disagrees");
        requireUtf8(c.code, "class code");
        requireUtf8(c.name, "class name");
    }
    require(card->input.width > 0 && card->input.height > 0, "non-positive input size");
    require(card->temperature > 0, "non-positive temperature");
    require(card->weights_sha256.size() == 64, "weights_sha256 is not 64 digits");
    require(card->ood.embedding_mean.size() == card->ood.embedding_std.size(),
            "OOD mean and std differ in length");
    for (const std::string* s :
         {&card->name, &card->version, &card->architecture, &card->weights_file,
          &card->intended_use, &card->license, &card->raw_json})
        requireUtf8(*s, "a card text field");
    return 0;
}
