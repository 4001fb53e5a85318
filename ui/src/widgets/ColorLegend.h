// ColorLegend: the colour bar of the heatmap with low/high labels and the normalisation in
// plain words (so nobody compares per-image-scaled colours across images). The bar fades to
// transparent at the low end, as the overlay does (overlayAlpha).
#pragma once

#include <QWidget>

#include "dermalens/inference/Heatmap.h"

class QLabel;

namespace dermalens::ui {

class ColorLegend : public QWidget {
    Q_OBJECT
public:
    explicit ColorLegend(QWidget* parent = nullptr);
    void setOptions(ColorMap map, HeatmapNormalization normalization);
    [[nodiscard]] QString normalizationText() const;
    // The colour bar (256 x 1, ARGB) with the overlay's opacity ramp: alpha 0 at no evidence.
    [[nodiscard]] static QImage fadingBar(ColorMap map);

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QLabel* note_ = nullptr;
    QImage bar_;
    ColorMap map_ = ColorMap::Jet;
    HeatmapNormalization normalization_ = HeatmapNormalization::PerImageMinMax;
};

}  // namespace dermalens::ui
