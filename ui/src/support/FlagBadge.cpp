#include "support/FlagBadge.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <algorithm>

namespace dermalens::ui {
namespace {

const QColor kNewColour(0, 114, 178);     // Okabe-Ito blue
const QColor kChangedColour(230, 159, 0);  // Okabe-Ito orange

QFont badgeFont(const QFont& font) {
    QFont bold = font;
    bold.setBold(true);
    return bold;
}

// The shape at the badge's left: a plus for New, a triangle (delta) for Changed.
void paintGlyph(QPainter* painter, LesionFlag flag, const QRectF& box, const QColor& ink) {
    if (flag == LesionFlag::New) {
        painter->setPen(QPen(ink, std::max(1.5, box.width() / 5), Qt::SolidLine, Qt::FlatCap));
        painter->drawLine(QPointF(box.left(), box.center().y()),
                          QPointF(box.right(), box.center().y()));
        painter->drawLine(QPointF(box.center().x(), box.top()),
                          QPointF(box.center().x(), box.bottom()));
        return;
    }
    QPainterPath triangle;
    triangle.moveTo(box.center().x(), box.top());
    triangle.lineTo(box.bottomRight());
    triangle.lineTo(box.bottomLeft());
    triangle.closeSubpath();
    painter->setPen(Qt::NoPen);
    painter->setBrush(ink);
    painter->drawPath(triangle);
}

}  // namespace

bool FlagBadge::shown(std::optional<LesionFlag> flag) {
    return flag && (*flag == LesionFlag::New || *flag == LesionFlag::Changed);
}

QString FlagBadge::word(LesionFlag flag) {
    return flag == LesionFlag::New ? tr("New") : tr("Changed");
}

QString FlagBadge::description(LesionFlag flag) {
    switch (flag) {
        case LesionFlag::New: return tr("New since the previous visit");
        case LesionFlag::Changed: return tr("Changed beyond the threshold since the previous visit");
        case LesionFlag::Unchanged: return tr("Unchanged since the previous visit");
        case LesionFlag::NotComparable: return tr("Not comparable with the previous visit");
        case LesionFlag::NotImagedLatest: return tr("Not photographed at the latest visit");
        case LesionFlag::SingleVisit: return tr("Only one visit");
    }
    return {};
}

QRectF FlagBadge::rect(LesionFlag flag, const QFont& font, const QPointF& topLeft) {
    const QFontMetricsF fm(badgeFont(font));
    const double glyph = fm.ascent() * 0.8;
    return {topLeft, QSizeF(glyph + fm.horizontalAdvance(word(flag)) + 14, fm.height() + 4)};
}

QRectF FlagBadge::paint(QPainter* painter, LesionFlag flag, const QFont& font,
                        const QPointF& topLeft) {
    const QRectF box = rect(flag, font, topLeft);
    const QFontMetricsF fm(badgeFont(font));
    const bool isNew = flag == LesionFlag::New;
    const QColor ink = isNew ? QColor(Qt::white) : QColor(20, 20, 20);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(isNew ? kNewColour : kChangedColour);
    painter->drawRoundedRect(box, 3, 3);
    const double glyph = fm.ascent() * 0.8;
    paintGlyph(painter, flag,
               QRectF(box.left() + 5, box.center().y() - glyph / 2, glyph, glyph), ink);
    painter->setFont(badgeFont(font));
    painter->setPen(ink);
    painter->drawText(box.adjusted(glyph + 9, 0, -4, 0), Qt::AlignLeft | Qt::AlignVCenter,
                      word(flag));
    painter->restore();
    return box;
}

}  // namespace dermalens::ui
