// Opens a model directory: card parsed, weights present and matching their sha256.
#include "dermalens/model/ModelPackage.h"

#include <fstream>
#include <sstream>
#include <system_error>

#include "records/Sha256.h"

namespace dermalens {
namespace {

// Refuses weights names that escape the package directory ("../x", "/abs/x").
bool staysInside(const std::filesystem::path& name) {
    if (name.empty() || name.is_absolute() || name.has_root_name()) return false;
    for (const auto& part : name)
        if (part == "..") return false;
    return true;
}

Result<std::string> readText(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return fail(ErrorCode::Unreadable, path.string(), "cannot be opened");
    std::ostringstream text;
    text << in.rdbuf();
    if (in.bad()) return fail(ErrorCode::Unreadable, path.string(), "read error");
    return text.str();
}

}  // namespace

Result<std::string> sha256File(const std::filesystem::path& path) {
    return detail::sha256OfFile(path);
}

Result<ModelPackage> ModelPackage::open(const std::filesystem::path& dir) {
    std::error_code ec;
    if (!std::filesystem::is_directory(dir, ec))
        return fail(ErrorCode::NotFound, dir.string(), "model directory not found");
    const auto cardPath = dir / "model.json";
    if (!std::filesystem::is_regular_file(cardPath, ec))
        return fail(ErrorCode::NotFound, cardPath.string(), "model card not found");
    auto text = readText(cardPath);
    if (!text) return tl::unexpected(text.error());
    auto card = parseModelCard(*text, cardPath);
    if (!card) return tl::unexpected(card.error());
    if (!staysInside(card->weights_file))
        return fail(ErrorCode::InvalidModel, cardPath.string(),
                    "field 'weights_file' must name a file inside the model directory");
    ModelPackage package{dir, dir / card->weights_file, std::move(*card)};
    const std::string weights = package.weights_path.string();
    if (!std::filesystem::is_regular_file(package.weights_path, ec))
        return fail(ErrorCode::NotFound, weights, "weights file not found");
    auto sha = sha256File(package.weights_path);
    if (!sha) return tl::unexpected(sha.error());
    if (*sha != package.card.weights_sha256)
        return fail(ErrorCode::InvalidModel, weights,
                    "sha256 mismatch (card says " + package.card.weights_sha256 + ", file is " +
                        *sha + "): the weights do not belong to this card or are damaged");
    return package;
}

}  // namespace dermalens
