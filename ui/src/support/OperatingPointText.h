// OperatingPointText: how the viewer names the operating point in use (tiles, the prediction
// panel, the settings chooser), in one translation context.
#pragma once

#include <QCoreApplication>
#include <QString>

#include "dermalens/model/OperatingPoint.h"

namespace dermalens::ui {

class OperatingPointText {
    Q_DECLARE_TR_FUNCTIONS(dermalens::ui::OperatingPointText)
public:
    // "95 % malignant sensitivity", "Youden (melanoma)", "default".
    [[nodiscard]] static QString name(const OperatingPoint& point);
    // "12.34 %": the threshold in the unit the malignant probability is shown in.
    [[nodiscard]] static QString threshold(const OperatingPoint& point);
    // "95 % malignant sensitivity (specificity 61.0 %), threshold 12.34 %"; for the default
    // point "default, threshold 50.00 % (the model card has no validation ROC)".
    [[nodiscard]] static QString summary(const OperatingPoint& point);
};

}  // namespace dermalens::ui
