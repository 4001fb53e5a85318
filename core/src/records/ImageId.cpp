#include <algorithm>
#include <cctype>

#include "dermalens/records/Ids.h"
#include "records/Sha256.h"

namespace dermalens {

Result<ImageId> ImageId::fromHex(const std::string& hex) {
    const bool allHex = std::all_of(hex.begin(), hex.end(), [](unsigned char c) {
        return std::isxdigit(c) != 0;
    });
    if (hex.size() != 64 || !allHex)
        return fail(ErrorCode::InvalidArgument, {},
                    "an image id is 64 hexadecimal digits (sha256), not '" + hex + "'");
    std::string lower = hex;
    std::transform(lower.begin(), lower.end(), lower.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return ImageId(std::move(lower));
}

Result<ImageId> ImageId::ofFile(const std::string& path) {
    auto hex = detail::sha256OfFile(path);
    if (!hex) return tl::unexpected(hex.error());
    return ImageId(std::move(*hex));
}

}  // namespace dermalens
