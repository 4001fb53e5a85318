#include "ModelCardDialog.h"

#include <QDialogButtonBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextBrowser>
#include <QVBoxLayout>

#include "QtConvert.h"

namespace dermalens::ui {
namespace {

QString esc(const QString& s) { return s.toHtmlEscaped(); }

QString humanKey(QString key) {
    key.replace(u'_', u' ');
    if (!key.isEmpty()) key[0] = key[0].toUpper();
    return key;
}

QString scalar(const QJsonValue& v) {
    if (v.isDouble()) {
        const double d = v.toDouble();
        return d == static_cast<long long>(d) ? QString::number(static_cast<long long>(d))
                                              : QString::number(d, 'g', 4);
    }
    if (v.isBool()) return v.toBool() ? QStringLiteral("yes") : QStringLiteral("no");
    return esc(v.toString());
}

// Nested objects become nested tables; long numeric arrays are summarised, not dumped.
QString valueHtml(const QJsonValue& v, int depth = 0) {
    if (v.isObject()) {
        QString html = QStringLiteral("<table class='kv'>");
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            html += QStringLiteral("<tr><th>%1</th><td>%2</td></tr>")
                        .arg(esc(humanKey(it.key())), valueHtml(it.value(), depth + 1));
        return html + QStringLiteral("</table>");
    }
    if (v.isArray()) {
        const QJsonArray a = v.toArray();
        if (a.size() > 12 && a.first().isDouble()) return QObject::tr("%1 values").arg(a.size());
        QStringList items;
        for (const auto& item : a) items << valueHtml(item, depth + 1);
        return items.join(QStringLiteral(", "));
    }
    return scalar(v);
}

QString section(const QString& title, const QString& body) {
    return body.isEmpty() ? QString() : QStringLiteral("<h3>%1</h3>%2").arg(esc(title), body);
}

QString classesHtml(const ModelCard& card) {
    QString html = QStringLiteral("<table class='grid'><tr><th>%1</th><th>%2</th><th>%3</th></tr>")
                       .arg(QObject::tr("Code"), QObject::tr("Class"), QObject::tr("Malignant"));
    for (const auto& c : card.classes)
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>")
                    .arg(esc(qs(c.code)), esc(qs(c.name)),
                         c.malignant ? QObject::tr("yes") : QObject::tr("no"));
    return html + QStringLiteral("</table>");
}

}  // namespace

ModelCardDialog::ModelCardDialog(QWidget* parent) : QDialog(parent) {
    setWindowTitle(tr("Model card"));
    resize(760, 720);
    auto* layout = new QVBoxLayout(this);
    browser_ = new QTextBrowser(this);
    browser_->setOpenExternalLinks(false);
    layout->addWidget(browser_);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

void ModelCardDialog::setCard(const ModelCard* card, const QString& problem) {
    if (!card) {
        browser_->setHtml(
            QStringLiteral("<h2>%1</h2><p>%2</p>").arg(esc(tr("No model loaded")), esc(problem)));
        return;
    }
    browser_->setHtml(toHtml(*card));
}

QString ModelCardDialog::toHtml(const ModelCard& card) {
    const QJsonObject json =
        QJsonDocument::fromJson(QByteArray::fromStdString(card.raw_json)).object();
    QString html = QStringLiteral(
        "<style>h2{margin-bottom:2px} h3{color:#1f4e79;margin-top:18px}"
        "table.kv th{text-align:left;padding-right:12px;color:#444;font-weight:600}"
        "table.grid th{text-align:left;background:#e8eef5;padding:3px 8px}"
        "table.grid td{padding:3px 8px} .muted{color:#666} .note{color:#8a4b00}</style>");
    html += QStringLiteral("<h2>%1</h2><p class='muted'>%2 %3 · %4 %5</p>")
                .arg(esc(qs(card.name)), esc(tr("version")), esc(qs(card.version)),
                     esc(tr("architecture")), esc(qs(card.architecture)));
    html += QStringLiteral("<p class='note'><b>%1</b></p>")
                .arg(esc(tr("Decision support only — not a diagnosis.")));
    html +=
        section(tr("Intended use"), QStringLiteral("<p>%1</p>").arg(esc(qs(card.intended_use))));
    QString limits;
    for (const auto& l : card.limitations) limits += QStringLiteral("<li>%1</li>").arg(esc(qs(l)));
    if (!limits.isEmpty())
        html += section(tr("Limitations"), QStringLiteral("<ul>%1</ul>").arg(limits));
    html += section(tr("Classes"), classesHtml(card));
    const std::pair<const char*, QString> sections[] = {
        {"metrics", tr("Measured performance")},
        {"subgroups", tr("Performance by subgroup")},
        {"training_data", tr("Training data")},
        {"calibration", tr("Calibration")},
        {"ood", tr("Warnings: unusual images and low confidence")}};
    for (const auto& [key, title] : sections) {
        QJsonValue value = json.value(QLatin1String(key));
        if (value.isUndefined()) continue;
        if (value.isObject()) {  // raw statistics mean nothing to a reader
            QJsonObject o = value.toObject();
            o.remove(QStringLiteral("embedding_mean"));
            o.remove(QStringLiteral("embedding_std"));
            value = o;
        }
        html += section(title, valueHtml(value));
    }
    html += section(tr("License"), QStringLiteral("<p>%1</p>").arg(esc(qs(card.license))));
    html +=
        section(tr("Weights"), QStringLiteral("<p class='muted'>%1<br>sha256 %2</p>")
                                   .arg(esc(qs(card.weights_file)), esc(qs(card.weights_sha256))));
    return html;
}

}  // namespace dermalens::ui
