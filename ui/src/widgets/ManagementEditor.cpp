#include "widgets/ManagementEditor.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QSpinBox>

#include "support/FindingText.h"
#include "support/QtConvert.h"

namespace dermalens::ui {
namespace {
constexpr int kDefaultIntervalMonths = 3;
}

ManagementEditor::ManagementEditor(QWidget* parent) : QWidget(parent) {
    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    decision_ = new QComboBox(this);
    decision_->setAccessibleName(tr("Management"));
    for (ManagementDecision d : {ManagementDecision::NotStated, ManagementDecision::Reassure,
                                 ManagementDecision::Monitor, ManagementDecision::Excise,
                                 ManagementDecision::Refer})
        decision_->addItem(FindingText::decision(d), static_cast<int>(d));
    interval_ = new QSpinBox(this);
    interval_->setRange(1, 60);
    interval_->setValue(kDefaultIntervalMonths);
    interval_->setSuffix(tr(" months"));
    interval_->setPrefix(tr("review in "));
    interval_->setAccessibleName(tr("Review interval in months"));
    referral_ = new QLineEdit(this);
    referral_->setPlaceholderText(tr("Refer to (e.g. dermatosurgery)"));
    referral_->setAccessibleName(tr("Referred to"));
    row->addWidget(decision_);
    row->addWidget(interval_);
    row->addWidget(referral_, 1);
    connect(decision_, &QComboBox::currentIndexChanged, this, [this] {
        updateVisibility();
        Q_EMIT changed();
    });
    connect(interval_, &QSpinBox::valueChanged, this, &ManagementEditor::changed);
    connect(referral_, &QLineEdit::textChanged, this, &ManagementEditor::changed);
    updateVisibility();
}

Management ManagementEditor::management() const {
    Management m;
    m.decision = static_cast<ManagementDecision>(decision_->currentData().toInt());
    if (m.decision == ManagementDecision::Monitor) m.monitor_interval_months = interval_->value();
    if (m.decision == ManagementDecision::Refer)
        m.referred_to = referral_->text().trimmed().toStdString();
    return m;
}

void ManagementEditor::setManagement(const Management& m) {
    decision_->setCurrentIndex(std::max(0, decision_->findData(static_cast<int>(m.decision))));
    interval_->setValue(m.monitor_interval_months > 0 ? m.monitor_interval_months
                                                      : kDefaultIntervalMonths);
    referral_->setText(qs(m.referred_to));
    updateVisibility();
}

void ManagementEditor::updateVisibility() {
    const auto d = static_cast<ManagementDecision>(decision_->currentData().toInt());
    interval_->setVisible(d == ManagementDecision::Monitor);
    referral_->setVisible(d == ManagementDecision::Refer);
}

}  // namespace dermalens::ui
