// The change figures of two visits as plain text lines (area ratio, diameter change, colour
// change, border, registration), in mm when calibrated, for the timeline page.
#pragma once

#include <QString>

#include "dermalens/followup/FollowUpReports.h"

namespace dermalens::ui {

[[nodiscard]] QString changeSummary(const VisitComparison& comparison);
// One line: trusted (inliers, correlation), or not trusted and why.
[[nodiscard]] QString registrationSummary(const RegistrationResult& registration);

}  // namespace dermalens::ui
