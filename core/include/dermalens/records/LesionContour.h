// The outline of the lesion on one image: found automatically, or drawn / corrected by the user.
#pragma once

#include <optional>
#include <string>

#include "dermalens/records/Ids.h"
#include "dermalens/records/ImagePoint.h"

namespace dermalens {

enum class ContourSource { Automatic, User };

// "auto", "user" (the store's words); parseContourSource returns nullopt for anything else.
[[nodiscard]] const char* toString(ContourSource source);
[[nodiscard]] std::optional<ContourSource> parseContourSource(const std::string& text);

struct LesionContour {
    ImageId image;
    ImagePolygon points;  // closed polygon, image pixels
    ContourSource source = ContourSource::Automatic;
    std::string method;      // how it was made, e.g. the segmentation method and its version
    std::string created_at;  // ISO 8601 UTC, set by the store
};

}  // namespace dermalens
