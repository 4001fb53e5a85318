#include <cmath>
#include <sstream>

#include "dermalens/followup/FollowUpReports.h"

namespace dermalens {
namespace {

std::string percent(double fraction) {
    std::ostringstream out;
    out.precision(3);
    out << (fraction >= 0 ? "+" : "") << fraction * 100 << " %";
    return out.str();
}

}  // namespace

const char* toString(LesionFlag flag) {
    switch (flag) {
        case LesionFlag::New:
            return "new";
        case LesionFlag::Changed:
            return "changed";
        case LesionFlag::Unchanged:
            return "unchanged";
        case LesionFlag::NotComparable:
            return "not comparable";
        case LesionFlag::NotImagedLatest:
            return "not imaged at the latest visit";
        case LesionFlag::SingleVisit:
            return "single visit";
    }
    return "";
}

LesionChangeFlag classifyChange(const LesionChange& c, const ChangeThresholds& t) {
    LesionChangeFlag out;
    const double delta_e = c.colour.mean_delta_e;
    if (delta_e >= t.colour_delta_e) {
        std::ostringstream r;
        r.precision(3);
        r << "colour changed by Delta E " << delta_e;
        out.reasons.push_back(r.str());
    }
    if (!c.comparable) {
        out.flag = out.reasons.empty() ? LesionFlag::NotComparable : LesionFlag::Changed;
        out.reasons.push_back("sizes not comparable: skin registration: " +
                              c.size_registration.reason + "; no calibration of both images");
        return out;
    }
    if (std::abs(c.area_ratio - 1) >= t.area_ratio)
        out.reasons.push_back("area " + percent(c.area_ratio - 1));
    if (std::abs(c.diameter_ratio - 1) >= t.diameter_ratio)
        out.reasons.push_back("longest diameter " + percent(c.diameter_ratio - 1));
    out.flag = out.reasons.empty() ? LesionFlag::Unchanged : LesionFlag::Changed;
    return out;
}

}  // namespace dermalens
