// Workspace::imageQuality: the quality checks on a stored image, for the GUI's warning line.
#include "dermalens/imaging/ImageLoader.h"
#include "dermalens/workspace/Workspace.h"

namespace dermalens {

namespace {
// The checks run at 200 px; a reduced decode (JPEG scales while decoding) keeps this fast on
// large photos and still leaves the downscale to the checks.
constexpr int kQualityDecodeSide = 800;
}  // namespace

Result<ImageQualityReport> Workspace::imageQuality(const ImageId& id) const {
    auto path = imagePath(id);
    if (!path) return tl::unexpected(path.error());
    LoadOptions options;
    options.max_dimension = kQualityDecodeSide;
    auto image = loadImage(*path, options);
    if (!image) return tl::unexpected(image.error());
    return assessImageQuality(*image);
}

}  // namespace dermalens
