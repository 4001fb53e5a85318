// The body diagram's regions: which body site and laterality a point on the map means.
//
// The diagram (front and back, drawn by the GUI to match) is a figure in the anatomical
// position, arms slightly away from the trunk, filling the normalised frame of
// BodyMapPosition: head at the top (y 0..0.12), neck (0.12..0.16), trunk (0.16..0.52 front,
// buttocks down to 0.57 on the back), arms beside the trunk (x 0.18..0.33 and 0.67..0.82),
// legs below (0.52..1). The regions are axis-aligned boxes, searched in order; a point in none
// of them (beside the figure) has no site.
//
// Codes are SNOMED CT; those marked in the table come from DICOM CID 4031 (Common Anatomic
// Regions) as DCMTK 3.6.7 lists it, the others (face, scalp, back, lower back, buttock, groin)
// are SNOMED CT body structures outside that context group.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "dermalens/records/BodyMapPosition.h"

namespace dermalens {

struct BodySite {
    std::string words;  // e.g. "left forearm"
    std::string code;   // SNOMED CT concept id, e.g. "14975008"
    std::string scheme = "SCT";
    std::string laterality;  // "L", "R", "B" (midline) as LesionRecord uses
};

struct BodyMapRegion {
    BodyView view;
    double x0, y0, x1, y1;  // box in the normalised frame
    const char* site;       // words without side, e.g. "forearm"
    const char* code;
    bool paired;  // a left/right structure (laterality from x), else midline "B"
};

// The regions, in search order (also what the GUI may draw as hit areas).
[[nodiscard]] const std::vector<BodyMapRegion>& bodyMapRegions();

// The site at `position`; nullopt when it is outside the figure or out of 0..1.
[[nodiscard]] std::optional<BodySite> bodySiteAt(const BodyMapPosition& position);

}  // namespace dermalens
