#include "dermalens/records/ImageEntry.h"

namespace dermalens {

std::string toString(ImageKind kind) {
    switch (kind) {
        case ImageKind::Dermoscopic:
            return "dermoscopic";
        case ImageKind::ClinicalCloseUp:
            return "clinical";
        case ImageKind::Overview:
            return "overview";
    }
    return "dermoscopic";  // unreachable; keeps -Wreturn-type quiet
}

std::optional<ImageKind> parseImageKind(const std::string& text) {
    for (auto kind : {ImageKind::Dermoscopic, ImageKind::ClinicalCloseUp, ImageKind::Overview})
        if (toString(kind) == text) return kind;
    return std::nullopt;
}

}  // namespace dermalens
