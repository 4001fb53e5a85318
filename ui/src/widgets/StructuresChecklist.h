// StructuresChecklist: the dermoscopic structures the clinician saw, one choice per structure
// (every structure starts "not assessed", which is not "absent"), grouped as the 7-point
// checklist's major and minor criteria and other clues, plus free-form other structures.
#pragma once

#include <QWidget>
#include <functional>
#include <vector>

#include "dermalens/records/Finding.h"

class QComboBox;
class QFormLayout;
class QLineEdit;

namespace dermalens::ui {

class StructuresChecklist : public QWidget {
    Q_OBJECT
public:
    explicit StructuresChecklist(QWidget* parent = nullptr);

    [[nodiscard]] DermoscopicStructures structures() const;
    void setStructures(const DermoscopicStructures& structures);
    // The choice of one structure by its field name ("pigment_network", "blue_whitish_veil"…);
    // null for an unknown name.
    [[nodiscard]] QComboBox* choice(const QString& field) const;

Q_SIGNALS:
    void changed();

private:
    struct Row {
        QComboBox* box;
        std::function<int(const DermoscopicStructures&)> read;
        std::function<void(DermoscopicStructures&, int)> write;
    };
    QFormLayout* addGroup(const QString& title);
    void buildClues();
    template <typename E>
    void addRow(QFormLayout* form, const QString& field, const QString& label,
                const std::vector<std::pair<E, QString>>& choices, E DermoscopicStructures::*member);

    std::vector<Row> rows_;
    QLineEdit* other_ = nullptr;
};

}  // namespace dermalens::ui
