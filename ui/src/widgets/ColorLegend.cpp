#include "widgets/ColorLegend.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>

#include "support/QtConvert.h"

namespace dermalens::ui {
namespace {
constexpr int kBarHeight = 10;
constexpr int kTop = 4;
constexpr int kBarWidth = 190;
}  // namespace

ColorLegend::ColorLegend(QWidget* parent) : QWidget(parent) {
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(kBarWidth + 12, 0, 0, 0);
    setMinimumHeight(kTop + kBarHeight + 20);
    note_ = new QLabel(this);
    note_->setObjectName(QStringLiteral("legendNote"));
    layout->addWidget(note_);
    setOptions(map_, normalization_);
}

QString ColorLegend::normalizationText() const {
    if (normalization_ == HeatmapNormalization::Fixed)
        return tr(
            "Fixed scale across this lesion's visits: colours are comparable between "
            "its images.");
    return tr("Per-image min-max: colours are not comparable across images.");
}

void ColorLegend::setOptions(ColorMap map, HeatmapNormalization normalization) {
    map_ = map;
    normalization_ = normalization;
    bar_ = toQImage(colorBar(map, 256, 1));
    note_->setText(normalizationText());
    update();
}

void ColorLegend::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    const QRect barRect(0, kTop, kBarWidth, kBarHeight);
    if (!bar_.isNull()) painter.drawImage(barRect, bar_);
    painter.setPen(palette().color(QPalette::Mid));
    painter.drawRect(barRect.adjusted(0, 0, -1, -1));
    painter.setPen(palette().color(QPalette::WindowText));
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    painter.setFont(small);
    const QRect text(0, kTop + kBarHeight + 2, kBarWidth, 16);
    painter.drawText(text, Qt::AlignLeft | Qt::AlignTop, tr("low evidence"));
    painter.drawText(text, Qt::AlignRight | Qt::AlignTop, tr("high evidence"));
}

}  // namespace dermalens::ui
