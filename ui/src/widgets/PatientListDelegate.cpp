#include "widgets/PatientListDelegate.h"

#include <QApplication>
#include <QPainter>

namespace dermalens::ui {
namespace {
constexpr int kPadX = 12;
constexpr int kPadY = 7;
}  // namespace

// 1.4 x the UI font's line: measured to fit Noto Sans CJK glyphs next to DejaVu/Noto Sans.
int PatientListDelegate::lineHeight(const QFont& font) {
    return static_cast<int>(QFontMetrics(font).height() * 1.4);
}

QSize PatientListDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex&) const {
    return {option.rect.width(), 2 * lineHeight(option.font) + 2 * kPadY};
}

void PatientListDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                                const QModelIndex& index) const {
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();  // the style draws selection and hover; the text is ours
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);

    painter->save();
    const bool selected = option.state & QStyle::State_Selected;
    const QRect area = option.rect.adjusted(kPadX, kPadY, -kPadX, -kPadY);
    const int line = lineHeight(option.font);
    QFont bold = option.font;
    bold.setBold(true);
    painter->setFont(bold);
    painter->setPen(selected ? QColor(16, 35, 58) : QColor(27, 36, 48));
    const QRect first(area.left(), area.top(), area.width(), line);
    painter->drawText(
        first, Qt::AlignLeft | Qt::AlignVCenter,
        QFontMetrics(bold).elidedText(index.data().toString(), Qt::ElideRight, first.width()));
    painter->setFont(option.font);
    painter->setPen(QColor(91, 101, 114));
    const QRect second = first.translated(0, line);
    painter->drawText(
        second, Qt::AlignLeft | Qt::AlignVCenter,
        QFontMetrics(option.font)
            .elidedText(index.data(kDetailsRole).toString(), Qt::ElideRight, second.width()));
    painter->restore();
}

}  // namespace dermalens::ui
