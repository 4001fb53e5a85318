#include "widgets/PredictionPanel.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>
#include <algorithm>
#include <numeric>

#include "support/ClassNames.h"
#include "support/OperatingPointText.h"
#include "widgets/ImageQualityNote.h"
#include "widgets/ProbabilityBar.h"
#include "support/QtConvert.h"

namespace dermalens::ui {
namespace {

QLabel* makeLabel(const QString& objectName, QWidget* parent) {
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QString percent(double p) { return QStringLiteral("%1 %").arg(p * 100, 0, 'f', 1); }

}  // namespace

PredictionPanel::PredictionPanel(QWidget* parent) : QWidget(parent) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    auto* title = makeLabel(QStringLiteral("sectionTitle"), this);
    title->setText(tr("AI analysis"));
    layout->addWidget(title);
    status_ = makeLabel(QStringLiteral("statusNote"), this);
    layout->addWidget(status_);
    warning_ = makeLabel(QStringLiteral("warningBanner"), this);
    warning_->setVisible(false);
    layout->addWidget(warning_);
    quality_ = new ImageQualityNote(this);
    layout->addWidget(quality_);
    malignant_ = makeLabel(QStringLiteral("malignantValue"), this);
    layout->addWidget(malignant_);
    suspicious_ = makeLabel(QStringLiteral("suspiciousLine"), this);
    layout->addWidget(suspicious_);
    uncertainty_ = makeLabel(QStringLiteral("secondaryText"), this);
    layout->addWidget(uncertainty_);
    barsBox_ = new QWidget(this);
    barsLayout_ = new QVBoxLayout(barsBox_);
    barsLayout_->setContentsMargins(0, 4, 0, 4);
    barsLayout_->setSpacing(6);
    layout->addWidget(barsBox_);
    modelInfo_ = makeLabel(QStringLiteral("secondaryText"), this);
    layout->addWidget(modelInfo_);
    auto* disclaimer = makeLabel(QStringLiteral("disclaimer"), this);
    disclaimer->setText(tr("Decision support only — not a diagnosis."));
    layout->addWidget(disclaimer);
    auto* cardButton = new QPushButton(tr("Model card…"), this);
    cardButton->setToolTip(tr("Intended use, limitations and measured performance of the model"));
    connect(cardButton, &QPushButton::clicked, this, &PredictionPanel::modelCardRequested);
    layout->addWidget(cardButton, 0, Qt::AlignLeft);
    layout->addStretch(1);
    setMessage(tr("No image selected."));
}

void PredictionPanel::setOperatingPoint(const OperatingPoint& point) {
    point_ = point;
    showSuspicious();
}

void PredictionPanel::showSuspicious() {
    if (shownMalignant_ < 0) return;
    const QString name = OperatingPointText::summary(point_);
    suspicious_->setText(point_.suspicious(shownMalignant_)
                             ? tr("SUSPICIOUS at the operating point %1").arg(name)
                             : tr("Not suspicious at the operating point %1").arg(name));
    suspicious_->setProperty("suspicious", point_.suspicious(shownMalignant_));
}

void PredictionPanel::setMessage(const QString& message) {
    status_->setText(message);
    status_->setVisible(true);
    warning_->setVisible(false);
    malignant_->clear();
    shownMalignant_ = -1;
    suspicious_->clear();
    uncertainty_->clear();
    barsBox_->setVisible(false);
    modelInfo_->clear();
    summary_ = message;
}

QString PredictionPanel::summaryText() const {
    const QString quality = quality_->text();
    return quality.isEmpty() ? summary_ : summary_ + u'\n' + quality;
}

QString PredictionPanel::warningText(const Prediction& p, const ModelCard& card) const {
    QStringList lines;
    if (p.out_of_distribution)
        lines << tr(
            "Unusual image: it does not resemble the images the model was trained on "
            "(e.g. not dermoscopic, ink marks, poor focus). Treat the result with caution.");
    if (p.low_confidence)
        lines << tr("Low confidence: the model is uncertain between several classes.");
    if (!card.ood.rule.empty()) lines << tr("Rule: %1").arg(qs(card.ood.rule));
    return lines.join(QStringLiteral("\n"));
}

void PredictionPanel::buildBars(const Prediction& p, const ModelCard& card) {
    const int n = static_cast<int>(std::min(p.probabilities.size(), card.classes.size()));
    while (static_cast<int>(bars_.size()) < n) {
        bars_.push_back(new ProbabilityBar(barsBox_));
        barsLayout_->addWidget(bars_.back());
    }
    for (std::size_t i = 0; i < bars_.size(); ++i) bars_[i]->setVisible(static_cast<int>(i) < n);
    std::vector<int> order(n);
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](int a, int b) { return p.probabilities[a] > p.probabilities[b]; });
    for (int row = 0; row < n; ++row) {
        const ClassInfo& info = card.classes[order[row]];
        bars_[row]->setValue(ClassNames::displayName(info), p.probabilities[order[row]],
                             info.malignant, order[row] == p.top_class);
    }
    barsBox_->setVisible(true);
}

void PredictionPanel::setPrediction(const Prediction& p, const ModelCard& card) {
    status_->setVisible(false);
    const QString warning = warningText(p, card);
    warning_->setText(QStringLiteral("⚠ ") + warning);
    warning_->setVisible(p.flagged());
    malignant_->setText(tr("Malignant probability: %1").arg(percent(p.malignant_probability)));
    shownMalignant_ = p.malignant_probability;
    showSuspicious();
    uncertainty_->setText(
        tr("Uncertainty (normalised entropy): %1").arg(percent(p.normalized_entropy)));
    buildBars(p, card);
    const QString device = qs(p.device).startsWith(QLatin1String("cuda"))
                               ? tr("GPU (%1)").arg(qs(p.device))
                               : tr("CPU");
    modelInfo_->setText(tr("Model: %1 %2\nDevice: %3 · Time: %4 ms")
                            .arg(qs(card.name), qs(card.version), device)
                            .arg(p.milliseconds, 0, 'f', 0));
    const bool hasTop = p.top_class >= 0 && p.top_class < static_cast<int>(card.classes.size()) &&
                        p.top_class < static_cast<int>(p.probabilities.size());
    const QString top = hasTop ? ClassNames::displayName(card.classes[p.top_class]) : tr("unknown");
    const double topP = hasTop ? p.probabilities[p.top_class] : 0.0;
    summary_ = tr("Top class: %1 (%2)").arg(top, percent(topP)) + u'\n' + malignant_->text() +
               u'\n' + suspicious_->text() + u'\n' + uncertainty_->text() + u'\n' + (p.flagged() ? warning + u'\n' : QString()) +
               modelInfo_->text();
}

}  // namespace dermalens::ui
