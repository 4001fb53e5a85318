#include "widgets/LesionTile.h"

#include <QPainter>
#include <QPainterPath>
#include <algorithm>

#include "support/FlagBadge.h"
#include "widgets/LesionTileModel.h"

namespace dermalens::ui {
namespace {

constexpr int kPad = 10;
constexpr int kThumbHeight = 156;
const QColor kOutlier(200, 40, 40);
const QColor kAccent(38, 110, 190);
const QColor kAmber(214, 140, 0);
const QColor kSuspicious(176, 52, 110);

using R = LesionTileModel::Role;

}  // namespace

QSize LesionTile::sizeHint(const QStyleOptionViewItem&, const QModelIndex&) const {
    return {kWidth, kHeight};
}

void LesionTile::paint(QPainter* painter, const QStyleOptionViewItem& option,
                       const QModelIndex& index) const {
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRectF card = QRectF(option.rect).adjusted(4, 4, -4, -4);
    const bool selected = option.state & QStyle::State_Selected;
    const bool outlier = index.data(R::OutlierRole).toBool();
    QPen border(selected ? kAccent : QColor(208, 213, 220), selected ? 2.5 : 1.0);
    if (outlier) border = QPen(kOutlier, 3.0);
    painter->setPen(border);
    painter->setBrush(selected ? QColor(232, 241, 252) : QColor(255, 255, 255));
    painter->drawRoundedRect(card, 8, 8);
    if (option.state & QStyle::State_HasFocus) {
        painter->setPen(QPen(kAccent, 1.0, Qt::DashLine));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(card.adjusted(3, 3, -3, -3), 6, 6);
    }
    const QRect inner = card.toRect().adjusted(kPad, kPad, -kPad, -kPad);
    const QRect thumb(inner.left(), inner.top(), inner.width(), kThumbHeight);
    paintThumbnail(painter, thumb, index);
    paintText(
        painter,
        QRect(inner.left(), thumb.bottom() + 8, inner.width(), inner.bottom() - thumb.bottom() - 8),
        option, index);
    painter->restore();
}

void LesionTile::paintThumbnail(QPainter* painter, const QRect& area,
                                const QModelIndex& index) const {
    painter->fillRect(area, QColor(30, 32, 36));
    const QImage image = index.data(R::ThumbnailRole).value<QImage>();
    if (!image.isNull()) {
        const QSize size = image.size().scaled(area.size(), Qt::KeepAspectRatio);
        const QRect target(area.center() - QPoint(size.width() / 2, size.height() / 2), size);
        painter->drawImage(target, image);
    }
    const int rank = index.data(R::RankRole).toInt();
    if (index.data(R::OutlierRole).toBool())
        paintBadge(painter, area.topLeft() + QPoint(6, 6), tr("Most unusual"), kOutlier);
    else if (rank == 1)
        paintBadge(painter, area.topLeft() + QPoint(6, 6), tr("Rank 1"), kAccent);
    int right_top = area.top() + 6;  // badges at the top right stack downwards
    if (index.data(R::SuspiciousRole).toBool()) {
        const QFontMetrics fm(painter->font());
        const QString text = tr("Suspicious");
        paintBadge(painter, QPoint(area.right() - fm.horizontalAdvance(text) - 18, right_top),
                   text, kSuspicious);
        right_top += fm.height() + 12;
    }
    const int flag = index.data(R::FlagRole).toInt();
    if (flag >= 0 && FlagBadge::shown(static_cast<LesionFlag>(flag))) {
        const auto lesionFlag = static_cast<LesionFlag>(flag);
        const QRectF box = FlagBadge::rect(lesionFlag, painter->font(), {});
        FlagBadge::paint(painter, lesionFlag, painter->font(),
                         QPointF(area.right() - box.width() - 6, right_top));
    }
    if (index.data(R::SyntheticRole).toBool()) {
        const QFontMetrics fm(painter->font());
        const QString text = tr("SYNTHETIC");
        paintBadge(painter,
                   QPoint(area.right() - fm.horizontalAdvance(text) - 18, area.bottom() - 24), text,
                   QColor(110, 70, 160));
    }
    const int images = index.data(R::ImageCountRole).toInt();
    if (images > 1)
        paintBadge(painter, QPoint(area.left() + 6, area.bottom() - 24),
                   tr("%n visit(s)", "", images), QColor(60, 66, 76));
}

void LesionTile::paintBadge(QPainter* painter, const QPoint& topLeft, const QString& text,
                            const QColor& colour) const {
    QFont font = painter->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 0.85);
    painter->save();
    painter->setFont(font);
    const QFontMetrics fm(font);
    const QRect box(topLeft, QSize(fm.horizontalAdvance(text) + 12, fm.height() + 4));
    painter->setPen(Qt::NoPen);
    painter->setBrush(colour);
    painter->drawRoundedRect(box, 4, 4);
    painter->setPen(Qt::white);
    painter->drawText(box, Qt::AlignCenter, text);
    painter->restore();
}

QString LesionTile::rankLine(const QModelIndex& index) {
    const int rank = index.data(R::RankRole).toInt();
    if (rank > 0)
        return tr("Ugly-duckling rank %1 · z %2")
            .arg(rank)
            .arg(index.data(R::ZScoreRole).toDouble(), 0, 'f', 1);
    if (!index.data(R::RankableRole).toBool()) return tr("No ugly-duckling rank: one lesion");
    return tr("Ugly-duckling rank pending");
}

void LesionTile::paintText(QPainter* painter, const QRect& area, const QStyleOptionViewItem& option,
                           const QModelIndex& index) const {
    QFont bold = option.font;
    bold.setBold(true);
    const QFontMetrics fm(option.font);
    const int line = fm.height() + 3;
    QRect row(area.left(), area.top(), area.width(), fm.height());
    painter->setFont(bold);
    painter->setPen(QColor(25, 30, 38));
    painter->drawText(
        row, Qt::AlignLeft | Qt::AlignVCenter,
        QFontMetrics(bold).elidedText(index.data().toString(), Qt::ElideRight, row.width()));
    painter->setFont(option.font);
    const QString date = index.data(R::DateRole).toString();
    row.translate(0, line);
    const QString status = index.data(R::StatusRole).toString();
    const QString topClass = index.data(R::TopClassRole).toString();
    painter->setPen(QColor(40, 46, 56));
    painter->drawText(
        row, Qt::AlignLeft | Qt::AlignVCenter,
        fm.elidedText(status.isEmpty() ? topClass : status, Qt::ElideRight, row.width()));
    row.translate(0, line);
    const double malignant = index.data(R::MalignantRole).toDouble();
    if (malignant >= 0) {
        // The bar takes what the (translated) text leaves, so the two never overlap.
        const QString text = tr("Malignant %1 %").arg(malignant * 100, 0, 'f', 1);
        const int barWidth = std::clamp(row.width() - fm.horizontalAdvance(text) - 8, 24, 70);
        painter->drawText(row, Qt::AlignLeft | Qt::AlignVCenter,
                          fm.elidedText(text, Qt::ElideMiddle, row.width() - barWidth - 8));
        const QRectF track(row.right() - barWidth, row.center().y() - 3, barWidth, 6);
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(226, 230, 236));
        painter->drawRoundedRect(track, 3, 3);
        painter->setBrush(QColor(196, 78, 62));
        painter->drawRoundedRect(
            QRectF(track.topLeft(), QSizeF(std::max(6.0, track.width() * malignant), 6)), 3, 3);
        // The operating point's threshold as a tick: at or right of it means suspicious.
        const double threshold = std::clamp(index.data(R::ThresholdRole).toDouble(), 0.0, 1.0);
        const double x = track.left() + track.width() * threshold;
        painter->setPen(QPen(kSuspicious, 2));
        painter->drawLine(QPointF(x, track.top() - 3), QPointF(x, track.bottom() + 3));
        painter->setPen(QColor(40, 46, 56));
    }
    row.translate(0, line);
    const QString rankText = rankLine(index);
    painter->setPen(index.data(R::OutlierRole).toBool() ? kOutlier : QColor(90, 98, 110));
    painter->drawText(row, Qt::AlignLeft | Qt::AlignVCenter,
                      fm.elidedText(rankText, Qt::ElideMiddle, row.width()));
    row.translate(0, line);
    painter->setPen(QColor(110, 118, 130));
    QString footer = date;
    if (index.data(R::FlaggedRole).toBool()) {
        painter->setPen(kAmber);
        footer = tr("⚠ low confidence / unusual image") +
                 (date.isEmpty() ? QString() : QStringLiteral(" · ") + date);
    }
    painter->drawText(row, Qt::AlignLeft | Qt::AlignVCenter,
                      fm.elidedText(footer, Qt::ElideRight, row.width()));
}

}  // namespace dermalens::ui
