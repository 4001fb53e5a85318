#include "dermalens/report/ReportRenderer.h"

#include <QAbstractTextDocumentLayout>
#include <QDateTime>
#include <QFile>
#include <QFont>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

#include "ReportHtml.h"
#include "dermalens/report/ReportPagination.h"
#include "ReportText.h"

namespace dermalens::report {
namespace {

constexpr int kPdfDpi = 300;

// DejaVu Sans covers Latin and Cyrillic (Kazakh letters included); Noto Sans CJK KR covers
// Hangul and is the fallback for anything else. Both are embedded in the PDF by Qt.
QFont reportFont(qreal points, bool bold = false) {
    QFont font;
    font.setFamilies({QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans CJK KR")});
    font.setPointSizeF(points);
    font.setBold(bold);
    return font;
}

// ISO 8601 UTC as "2026-12-02 20:15 UTC".
QString generatedAt(const std::string& iso) {
    const QDateTime t = QDateTime::fromString(QString::fromStdString(iso), Qt::ISODate);
    return t.isValid() ? t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"))
                       : QString::fromStdString(iso);
}

}  // namespace

struct ReportRenderer::Impl {
    ReportContent content;
    ReportBranding branding;

    // Header: logo and clinic name on the left, title and date on the right, then the
    // disclaimer on a band. Returns its height (device pixels).
    int paintHeader(QPainter& p, const QRect& page) const;
    void paintFooter(QPainter& p, const QRect& page, int number, int count) const;
};

int ReportRenderer::Impl::paintHeader(QPainter& p, const QRect& page) const {
    const int line = page.height() / 40;
    int x = page.left();
    if (!branding.logo.isNull()) {
        const QImage logo = branding.logo.scaledToHeight(2 * line, Qt::SmoothTransformation);
        p.drawImage(QPoint(x, page.top()), logo);
        x += logo.width() + line / 2;
    }
    const QRect left(x, page.top(), page.width() / 2, 2 * line);
    p.setPen(QColor(0x1f, 0x4e, 0x79));
    p.setFont(reportFont(13, true));
    p.drawText(left, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine,
               branding.clinic_name.isEmpty() ? QStringLiteral("Dermalens") : branding.clinic_name);
    const QRect right(page.left() + page.width() / 2, page.top(), page.width() / 2, 2 * line);
    p.setPen(Qt::black);
    p.setFont(reportFont(9));
    p.drawText(right, Qt::AlignRight | Qt::AlignVCenter,
               reportTitle(content) + QLatin1Char('\n') +
                   ReportText::tr("Generated %1").arg(generatedAt(content.generated_at)));
    const QRect band(page.left(), page.top() + 2 * line + line / 3, page.width(), line + line / 4);
    p.fillRect(band, QColor(0xfd, 0xec, 0xea));
    p.setPen(QColor(0xb0, 0x00, 0x00));
    p.setFont(reportFont(10.5, true));
    p.drawText(band, Qt::AlignCenter | Qt::TextSingleLine, ReportText::notADiagnosis());
    return band.bottom() - page.top() + line / 2;
}

void ReportRenderer::Impl::paintFooter(QPainter& p, const QRect& page, int number,
                                       int count) const {
    const int line = page.height() / 40;
    const QRect footer(page.left(), page.bottom() - line, page.width(), line);
    p.setPen(QPen(QColor(0x99, 0x99, 0x99), 2));
    p.drawLine(footer.topLeft(), footer.topRight());
    p.setPen(QColor(0x55, 0x55, 0x55));
    p.setFont(reportFont(8));
    p.drawText(footer, Qt::AlignLeft | Qt::AlignVCenter,
               ReportText::tr("Dermalens: %1").arg(ReportText::notADiagnosis()));
    p.drawText(footer, Qt::AlignRight | Qt::AlignVCenter,
               ReportText::tr("page %1 of %2").arg(number).arg(count));
}

ReportRenderer::ReportRenderer(const ReportContent& content, ReportBranding branding)
    : impl_(std::make_unique<Impl>(Impl{content, std::move(branding)})) {}

ReportRenderer::~ReportRenderer() = default;

Result<int> ReportRenderer::paint(QPagedPaintDevice& device) const {
    device.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                     QMarginsF(15, 12, 15, 12), QPageLayout::Millimeter));
    QPainter painter;
    if (!painter.begin(&device))
        return fail(ErrorCode::InvalidArgument, {}, "cannot start painting the report");
    const QRect page(0, 0, device.width(), device.height());
    const int header = impl_->paintHeader(painter, page);  // measured once, painted per page
    const int footer = page.height() / 40 + page.height() / 80;
    const ReportBody body = reportBody(impl_->content);
    QTextDocument doc;
    doc.documentLayout()->setPaintDevice(&device);  // fonts and images at the PDF's resolution
    doc.setDefaultFont(reportFont(9.5));
    doc.setDocumentMargin(0);
    for (const auto& image : body.images)
        doc.addResource(QTextDocument::ImageResource, image.name, image.image);
    doc.setHtml(body.html);
    const QSizeF area(page.width(), page.height() - header - footer);
    doc.setPageSize(area);
    keepHeadingsWithNext(doc);
    const int pages = std::max(1, doc.pageCount());
    for (int i = 0; i < pages; ++i) {
        if (i > 0) {
            device.newPage();
            impl_->paintHeader(painter, page);
        }
        impl_->paintFooter(painter, page, i + 1, pages);
        painter.save();
        painter.translate(0, header - i * area.height());
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = QRectF(0, i * area.height(), area.width(), area.height());
        painter.setClipRect(context.clip);
        doc.documentLayout()->draw(&painter, context);
        painter.restore();
    }
    painter.end();
    return pages;
}

Result<int> ReportRenderer::writePdf(const std::filesystem::path& file) const {
    const QString name = QString::fromStdString(file.string());
    if (QFile probe(name); !probe.open(QIODevice::WriteOnly))  // say why, not just "cannot paint"
        return fail(ErrorCode::Unreadable, file.string(),
                    "cannot write the PDF report: " + probe.errorString().toStdString());
    QPdfWriter writer(name);
    writer.setResolution(kPdfDpi);
    writer.setCreator(QStringLiteral("Dermalens"));
    writer.setTitle(reportTitle(impl_->content));
    auto pages = paint(writer);
    if (!pages)  // QPdfWriter cannot begin when the file cannot be opened for writing
        return fail(ErrorCode::Unreadable, file.string(), "cannot write the PDF report here");
    return pages;
}

}  // namespace dermalens::report
