#include "ReportHtml.h"

#include <QStringList>

#include "ReportText.h"

namespace dermalens::report {
namespace {

// Images are laid out in CSS pixels (96 per inch): two side by side fill the A4 body.
constexpr int kImageWidth = 300;

QImage toQImage(const cv::Mat& rgb) {
    if (rgb.empty() || rgb.type() != CV_8UC3) return {};
    return QImage(rgb.data, rgb.cols, rgb.rows, static_cast<qsizetype>(rgb.step),
                  QImage::Format_RGB888)
        .copy();  // the Mat's pixels do not outlive the content
}

QString row(const QString& label, const QString& value) {
    return QStringLiteral("<tr><td style='color:#555555'>%1</td><td>%2</td></tr>")
        .arg(label, value);
}

QString table(const QString& rows) {
    return QStringLiteral("<table cellspacing='0' cellpadding='3'>%1</table>").arg(rows);
}

QString heading(const QString& text) {
    return QStringLiteral("<h3 style='color:#1f4e79'>%1</h3>").arg(text);
}

QString patientSection(const ReportContent& c) {
    const ReportPatient& p = c.patient;
    QString rows;
    if (p.deidentified) {
        rows += row(ReportText::tr("Patient"),
                    ReportText::tr("de-identified: no name, identifier, birth date or free text"));
    } else {
        rows += row(ReportText::tr("Name", "patient"), QStringLiteral("<b>%1</b>").arg(ReportText::esc(p.name)));
        rows += row(ReportText::tr("Patient ID"), ReportText::esc(p.external_id));
        rows += row(ReportText::tr("Birth date"), ReportText::date(p.birth_date));
    }
    rows += row(ReportText::tr("Sex"), ReportText::sex(p.sex));
    if (p.synthetic) rows += row(ReportText::tr("Data"), ReportText::tr("synthetic test patient"));
    return heading(ReportText::tr("Patient")) + table(rows);
}

QString visitsSection(const ReportContent& c) {
    if (c.visits.empty()) return {};
    QString rows = QStringLiteral("<tr><th align='left'>%1</th><th align='left'>%2</th>"
                                  "<th align='left'>%3</th></tr>")
                       .arg(ReportText::tr("Visit"), ReportText::tr("Description"),
                            ReportText::tr("Images in this report"));
    for (const auto& v : c.visits)
        rows += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>")
                    .arg(ReportText::visit(v.number, v.date, v.day), ReportText::esc(v.description))
                    .arg(v.images);
    return heading(ReportText::tr("Visits")) +
           QStringLiteral("<table border='0.5' cellspacing='0' cellpadding='3' width='100%'>%1</table>")
               .arg(rows);
}

QString imagesRow(const ReportLesion& l, ReportBody& body) {
    const QString photo = QStringLiteral("lesion%1-photo").arg(l.number);
    const QString overlay = QStringLiteral("lesion%1-overlay").arg(l.number);
    QString left = ReportText::esc(l.photo_problem);
    if (!l.photo.empty()) {
        body.images.push_back({QUrl(photo), toQImage(l.photo)});
        left = QStringLiteral("<img src='%1' width='%2'/><br/>%3")
                   .arg(photo).arg(kImageWidth).arg(ReportText::kind(l.kind));
    }
    QString right = ReportText::tr("No Grad-CAM: %1").arg(ReportText::esc(l.heatmap_problem));
    if (l.heatmap) {
        body.images.push_back({QUrl(overlay), toQImage(l.heatmap->overlay)});
        right = QStringLiteral("<img src='%1' width='%2'/><br/>%3")
                    .arg(overlay).arg(kImageWidth)
                    .arg(ReportText::tr("Grad-CAM for %1 (%2, opacity following the map up "
                                        "to %3 %%4)")
                             .arg(ReportText::esc(l.heatmap->class_name),
                                  ReportText::esc(l.heatmap->colormap))
                             .arg(qRound(l.heatmap->opacity * 100))
                             .arg(l.heatmap->per_image_normalised
                                      ? ReportText::tr("; scaled per image, not comparable "
                                                       "across images")
                                      : QString()));
    }
    return QStringLiteral("<table cellspacing='0' cellpadding='4'><tr><td valign='top'>%1</td>"
                          "<td valign='top'>%2</td></tr></table>")
        .arg(left, right);
}

QString predictionRows(const ReportLesion& l, const ReportContent& c) {
    if (!l.prediction)
        return row(ReportText::tr("AI result"),
                   ReportText::tr("not analysed with the loaded model"));
    const ReportPrediction& p = *l.prediction;
    QString top = ReportText::esc(p.top_class);
    QStringList classes;
    for (std::size_t i = 0; i < p.classes.size() && i < 3; ++i) {
        const ReportClass& k = p.classes[i];
        if (k.code == p.top_class) top = ReportText::esc(k.name) + " (" + ReportText::esc(k.code) + ")";
        classes << ReportText::esc(k.name) + " " + ReportText::percent(k.probability);
    }
    const bool flagged = p.low_confidence || p.out_of_distribution;
    QString rows =
        row(ReportText::tr("Malignant probability (calibrated)"),
            QStringLiteral("<b>%1</b>").arg(ReportText::percent(p.malignant_probability)));
    if (c.operating_point.applied)
        rows += row(ReportText::tr("Suspicious (operating point %1)")
                        .arg(ReportText::pointName(c.operating_point.point)),
                    p.suspicious ? QStringLiteral("<b style='color:#b00000'>%1</b>")
                                       .arg(ReportText::suspicious(p, c.operating_point.point))
                                 : ReportText::suspicious(p, c.operating_point.point));
    rows += row(ReportText::tr("Top class"), top);
    rows += row(ReportText::tr("Most likely classes"), classes.join(QStringLiteral(", ")));
    rows += row(ReportText::tr("Flags"),
                flagged ? QStringLiteral("<b style='color:#b00000'>%1</b>")
                              .arg(ReportText::flags(p))
                        : ReportText::flags(p));
    QString rank = ReportText::tr("not ranked");
    if (l.rank > 0)
        rank = ReportText::tr("%1 of %2 (robust z %3)%4")
                   .arg(l.rank).arg(c.ranked).arg(l.z_score, 0, 'f', 2)
                   .arg(l.outlier ? ReportText::tr(": OUTLIER") : QString());
    rows += row(ReportText::tr("Ugly-duckling rank"), rank);
    return rows;
}

QString followUpRows(const ReportLesion& l) {
    QString rows;
    if (l.shape)
        rows += row(ReportText::tr("Outline"),
                    ReportText::tr("longest diameter %1 %2, area %3 %4")
                        .arg(l.shape->longest_diameter, 0, 'f', 1)
                        .arg(ReportText::esc(l.shape->length_unit))
                        .arg(l.shape->area, 0, 'f', 1)
                        .arg(ReportText::esc(l.shape->area_unit)));
    for (const auto& m : l.measurements)
        if (m.value)
            rows += row(ReportText::tr("Measurement"),
                        QStringLiteral("%1 %2 %3").arg(ReportText::esc(m.label))
                            .arg(*m.value, 0, 'f', 1).arg(ReportText::esc(m.unit)));
    if (l.change) rows += row(ReportText::tr("Change"), ReportText::changeFlag(l.change->flag));
    if (l.finding) {
        rows += row(ReportText::tr("Decision"), ReportText::decision(l.finding->management));
        rows += row(ReportText::tr("Clinician and AI"), ReportText::agreement(l.finding->agreement));
        if (!l.finding->notes.empty())
            rows += row(ReportText::tr("Notes"), ReportText::esc(l.finding->notes));
    }
    return rows;
}

QString lesionSection(const ReportLesion& l, const ReportContent& c, ReportBody& body) {
    QString title = ReportText::tr("Lesion %1: %2").arg(l.number).arg(ReportText::esc(l.label));
    const QString side = ReportText::laterality(l.laterality);
    if (!l.body_site.empty())
        title += QStringLiteral(", ") + ReportText::esc(l.body_site) +
                 (side.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(side));
    const QString image = row(ReportText::tr("Image"),
                              ReportText::visit(l.visit_number, l.image_date, 0));
    return heading(title) + imagesRow(l, body) +
           table(image + predictionRows(l, c) + followUpRows(l));
}

QString modelSection(const ReportContent& c) {
    const ReportModelCard& m = c.model;
    QString rows;
    if (!m.loaded) {
        rows = row(ReportText::tr("Model"), ReportText::tr("no model was loaded"));
    } else {
        rows += row(ReportText::tr("Name", "model"), ReportText::esc(m.name));
        rows += row(ReportText::tr("Version"), ReportText::esc(m.version));
        rows += row(ReportText::tr("Weights SHA-256"),
                    QStringLiteral("<span style='font-size:7pt'>%1</span>").arg(ReportText::esc(m.sha256)));
        rows += row(ReportText::tr("Architecture"), ReportText::esc(m.architecture));
        rows += row(ReportText::tr("Intended use"), ReportText::esc(m.intended_use));
        rows += row(ReportText::tr("Calibration"), ReportText::esc(m.calibration));
        QStringList limits;
        for (const auto& l : m.limitations) limits << QStringLiteral("<li>%1</li>").arg(ReportText::esc(l));
        if (!limits.isEmpty())
            rows += row(ReportText::tr("Limitations"),
                        QStringLiteral("<ul style='margin-left:0'>%1</ul>").arg(limits.join(QString())));
    }
    return heading(ReportText::tr("Model")) + table(rows) +
           QStringLiteral("<p style='color:#555555'>%1</p>")
               .arg(ReportText::operatingPoint(c.operating_point));
}

}  // namespace

QString reportTitle(const ReportContent& content) {
    return content.lesion_report ? ReportText::tr("Lesion report") : ReportText::tr("Patient report");
}

ReportBody reportBody(const ReportContent& c) {
    ReportBody body;
    body.html = patientSection(c) + visitsSection(c);
    if (c.lesions.empty())
        body.html += heading(ReportText::tr("Lesions")) +
                     QStringLiteral("<p>%1</p>").arg(ReportText::tr("No lesion has an image."));
    for (const auto& l : c.lesions) body.html += lesionSection(l, c, body);
    if (c.unanalysed > 0)
        body.html += QStringLiteral("<p>%1</p>")
                         .arg(ReportText::tr("%n lesion(s) without a current analysis.", nullptr,
                                             c.unanalysed));
    body.html += modelSection(c);
    return body;
}

}  // namespace dermalens::report
