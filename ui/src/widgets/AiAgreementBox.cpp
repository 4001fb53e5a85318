#include "widgets/AiAgreementBox.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include "support/ClassNames.h"
#include "support/FindingText.h"
#include "support/QtConvert.h"

namespace dermalens::ui {

AiAgreementBox::AiAgreementBox(QWidget* parent) : QGroupBox(tr("AI result on screen"), parent) {
    auto* column = new QVBoxLayout(this);
    result_ = new QLabel(this);
    result_->setWordWrap(true);
    column->addWidget(result_);
    auto* row = new QHBoxLayout;
    agree_ = new QPushButton(tr("Agree"), this);
    disagree_ = new QPushButton(tr("Disagree"), this);
    group_ = new QButtonGroup(this);
    for (QPushButton* b : {agree_, disagree_}) {
        b->setCheckable(true);
        group_->addButton(b);
        row->addWidget(b);
    }
    row->addStretch(1);
    column->addLayout(row);
    connect(group_, &QButtonGroup::buttonToggled, this, [this](QAbstractButton*, bool on) {
        if (on) Q_EMIT changed();
    });
    setPrediction({}, nullptr, nullptr);
}

void AiAgreementBox::setPrediction(const ImageId& image, const Prediction* p,
                                   const ModelCard* card) {
    shown_.reset();
    QString className;
    if (p && card && p->top_class >= 0 &&
        static_cast<std::size_t>(p->top_class) < card->classes.size()) {
        const auto index = static_cast<std::size_t>(p->top_class);
        const ClassInfo& top = card->classes[index];
        AiShown ai;
        ai.image = image;
        ai.top_class = top.code;
        ai.top_probability = index < p->probabilities.size() ? p->probabilities[index] : 0.0;
        ai.malignant_probability = p->malignant_probability;
        ai.low_confidence = p->low_confidence;
        ai.out_of_distribution = p->out_of_distribution;
        shown_ = ai;
        className = ClassNames::displayName(top);
    }
    result_->setText(shown_ ? FindingText::aiShown(*shown_, className)
                            : tr("No AI result on screen for this image."));
    agree_->setEnabled(shown_.has_value());
    disagree_->setEnabled(shown_.has_value());
    if (!shown_) setAgreement(AiAgreement::NotStated);
}

QString AiAgreementBox::resultText() const { return result_->text(); }

AiAgreement AiAgreementBox::agreement() const {
    if (!shown_) return AiAgreement::NotStated;
    if (agree_->isChecked()) return AiAgreement::Agree;
    if (disagree_->isChecked()) return AiAgreement::Disagree;
    return AiAgreement::NotStated;
}

void AiAgreementBox::setAgreement(AiAgreement agreement) {
    // An exclusive group never unchecks its last button by itself.
    group_->setExclusive(false);
    agree_->setChecked(agreement == AiAgreement::Agree);
    disagree_->setChecked(agreement == AiAgreement::Disagree);
    group_->setExclusive(true);
}

}  // namespace dermalens::ui
