#include "dermalens/followup/BodyMap.h"

namespace dermalens {
namespace {

using V = BodyView;

// Front and back share the silhouette; only the trunk's and head's names differ.
std::vector<BodyMapRegion> makeRegions() {
    std::vector<BodyMapRegion> r;
    for (V v : {V::Front, V::Back}) {
        const bool front = v == V::Front;
        r.push_back({v, 0.40, 0.00, 0.60, 0.12, front ? "face" : "scalp",
                     front ? "89545001" : "41695006", false});
        r.push_back({v, 0.43, 0.12, 0.57, 0.16, "neck", "45048000", false});  // CID 4031
        r.push_back({v, 0.33, 0.16, 0.67, 0.34, front ? "chest" : "upper back",
                     front ? "816094009" : "77568009", false});  // chest: CID 4031
        r.push_back({v, 0.33, 0.34, 0.67, 0.47, front ? "abdomen" : "lower back",
                     front ? "818981001" : "37822005", false});  // abdomen: CID 4031
        if (front)
            r.push_back({v, 0.36, 0.47, 0.64, 0.52, "groin", "26893007", false});
        else
            r.push_back({v, 0.35, 0.47, 0.65, 0.57, "buttock", "46862004", true});
        // Paired structures (CID 4031): upper arm, forearm, hand, thigh, lower leg, foot.
        for (auto [x0, x1] : {std::pair{0.18, 0.33}, std::pair{0.67, 0.82}}) {
            r.push_back({v, x0, 0.16, x1, 0.32, "upper arm", "40983000", true});
            r.push_back({v, x0, 0.32, x1, 0.45, "forearm", "14975008", true});
            r.push_back({v, x0, 0.45, x1, 0.56, "hand", "85562004", true});
        }
        for (auto [x0, x1] : {std::pair{0.35, 0.50}, std::pair{0.50, 0.65}}) {
            r.push_back({v, x0, 0.52, x1, 0.74, "thigh", "68367000", true});
            r.push_back({v, x0, 0.74, x1, 0.94, "lower leg", "30021000", true});
            r.push_back({v, x0, 0.94, x1, 1.00, "foot", "56459004", true});
        }
    }
    return r;
}

// Front view: the patient's right is on the viewer's left; back view: the other way round.
std::string sideAt(const BodyMapPosition& p) {
    const bool viewer_left = p.x < 0.5;
    return (p.view == V::Front) == viewer_left ? "R" : "L";
}

}  // namespace

const std::vector<BodyMapRegion>& bodyMapRegions() {
    static const std::vector<BodyMapRegion> regions = makeRegions();
    return regions;
}

std::optional<BodySite> bodySiteAt(const BodyMapPosition& p) {
    if (!(p.x >= 0 && p.x <= 1 && p.y >= 0 && p.y <= 1)) return std::nullopt;
    for (const auto& region : bodyMapRegions()) {
        if (region.view != p.view || p.x < region.x0 || p.x >= region.x1 || p.y < region.y0 ||
            p.y > region.y1)
            continue;
        BodySite site{region.site, region.code, "SCT", region.paired ? sideAt(p) : "B"};
        if (region.paired) site.words = (site.laterality == "L" ? "left " : "right ") + site.words;
        return site;
    }
    return std::nullopt;
}

}  // namespace dermalens
