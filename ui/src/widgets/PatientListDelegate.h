// PatientListDelegate: one patient of the list in two lines: the name in bold, then birth date,
// lesion count and latest visit in a quieter colour. Each line is elided on its own, and the
// row is tall enough for the fallback fonts of other scripts (Hangul glyphs come from a CJK
// font with a larger ascent than the Latin UI font).
#pragma once

#include <QStyledItemDelegate>

namespace dermalens::ui {

class PatientListDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    static constexpr int kDetailsRole = Qt::UserRole + 2;  // QString: the second line

    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    [[nodiscard]] QSize sizeHint(const QStyleOptionViewItem& option,
                                 const QModelIndex& index) const override;

private:
    [[nodiscard]] static int lineHeight(const QFont& font);
};

}  // namespace dermalens::ui
