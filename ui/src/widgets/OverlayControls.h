// OverlayControls: Grad-CAM toggle, opacity, which class to explain, colour map and legend.
#pragma once

#include <QWidget>

#include "dermalens/inference/Heatmap.h"
#include "dermalens/model/ModelCard.h"

class QCheckBox;
class QComboBox;
class QSlider;

namespace dermalens::ui {

class ColorLegend;

class OverlayControls : public QWidget {
    Q_OBJECT
public:
    explicit OverlayControls(QWidget* parent = nullptr);

    void setOptions(const OverlayOptions& options);
    [[nodiscard]] OverlayOptions options() const;
    // Fills the class selector with the card's class names; selects `classIndex`.
    void setClasses(const ModelCard& card, int classIndex);
    void setSelectedClass(int classIndex);
    [[nodiscard]] int selectedClass() const;  // -1 when none
    [[nodiscard]] bool overlayEnabled() const;
    void setOverlayEnabled(bool on);
    [[nodiscard]] QCheckBox* toggle() const { return toggle_; }

Q_SIGNALS:
    void overlayToggled(bool on);
    void opacityChanged(double opacity);
    void classChanged(int classIndex);
    void colorMapChanged(dermalens::ColorMap map);

private:
    QCheckBox* toggle_ = nullptr;
    QSlider* opacity_ = nullptr;
    QComboBox* classes_ = nullptr;
    QComboBox* colorMaps_ = nullptr;
    ColorLegend* legend_ = nullptr;
    HeatmapNormalization normalization_ = HeatmapNormalization::PerImageMinMax;
};

}  // namespace dermalens::ui
