// OperatingPointChooser: picks when a lesion is called suspicious: the card's default, one of
// its named points, or a custom sensitivity (malignant or melanoma), with the validation ROC
// and the specificity (and threshold) that choice costs.
#pragma once

#include <QWidget>

#include "dermalens/model/ModelCard.h"

class QComboBox;
class QDoubleSpinBox;
class QLabel;

namespace dermalens::ui {

class RocPlot;

class OperatingPointChooser : public QWidget {
    Q_OBJECT
public:
    explicit OperatingPointChooser(QWidget* parent = nullptr);

    // The loaded model's card (copied); nullptr = none loaded (the default applies).
    void setCard(const ModelCard* card);
    void setChoice(const OperatingPointChoice& choice);
    [[nodiscard]] OperatingPointChoice choice() const;
    // The choice applied to the card.
    [[nodiscard]] OperatingPoint point() const;
    [[nodiscard]] QString costText() const;  // what the label under the plot says

Q_SIGNALS:
    void changed();

private:
    void fillPoints();
    void refresh();

    ModelCard card_;
    bool hasCard_ = false;
    OperatingPointChoice requested_;  // kept as asked while no card can show it
    QComboBox* points_ = nullptr;
    QComboBox* target_ = nullptr;
    QDoubleSpinBox* sensitivity_ = nullptr;
    QWidget* customRow_ = nullptr;
    RocPlot* plot_ = nullptr;
    QLabel* cost_ = nullptr;
};

}  // namespace dermalens::ui
