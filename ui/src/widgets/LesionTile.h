// LesionTile: paints one lesion of the patient grid: thumbnail, label, top class, malignant
// probability and ugly-duckling rank. The most unusual lesion (rank 1 with z above the
// outlier threshold) gets a red frame and a badge so it stands out at a glance; a lesion new
// since the previous visit or changed beyond the threshold gets a FlagBadge.
#pragma once

#include <QStyledItemDelegate>

namespace dermalens::ui {

class LesionTile : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    static constexpr int kWidth = 232;
    static constexpr int kHeight = 292;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    [[nodiscard]] QSize sizeHint(const QStyleOptionViewItem& option,
                                 const QModelIndex& index) const override;

private:
    void paintThumbnail(QPainter* painter, const QRect& area, const QModelIndex& index) const;
    void paintText(QPainter* painter, const QRect& area, const QStyleOptionViewItem& option,
                   const QModelIndex& index) const;
    [[nodiscard]] static QString rankLine(const QModelIndex& index);
    void paintBadge(QPainter* painter, const QPoint& topLeft, const QString& text,
                    const QColor& colour) const;
};

}  // namespace dermalens::ui
