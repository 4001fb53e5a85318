#include "records/Sha256.h"

#include <openssl/evp.h>

#include <fstream>
#include <memory>
#include <system_error>
#include <vector>

namespace dermalens::detail {
namespace {

std::string toHex(const unsigned char* bytes, unsigned int length) {
    static const char* const kHex = "0123456789abcdef";
    std::string hex;
    hex.reserve(length * 2);
    for (unsigned int i = 0; i < length; ++i) {
        hex += kHex[bytes[i] >> 4];
        hex += kHex[bytes[i] & 0xf];
    }
    return hex;
}

}  // namespace

Result<std::string> sha256OfFile(const std::filesystem::path& path) {
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
        if (in.gcount() > 0 &&
            EVP_DigestUpdate(ctx.get(), buf.data(), static_cast<std::size_t>(in.gcount())) != 1)
            return fail(ErrorCode::Internal, path.string(), "sha256 failed while hashing");
    }
    if (in.bad()) return fail(ErrorCode::Unreadable, path.string(), "read error while hashing");
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (EVP_DigestFinal_ex(ctx.get(), digest, &length) != 1)
        return fail(ErrorCode::Internal, path.string(), "sha256 failed while hashing");
    return toHex(digest, length);
}

}  // namespace dermalens::detail
