#include "widgets/ColorLegend.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>

namespace dermalens::ui {
namespace {
constexpr int kBarHeight = 10;
constexpr int kTop = 4;
constexpr int kBarWidth = 190;

cv::Mat rampOf(int width) {
    cv::Mat ramp(1, width, CV_32F);
    for (int x = 0; x < width; ++x) ramp.at<float>(0, x) = static_cast<float>(x);
    return ramp;
}
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
            "its images. Colour opacity follows the evidence: none is transparent.");
    return tr(
        "Per-image min-max: colours are not comparable across images. Colour opacity follows "
        "the evidence: none is transparent.");
}

// The bar as the overlay paints it: each colour at the opacity its evidence gets.
QImage ColorLegend::fadingBar(ColorMap map) {
    const cv::Mat rgb = colorBar(map, 256, 1);
    Heatmap ramp;
    ramp.raw = rampOf(rgb.cols);
    const cv::Mat alpha = overlayAlpha(normalizeHeatmap(ramp, {}), 1.0f);
    QImage bar(rgb.cols, 1, QImage::Format_ARGB32);
    for (int x = 0; x < rgb.cols; ++x) {
        const auto c = rgb.at<cv::Vec3b>(0, x);
        bar.setPixel(x, 0, qRgba(c[0], c[1], c[2], qRound(255 * alpha.at<float>(0, x))));
    }
    return bar;
}

void ColorLegend::setOptions(ColorMap map, HeatmapNormalization normalization) {
    map_ = map;
    normalization_ = normalization;
    bar_ = fadingBar(map);
    note_->setText(normalizationText());
    update();
}

void ColorLegend::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    const QRect barRect(0, kTop, kBarWidth, kBarHeight);
    if (!bar_.isNull()) painter.drawImage(barRect, bar_);  // over the background, like the photo
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
