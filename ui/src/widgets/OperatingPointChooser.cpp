#include "widgets/OperatingPointChooser.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

#include "support/OperatingPointText.h"
#include "widgets/RocPlot.h"

namespace dermalens::ui {
namespace {

const QString kCustom = QStringLiteral("custom");

// Points with a target sensitivity are kept as that sensitivity (it carries over to another
// model); the others (Youden) by the card's name.
OperatingPointChoice choiceOf(const OperatingPoint& p) {
    OperatingPointChoice c;
    if (p.target_sensitivity) {
        c.kind = OperatingPointChoice::Kind::Sensitivity;
        c.target = p.target;
        c.sensitivity = *p.target_sensitivity;
    } else {
        c.kind = OperatingPointChoice::Kind::Named;
        c.name = p.name;
    }
    return c;
}

}  // namespace

OperatingPointChooser::OperatingPointChooser(QWidget* parent) : QWidget(parent) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    points_ = new QComboBox(this);
    points_->setObjectName(QStringLiteral("operatingPoint"));
    points_->setAccessibleName(tr("Operating point"));
    layout->addWidget(points_);
    customRow_ = new QWidget(this);
    auto* row = new QHBoxLayout(customRow_);
    row->setContentsMargins(0, 0, 0, 0);
    target_ = new QComboBox(customRow_);
    target_->addItem(tr("Malignant sensitivity"), static_cast<int>(RocTarget::Malignant));
    target_->addItem(tr("Melanoma sensitivity"), static_cast<int>(RocTarget::Melanoma));
    sensitivity_ = new QDoubleSpinBox(customRow_);
    sensitivity_->setRange(50.0, 100.0);
    sensitivity_->setDecimals(1);
    sensitivity_->setSingleStep(1.0);
    sensitivity_->setSuffix(QStringLiteral(" %"));
    sensitivity_->setValue(95.0);
    row->addWidget(target_, 1);
    row->addWidget(sensitivity_);
    layout->addWidget(customRow_);
    plot_ = new RocPlot(this);
    layout->addWidget(plot_, 1);
    cost_ = new QLabel(this);
    cost_->setObjectName(QStringLiteral("operatingPointCost"));
    cost_->setWordWrap(true);
    layout->addWidget(cost_);
    connect(points_, &QComboBox::currentIndexChanged, this, &OperatingPointChooser::refresh);
    connect(target_, &QComboBox::currentIndexChanged, this, &OperatingPointChooser::refresh);
    connect(sensitivity_, &QDoubleSpinBox::valueChanged, this, &OperatingPointChooser::refresh);
    fillPoints();
}

void OperatingPointChooser::setCard(const ModelCard* card) {
    const OperatingPointChoice kept = hasCard_ ? choice() : requested_;
    hasCard_ = card != nullptr;
    card_ = card ? *card : ModelCard{};
    plot_->setRoc(card_.roc);
    fillPoints();
    setChoice(kept);
}

void OperatingPointChooser::fillPoints() {
    const QSignalBlocker block(points_);
    points_->clear();
    const OperatingPoint fallback = card_.operatingPoint();
    points_->addItem(tr("Model default: %1").arg(OperatingPointText::name(fallback)),
                     QStringLiteral("default"));
    for (const auto& p : card_.roc.named)
        points_->addItem(OperatingPointText::name(p), QString::fromStdString(choiceOf(p).key()));
    if (!card_.roc.empty()) points_->addItem(tr("Custom sensitivity…"), kCustom);
    refresh();
}

void OperatingPointChooser::setChoice(const OperatingPointChoice& choice) {
    requested_ = choice;
    int index = points_->findData(QString::fromStdString(choice.key()));
    if (index < 0 && choice.kind == OperatingPointChoice::Kind::Sensitivity) {
        index = points_->findData(kCustom);
        const QSignalBlocker a(target_), b(sensitivity_);
        target_->setCurrentIndex(target_->findData(static_cast<int>(choice.target)));
        sensitivity_->setValue(choice.sensitivity * 100.0);
    }
    points_->setCurrentIndex(std::max(0, index));
    refresh();
}

OperatingPointChoice OperatingPointChooser::choice() const {
    if (!hasCard_) return requested_;  // nothing to choose from: keep the setting as it is
    const QString key = points_->currentData().toString();
    if (key == kCustom) {
        OperatingPointChoice c;
        c.kind = OperatingPointChoice::Kind::Sensitivity;
        c.target = static_cast<RocTarget>(target_->currentData().toInt());
        c.sensitivity = std::round(sensitivity_->value() * 10.0) / 1000.0;  // the spin box's 0.1 %
        return c;
    }
    return OperatingPointChoice::fromKey(key.toStdString()).value_or(OperatingPointChoice{});
}

OperatingPoint OperatingPointChooser::point() const { return card_.operatingPoint(choice()); }

QString OperatingPointChooser::costText() const { return cost_->text(); }

void OperatingPointChooser::refresh() {
    customRow_->setVisible(points_->currentData().toString() == kCustom);
    const OperatingPoint p = point();
    plot_->setPoint(p);
    QString text;
    if (!hasCard_)
        text = tr("No model is loaded: the default threshold of 50 % applies until one is.");
    else if (p.isDefault())
        text = tr("Suspicious at a malignant probability of %1 or more (the model card has no "
                  "validation ROC).").arg(OperatingPointText::threshold(p));
    else
        text = tr("Sensitivity %1 costs specificity %2 on the validation fold: %3 of lesions "
                  "without the condition are called suspicious. Suspicious at a malignant "
                  "probability of %4 or more.")
                   .arg(QStringLiteral("%1 %").arg(*p.sensitivity * 100, 0, 'f', 1),
                        QStringLiteral("%1 %").arg(*p.specificity * 100, 0, 'f', 1),
                        QStringLiteral("%1 %").arg((1 - *p.specificity) * 100, 0, 'f', 1),
                        OperatingPointText::threshold(p));
    cost_->setText(text);
    Q_EMIT changed();
}

}  // namespace dermalens::ui
