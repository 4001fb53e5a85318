#include "support/OperatingPointText.h"

namespace dermalens::ui {
namespace {

QString percent(double p) { return QStringLiteral("%1 %").arg(p * 100, 0, 'f', 1); }

}  // namespace

QString OperatingPointText::name(const OperatingPoint& p) {
    if (p.isDefault()) return tr("default");
    const bool melanoma = p.target == RocTarget::Melanoma;
    if (p.target_sensitivity) {
        const QString value = QString::number(*p.target_sensitivity * 100, 'g', 3);
        return melanoma ? tr("%1 % melanoma sensitivity").arg(value)
                        : tr("%1 % malignant sensitivity").arg(value);
    }
    if (QString::fromStdString(p.name).endsWith(QLatin1String("Youden")))
        return melanoma ? tr("Youden (melanoma)") : tr("Youden (malignant)");
    return QString::fromStdString(p.name);
}

QString OperatingPointText::threshold(const OperatingPoint& p) {
    return QStringLiteral("%1 %").arg(p.threshold * 100, 0, 'f', 2);
}

QString OperatingPointText::summary(const OperatingPoint& p) {
    if (p.isDefault())
        return tr("default, threshold %1 (the model card has no validation ROC)")
            .arg(threshold(p));
    return tr("%1 (sensitivity %2, specificity %3), threshold %4")
        .arg(name(p), percent(*p.sensitivity), percent(*p.specificity), threshold(p));
}

}  // namespace dermalens::ui
