// ReportHtml: the body of a report as rich text (Qt's HTML subset) with its images as
// document resources; ReportRenderer paginates it and adds the header and footer on every page.
// Private to the report library.
#pragma once

#include <QImage>
#include <QString>
#include <QUrl>
#include <vector>

#include "dermalens/output/ReportContent.h"

namespace dermalens::report {

struct ReportImage {
    QUrl name;  // what <img src> refers to
    QImage image;
};

struct ReportBody {
    QString html;
    std::vector<ReportImage> images;
};

// Every section of the report: patient, visits, one block per lesion (photo, Grad-CAM overlay,
// prediction, flags, rank, follow-up, finding), the operating point and the model card.
[[nodiscard]] ReportBody reportBody(const ReportContent& content);

// The report's title ("Patient report" / "Lesion report").
[[nodiscard]] QString reportTitle(const ReportContent& content);

}  // namespace dermalens::report
