// Where a lesion sits on the project's front / back body diagram.
//
// Coordinates are normalised to the diagram's frame: x from the viewer's left (0) to right (1),
// y from the top of the head (0) to the soles (1). The front view shows the patient facing the
// viewer (the patient's right is on the viewer's left); the back view shows the patient from
// behind (the patient's right is on the viewer's right). See followup/BodyMap.h for the regions.
#pragma once

#include <optional>
#include <string>

namespace dermalens {

enum class BodyView { Front, Back };

// "front", "back" (the store's words); parseBodyView returns nullopt for anything else.
[[nodiscard]] const char* toString(BodyView view);
[[nodiscard]] std::optional<BodyView> parseBodyView(const std::string& text);

struct BodyMapPosition {
    BodyView view = BodyView::Front;
    double x = 0.5;
    double y = 0.5;
};

}  // namespace dermalens
