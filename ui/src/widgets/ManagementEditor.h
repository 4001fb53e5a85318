// ManagementEditor: the management decision (reassure, monitor with a review interval in
// months, excise, refer with a target); the interval and target show only when they apply.
#pragma once

#include <QWidget>

#include "dermalens/records/Finding.h"

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace dermalens::ui {

class ManagementEditor : public QWidget {
    Q_OBJECT
public:
    explicit ManagementEditor(QWidget* parent = nullptr);

    [[nodiscard]] Management management() const;
    void setManagement(const Management& management);

    [[nodiscard]] QComboBox* decisionBox() const { return decision_; }
    [[nodiscard]] QSpinBox* intervalBox() const { return interval_; }
    [[nodiscard]] QLineEdit* referralEdit() const { return referral_; }

Q_SIGNALS:
    void changed();

private:
    void updateVisibility();

    QComboBox* decision_ = nullptr;
    QSpinBox* interval_ = nullptr;
    QLineEdit* referral_ = nullptr;
};

}  // namespace dermalens::ui
