// Opens a model directory: card parsed, weights present and matching their sha256.
#include "dermalens/model/ModelPackage.h"

#include <openssl/evp.h>

#include <fstream>
#include <memory>
#include <sstream>
#include <system_error>
#include <vector>

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
    std::ifstream in(path, std::ios::binary);
    std::error_code ec;
    if (!in || std::filesystem::is_directory(path, ec))
        return fail(std::filesystem::exists(path, ec) ? ErrorCode::Unreadable : ErrorCode::NotFound,
                    path.string(), "cannot be opened for hashing");
    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> ctx(EVP_MD_CTX_new(), EVP_MD_CTX_free);
    if (!ctx || EVP_DigestInit_ex(ctx.get(), EVP_sha256(), nullptr) != 1)
        return fail(ErrorCode::Internal, path.string(), "sha256 is unavailable");
    std::vector<char> buf(1 << 20);
    while (in) {
        in.read(buf.data(), static_cast<std::streamsize>(buf.size()));
        if (in.gcount() > 0)
            EVP_DigestUpdate(ctx.get(), buf.data(), static_cast<std::size_t>(in.gcount()));
    }
    if (in.bad()) return fail(ErrorCode::Unreadable, path.string(), "read error while hashing");
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    EVP_DigestFinal_ex(ctx.get(), digest, &length);
    static const char* const kHex = "0123456789abcdef";
    std::string hex;
    for (unsigned int i = 0; i < length; ++i) {
        hex += kHex[digest[i] >> 4];
        hex += kHex[digest[i] & 0xf];
    }
    return hex;
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
