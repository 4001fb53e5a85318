#include "widgets/StructuresChecklist.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLineEdit>
#include <QStringList>
#include <QVBoxLayout>

#include "support/QtConvert.h"

namespace dermalens::ui {

template <typename E>
void StructuresChecklist::addRow(QFormLayout* form, const QString& field, const QString& label,
                                 const std::vector<std::pair<E, QString>>& choices,
                                 E DermoscopicStructures::*member) {
    auto* box = new QComboBox(this);
    box->setObjectName(field);
    box->setAccessibleName(label);
    for (const auto& [value, text] : choices) box->addItem(text, static_cast<int>(value));
    connect(box, &QComboBox::currentIndexChanged, this, &StructuresChecklist::changed);
    form->addRow(label, box);
    rows_.push_back({box,
                     [member](const DermoscopicStructures& s) { return static_cast<int>(s.*member); },
                     [member](DermoscopicStructures& s, int v) { s.*member = static_cast<E>(v); }});
}

namespace {

template <typename E>
using Choices = std::vector<std::pair<E, QString>>;

QString notAssessed() { return StructuresChecklist::tr("Not assessed"); }
QString absent() { return StructuresChecklist::tr("Absent"); }

template <typename E>
Choices<E> typicalChoices() {
    return {{E::NotAssessed, notAssessed()}, {E::Absent, absent()},
            {E::Typical, StructuresChecklist::tr("Typical")},
            {E::Atypical, StructuresChecklist::tr("Atypical")}};
}

Choices<PatternFinding> patternChoices() {
    return {{PatternFinding::NotAssessed, notAssessed()}, {PatternFinding::Absent, absent()},
            {PatternFinding::Regular, StructuresChecklist::tr("Regular")},
            {PatternFinding::Irregular, StructuresChecklist::tr("Irregular")}};
}

Choices<PresenceFinding> presenceChoices() {
    return {{PresenceFinding::NotAssessed, notAssessed()}, {PresenceFinding::Absent, absent()},
            {PresenceFinding::Present, StructuresChecklist::tr("Present")}};
}

}  // namespace

QFormLayout* StructuresChecklist::addGroup(const QString& title) {
    auto* box = new QGroupBox(title, this);
    auto* form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    layout()->addWidget(box);
    return form;
}

StructuresChecklist::StructuresChecklist(QWidget* parent) : QWidget(parent) {
    auto* column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    using S = DermoscopicStructures;
    QFormLayout* major = addGroup(tr("7-point major criteria (2 points)"));
    addRow(major, QStringLiteral("pigment_network"), tr("Pigment network"),
           typicalChoices<NetworkFinding>(), &S::pigment_network);
    addRow(major, QStringLiteral("blue_whitish_veil"), tr("Blue-whitish veil"), presenceChoices(),
           &S::blue_whitish_veil);
    addRow(major, QStringLiteral("vascular_pattern"), tr("Vascular pattern"),
           typicalChoices<VascularFinding>(), &S::vascular_pattern);
    QFormLayout* minor = addGroup(tr("7-point minor criteria (1 point)"));
    addRow(minor, QStringLiteral("streaks"), tr("Streaks / pseudopods"), patternChoices(),
           &S::streaks);
    addRow(minor, QStringLiteral("blotches"), tr("Pigmentation (blotches)"), patternChoices(),
           &S::blotches);
    addRow(minor, QStringLiteral("dots_globules"), tr("Dots / globules"), patternChoices(),
           &S::dots_globules);
    addRow(minor, QStringLiteral("regression_structures"), tr("Regression structures"),
           presenceChoices(), &S::regression_structures);
    buildClues();
}

void StructuresChecklist::buildClues() {
    using S = DermoscopicStructures;
    QFormLayout* clues = addGroup(tr("Other clues (not scored)"));
    addRow(clues, QStringLiteral("milia_like_cysts"), tr("Milia-like cysts"), presenceChoices(),
           &S::milia_like_cysts);
    addRow(clues, QStringLiteral("comedo_like_openings"), tr("Comedo-like openings"),
           presenceChoices(), &S::comedo_like_openings);
    addRow(clues, QStringLiteral("leaf_like_areas"), tr("Leaf-like areas"), presenceChoices(),
           &S::leaf_like_areas);
    other_ = new QLineEdit(this);
    other_->setObjectName(QStringLiteral("other"));
    other_->setPlaceholderText(tr("Other structures, comma separated"));
    connect(other_, &QLineEdit::textChanged, this, &StructuresChecklist::changed);
    clues->addRow(tr("Other"), other_);
}

DermoscopicStructures StructuresChecklist::structures() const {
    DermoscopicStructures s;
    for (const Row& row : rows_) row.write(s, row.box->currentData().toInt());
    for (const QString& part : other_->text().split(u',', Qt::SkipEmptyParts))
        if (!part.trimmed().isEmpty()) s.other.push_back(part.trimmed().toStdString());
    return s;
}

void StructuresChecklist::setStructures(const DermoscopicStructures& s) {
    {
        const QSignalBlocker blockOther(other_);
        QStringList other;
        for (const auto& name : s.other) other << qs(name);
        other_->setText(other.join(QStringLiteral(", ")));
    }
    for (const Row& row : rows_) {
        const QSignalBlocker block(row.box);
        row.box->setCurrentIndex(std::max(0, row.box->findData(row.read(s))));
    }
    Q_EMIT changed();
}

QComboBox* StructuresChecklist::choice(const QString& field) const {
    for (const Row& row : rows_)
        if (row.box->objectName() == field) return row.box;
    return nullptr;
}

}  // namespace dermalens::ui
