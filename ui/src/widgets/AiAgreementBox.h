// AiAgreementBox: the AI result that is on screen for the shown image (top class, malignant
// probability, warnings) and whether the clinician agrees. Without an AI result there is
// nothing to agree with, so the choice is disabled and reads "not stated".
#pragma once

#include <QGroupBox>
#include <optional>

#include "dermalens/inference/Prediction.h"
#include "dermalens/model/ModelCard.h"
#include "dermalens/records/Finding.h"

class QButtonGroup;
class QLabel;
class QPushButton;

namespace dermalens::ui {

class AiAgreementBox : public QGroupBox {
    Q_OBJECT
public:
    explicit AiAgreementBox(QWidget* parent = nullptr);

    // The result on screen for `image`; null prediction or card: none (yet).
    void setPrediction(const ImageId& image, const Prediction* prediction, const ModelCard* card);
    [[nodiscard]] const std::optional<AiShown>& shown() const { return shown_; }
    [[nodiscard]] QString resultText() const;

    [[nodiscard]] AiAgreement agreement() const;
    void setAgreement(AiAgreement agreement);
    [[nodiscard]] QPushButton* agreeButton() const { return agree_; }
    [[nodiscard]] QPushButton* disagreeButton() const { return disagree_; }

Q_SIGNALS:
    void changed();

private:
    std::optional<AiShown> shown_;
    QLabel* result_ = nullptr;
    QButtonGroup* group_ = nullptr;
    QPushButton* agree_ = nullptr;
    QPushButton* disagree_ = nullptr;
};

}  // namespace dermalens::ui
