// What the clinic puts on every page of a report: its name and logo (Settings in the viewer,
// --clinic / --logo in the CLI). Both may be empty.
#pragma once

#include <QImage>
#include <QString>

namespace dermalens::report {

struct ReportBranding {
    QString clinic_name;
    QImage logo;
};

}  // namespace dermalens::report
