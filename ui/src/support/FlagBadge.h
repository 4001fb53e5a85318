// FlagBadge: how the follow-up flags "new since the previous visit" and "changed beyond the
// threshold" look wherever a lesion is shown (grid tiles, body-map pins). The two marks differ
// in colour (Okabe-Ito blue and orange, apart for every common colour-vision deficiency), in
// shape (a plus, a triangle) and in their word, so no one needs the colour to tell them apart.
#pragma once

#include <QCoreApplication>
#include <QFont>
#include <QPointF>
#include <QRectF>
#include <QString>
#include <optional>

#include "dermalens/followup/FollowUpReports.h"

class QPainter;

namespace dermalens::ui {

class FlagBadge {
    Q_DECLARE_TR_FUNCTIONS(FlagBadge)

public:
    // Only New and Changed get a badge.
    [[nodiscard]] static bool shown(std::optional<LesionFlag> flag);
    [[nodiscard]] static QString word(LesionFlag flag);         // "New", "Changed"
    [[nodiscard]] static QString description(LesionFlag flag);  // a sentence for tooltips
    // The badge's size for `font` (bold, as painted).
    [[nodiscard]] static QRectF rect(LesionFlag flag, const QFont& font, const QPointF& topLeft);
    // Paints the badge with its top-left corner at `topLeft`; returns the box painted.
    static QRectF paint(QPainter* painter, LesionFlag flag, const QFont& font,
                        const QPointF& topLeft);
};

}  // namespace dermalens::ui
