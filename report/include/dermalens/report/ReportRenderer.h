// ReportRenderer: lays a ReportContent out as A4 pages, in the language of the installed
// translators, on any paged device: a QPdfWriter (writePdf) or the printer of a print preview.
//
// Every page has the clinic's logo and name, the report's title and date in the header, and
// "decision support, not a diagnosis" with "page N of M" in the footer. Text uses DejaVu Sans
// (Latin, Cyrillic incl. Kazakh) with Noto Sans CJK KR for Hangul; both are embedded.
// Thread: build and paint on one thread; QPdfWriter needs no display (offscreen works).
#pragma once

#include <filesystem>
#include <memory>
#include <vector>

#include <QImage>

#include "dermalens/Result.h"
#include "dermalens/output/ReportContent.h"
#include "dermalens/report/ReportBranding.h"

class QPagedPaintDevice;

namespace dermalens::report {

class ReportRenderer {
public:
    ReportRenderer(const ReportContent& content, ReportBranding branding);
    ~ReportRenderer();
    ReportRenderer(const ReportRenderer&) = delete;
    ReportRenderer& operator=(const ReportRenderer&) = delete;

    // Paints every page on `device` (its page layout is set to A4 portrait first) and returns
    // the number of pages; InvalidArgument when painting cannot start on it.
    [[nodiscard]] Result<int> paint(QPagedPaintDevice& device) const;
    // Writes the report as a PDF file (replaced when it exists); returns the page count.
    // Unreadable names the file when it cannot be written.
    [[nodiscard]] Result<int> writePdf(const std::filesystem::path& file) const;
    // Every page as a white A4 image of `dpi` (margins included): the PDF's layout, laid out
    // at the PDF's resolution and scaled down, so pages break where they break in the PDF.
    // For previews; QImage painting works on any thread.
    [[nodiscard]] Result<std::vector<QImage>> pageImages(int dpi) const;

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace dermalens::report
