#include "dialogs/ModelCardDialog.h"

#include <QDialogButtonBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

#include "support/ClassNames.h"
#include "support/QtConvert.h"

namespace dermalens::ui {
namespace {

QString esc(const QString& s) { return s.toHtmlEscaped(); }

struct KeyTitle {
    const char* key;
    const char* title;
};

// Card keys a reader is likely to meet (see core/MODEL_CONTRACT.md and training's card writer).
constexpr KeyTitle kKeyTitles[] = {
    {"intended_use", QT_TRANSLATE_NOOP("QObject", "Intended use")},
    {"limitations", QT_TRANSLATE_NOOP("QObject", "Limitations")},
    {"training_data", QT_TRANSLATE_NOOP("QObject", "Training data")},
    {"license", QT_TRANSLATE_NOOP("QObject", "License")},
    {"metrics", QT_TRANSLATE_NOOP("QObject", "Measured performance")},
    {"calibration", QT_TRANSLATE_NOOP("QObject", "Calibration")},
    {"ood", QT_TRANSLATE_NOOP("QObject", "Warnings: unusual images and low confidence")},
    {"subgroups", QT_TRANSLATE_NOOP("QObject", "Performance by subgroup")},
    {"description", QT_TRANSLATE_NOOP("QObject", "Description")},
    {"input_expectations", QT_TRANSLATE_NOOP("QObject", "Expected input")},
    {"validation", QT_TRANSLATE_NOOP("QObject", "Validation")},
    {"targets", QT_TRANSLATE_NOOP("QObject", "Targets")},
    {"evaluation_protocol", QT_TRANSLATE_NOOP("QObject", "Evaluation protocol")},
    {"evaluation", QT_TRANSLATE_NOOP("QObject", "Evaluation")},
    {"accuracy", QT_TRANSLATE_NOOP("QObject", "Accuracy")},
    {"balanced_accuracy", QT_TRANSLATE_NOOP("QObject", "Balanced accuracy")},
    {"melanoma_auc", QT_TRANSLATE_NOOP("QObject", "Melanoma AUC")},
    {"malignant_auc", QT_TRANSLATE_NOOP("QObject", "Malignant AUC")},
    {"per_class_recall", QT_TRANSLATE_NOOP("QObject", "Recall per class")},
    {"ece_before_calibration", QT_TRANSLATE_NOOP("QObject", "ECE before calibration")},
    {"ece_after_calibration", QT_TRANSLATE_NOOP("QObject", "ECE after calibration")},
    {"nll_before", QT_TRANSLATE_NOOP("QObject", "NLL before calibration")},
    {"nll_after", QT_TRANSLATE_NOOP("QObject", "NLL after calibration")},
    {"n_images", QT_TRANSLATE_NOOP("QObject", "Images")},
    {"n", QT_TRANSLATE_NOOP("QObject", "Images")},
    {"classes_present", QT_TRANSLATE_NOOP("QObject", "Classes present")},
    {"sex", QT_TRANSLATE_NOOP("QObject", "Sex")},
    {"age_band", QT_TRANSLATE_NOOP("QObject", "Age group")},
    {"site", QT_TRANSLATE_NOOP("QObject", "Body site")},
    {"method", QT_TRANSLATE_NOOP("QObject", "Method")},
    {"temperature", QT_TRANSLATE_NOOP("QObject", "Temperature")},
    {"max_normalized_entropy", QT_TRANSLATE_NOOP("QObject", "Maximum normalised entropy")},
    {"max_embedding_distance", QT_TRANSLATE_NOOP("QObject", "Maximum embedding distance")},
    {"rule", QT_TRANSLATE_NOOP("QObject", "Rule")},
    {"name", QT_TRANSLATE_NOOP("QObject", "Name")},
    {"citation", QT_TRANSLATE_NOOP("QObject", "Citation")},
    {"split", QT_TRANSLATE_NOOP("QObject", "Data split")},
    {"target", QT_TRANSLATE_NOOP("QObject", "Target")},
    {"achieved", QT_TRANSLATE_NOOP("QObject", "Achieved")},
    {"met", QT_TRANSLATE_NOOP("QObject", "Met")},
    {"gap", QT_TRANSLATE_NOOP("QObject", "Gap")},
};

// Known keys get a translated title; others are shown as words ("some_key" -> "Some key").
QString humanKey(QString key) {
    for (const KeyTitle& known : kKeyTitles)
        if (key == QLatin1String(known.key)) return QObject::tr(known.title);
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
    if (v.isBool()) return v.toBool() ? QObject::tr("yes") : QObject::tr("no");
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
                    .arg(esc(qs(c.code)), esc(ClassNames::displayName(c)),
                         c.malignant ? QObject::tr("yes") : QObject::tr("no"));
    return html + QStringLiteral("</table>");
}

QString auc(double v) { return QString::number(v, 'f', 3); }

// Deletion / insertion curves of the heatmaps against random maps (the card's "faithfulness").
QString faithfulnessHtml(const ModelCard& card) {
    const FaithfulnessSpec& f = card.faithfulness;
    if (!f.present) return {};
    QString html =
        QStringLiteral("<p>%1</p>")
            .arg(esc(QObject::tr(
                "How well the heatmap points at what the model uses: the image's pixels are "
                "removed "
                "(deletion) or restored (insertion) in the map's order, most highlighted first, "
                "and "
                "the probability of the explained class is followed. The area under that curve is "
                "compared with random maps of the same grid.")));
    html += QStringLiteral("<table class='grid'><tr><th></th><th>%1</th><th>%2</th></tr>")
                .arg(esc(QObject::tr("Heatmap")), esc(QObject::tr("Random map")));
    html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>")
                .arg(esc(QObject::tr("Deletion AUC (lower is better)")), auc(f.deletion_auc),
                     auc(f.random_deletion_auc));
    html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr></table>")
                .arg(esc(QObject::tr("Insertion AUC (higher is better)")), auc(f.insertion_auc),
                     auc(f.random_insertion_auc));
    html += QStringLiteral("<p class='muted'>%1</p>")
                .arg(esc(QObject::tr("%1 images (%2), map grid %3 cells, %4 steps. %5")
                             .arg(f.images)
                             .arg(qs(f.data), qs(f.cells))
                             .arg(f.steps)
                             .arg(qs(f.baseline))));
    return html;
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
    // Our own text: Qt's translations (qtbase_*.qm) may be missing and have no Kazakh.
    buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
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
    html += section(humanKey(QStringLiteral("intended_use")),
                    QStringLiteral("<p>%1</p>").arg(esc(qs(card.intended_use))));
    QString limits;
    for (const auto& l : card.limitations) limits += QStringLiteral("<li>%1</li>").arg(esc(qs(l)));
    if (!limits.isEmpty())
        html += section(humanKey(QStringLiteral("limitations")),
                        QStringLiteral("<ul>%1</ul>").arg(limits));
    html += section(tr("Classes"), classesHtml(card));
    for (const char* key : {"description", "input_expectations", "metrics", "subgroups",
                            "training_data", "calibration", "ood"}) {
        QJsonValue value = json.value(QLatin1String(key));
        if (value.isUndefined()) continue;
        if (value.isObject()) {  // raw statistics mean nothing to a reader
            QJsonObject o = value.toObject();
            o.remove(QStringLiteral("embedding_mean"));
            o.remove(QStringLiteral("embedding_std"));
            value = o;
        }
        html += section(humanKey(QLatin1String(key)), valueHtml(value));
    }
    html += section(tr("Heatmap faithfulness"), faithfulnessHtml(card));
    html += section(humanKey(QStringLiteral("license")),
                    QStringLiteral("<p>%1</p>").arg(esc(qs(card.license))));
    html +=
        section(tr("Weights"), QStringLiteral("<p class='muted'>%1<br>sha256 %2</p>")
                                   .arg(esc(qs(card.weights_file)), esc(qs(card.weights_sha256))));
    return html;
}

}  // namespace dermalens::ui
