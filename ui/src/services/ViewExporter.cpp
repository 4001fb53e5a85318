#include "services/ViewExporter.h"

#include <QDateTime>
#include <QImageWriter>
#include <QPainter>
#include <QTextDocument>
#include <algorithm>

namespace dermalens::ui {
namespace {
constexpr int kTextWidth = 420;
constexpr int kMargin = 24;
constexpr int kMaxViewSide = 1600;
}  // namespace

QImage ViewExporter::compose(const QImage& view, const QString& title,
                             const QString& predictionText, const QString& model) {
    const QImage shown =
        view.width() > kMaxViewSide || view.height() > kMaxViewSide
            ? view.scaled(kMaxViewSide, kMaxViewSide, Qt::KeepAspectRatio, Qt::SmoothTransformation)
            : view;
    QTextDocument doc;
    doc.setTextWidth(kTextWidth - 2 * kMargin);
    doc.setDefaultStyleSheet(QStringLiteral("h2{color:#1d2a3a} p.note{color:#8a4b00}"));
    QString html = QStringLiteral(
                       "<h2>%1</h2><p>%2</p><p><b>%3</b></p><p class='note'><b>%4</b></p>"
                       "<p style='color:#555'>%5</p>")
                       .arg(title.toHtmlEscaped(),
                            predictionText.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>")),
                            tr("Model: %1").arg(model).toHtmlEscaped(),
                            tr("Decision support only — not a diagnosis.").toHtmlEscaped(),
                            tr("Exported %1 by Dermalens")
                                .arg(QDateTime::currentDateTime().toString(Qt::ISODate))
                                .toHtmlEscaped());
    doc.setHtml(html);
    const int height =
        std::max(shown.height(), static_cast<int>(doc.size().height()) + 2 * kMargin);
    QImage out(shown.width() + kTextWidth, height, QImage::Format_RGB32);
    out.fill(Qt::white);
    QPainter painter(&out);
    painter.fillRect(QRect(0, 0, shown.width(), height), QColor(24, 26, 30));
    painter.drawImage(QPoint(0, (height - shown.height()) / 2), shown);
    painter.translate(shown.width() + kMargin, kMargin);
    doc.drawContents(&painter);
    return out;
}

QString ViewExporter::savePng(const QImage& image, const QString& path) {
    QImageWriter writer(path, "png");
    if (!writer.write(image)) return tr("%1: %2").arg(path, writer.errorString());
    return {};
}

}  // namespace dermalens::ui
