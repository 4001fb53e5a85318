// PredictionPanel: what the model says about the shown image: the classes as ranked probability
// bars, malignant probability, uncertainty, warnings, model/device/time, and the reminder that
// this is decision support, not a diagnosis.
#pragma once

#include <QWidget>
#include <vector>

#include "dermalens/model/ModelCard.h"
#include "dermalens/inference/Prediction.h"

class QLabel;
class QVBoxLayout;

namespace dermalens::ui {

class ImageQualityNote;
class ProbabilityBar;

class PredictionPanel : public QWidget {
    Q_OBJECT
public:
    explicit PredictionPanel(QWidget* parent = nullptr);

    void setPrediction(const Prediction& prediction, const ModelCard& card);
    // When the shown result is called suspicious; the panel names the point (set it before
    // setPrediction, or any time: the line follows).
    void setOperatingPoint(const OperatingPoint& point);
    // No result to show: `message` says why (analysing, no model, unreadable file).
    void setMessage(const QString& message);

    // Plain-text summary (for the exported PNG and the clipboard), with the quality note.
    [[nodiscard]] QString summaryText() const;
    // The "Image quality" section (its checks do not need the model).
    [[nodiscard]] ImageQualityNote* qualityNote() const { return quality_; }

Q_SIGNALS:
    void modelCardRequested();

private:
    void buildBars(const Prediction& prediction, const ModelCard& card);
    [[nodiscard]] QString warningText(const Prediction& prediction, const ModelCard& card) const;

    QLabel* status_ = nullptr;
    QLabel* warning_ = nullptr;
    ImageQualityNote* quality_ = nullptr;
    QLabel* malignant_ = nullptr;
    QLabel* uncertainty_ = nullptr;
    QLabel* suspicious_ = nullptr;
    QWidget* barsBox_ = nullptr;
    QVBoxLayout* barsLayout_ = nullptr;
    std::vector<ProbabilityBar*> bars_;
    QLabel* modelInfo_ = nullptr;
    QString summary_;
    OperatingPoint point_;
    double shownMalignant_ = -1;  // of the shown result; -1 = none
    void showSuspicious();
};

}  // namespace dermalens::ui
