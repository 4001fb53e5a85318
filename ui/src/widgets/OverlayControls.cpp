#include "widgets/OverlayControls.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSlider>
#include <QVBoxLayout>

#include "support/ClassNames.h"
#include "widgets/ColorLegend.h"
#include "support/QtConvert.h"

namespace dermalens::ui {

OverlayControls::OverlayControls(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("overlayStrip"));
    auto* rows = new QVBoxLayout(this);
    rows->setContentsMargins(12, 6, 12, 6);
    rows->setSpacing(4);
    auto* row = new QHBoxLayout;
    row->setSpacing(10);
    rows->addLayout(row);
    toggle_ = new QCheckBox(tr("&Grad-CAM"), this);
    toggle_->setToolTip(
        tr("Heatmap of where the image pushed the model towards the selected class (G)"));
    toggle_->setChecked(true);
    row->addWidget(toggle_);
    opacity_ = new QSlider(Qt::Horizontal, this);
    opacity_->setRange(0, 100);
    opacity_->setFixedWidth(110);
    opacity_->setAccessibleName(tr("Overlay opacity"));
    opacity_->setToolTip(tr("Overlay opacity"));
    auto* opacityLabel = new QLabel(tr("Opacity"), this);
    opacityLabel->setBuddy(opacity_);
    row->addWidget(opacityLabel);
    row->addWidget(opacity_);
    classes_ = new QComboBox(this);
    classes_->setAccessibleName(tr("Class explained by the heatmap"));
    classes_->setMinimumContentsLength(20);
    classes_->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    auto* classLabel = new QLabel(tr("Class"), this);
    classLabel->setBuddy(classes_);
    row->addWidget(classLabel);
    row->addWidget(classes_);
    colorMaps_ = new QComboBox(this);
    colorMaps_->addItem(tr("Jet"), static_cast<int>(ColorMap::Jet));
    colorMaps_->addItem(tr("Viridis (colour-blind safe)"), static_cast<int>(ColorMap::Viridis));
    colorMaps_->addItem(tr("Cividis (colour-blind safe)"), static_cast<int>(ColorMap::Cividis));
    colorMaps_->addItem(tr("Inferno"), static_cast<int>(ColorMap::Inferno));
    colorMaps_->setAccessibleName(tr("Colour map"));
    colorMaps_->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    row->addWidget(colorMaps_);
    row->addStretch(1);
    legend_ = new ColorLegend(this);
    rows->addWidget(legend_);

    connect(toggle_, &QCheckBox::toggled, this, &OverlayControls::overlayToggled);
    connect(opacity_, &QSlider::valueChanged, this,
            [this](int v) { Q_EMIT opacityChanged(v / 100.0); });
    connect(classes_, &QComboBox::currentIndexChanged, this,
            [this] { Q_EMIT classChanged(selectedClass()); });
    connect(colorMaps_, &QComboBox::currentIndexChanged, this, [this] {
        const auto map = static_cast<ColorMap>(colorMaps_->currentData().toInt());
        legend_->setOptions(map, normalization_);
        Q_EMIT colorMapChanged(map);
    });
}

void OverlayControls::setOptions(const OverlayOptions& options) {
    const QSignalBlocker b1(opacity_), b2(colorMaps_);
    opacity_->setValue(static_cast<int>(options.opacity * 100 + 0.5f));
    colorMaps_->setCurrentIndex(colorMaps_->findData(static_cast<int>(options.colormap)));
    normalization_ = options.normalization;
    legend_->setOptions(options.colormap, normalization_);
}

OverlayOptions OverlayControls::options() const {
    OverlayOptions o;
    o.opacity = opacity_->value() / 100.0f;
    o.colormap = static_cast<ColorMap>(colorMaps_->currentData().toInt());
    o.normalization = normalization_;
    return o;
}

void OverlayControls::setClasses(const ModelCard& card, int classIndex) {
    const QSignalBlocker blocker(classes_);
    classes_->clear();
    for (std::size_t i = 0; i < card.classes.size(); ++i)
        classes_->addItem(ClassNames::displayName(card.classes[i]), static_cast<int>(i));
    classes_->setCurrentIndex(classes_->findData(classIndex));
}

void OverlayControls::setSelectedClass(int classIndex) {
    const QSignalBlocker blocker(classes_);
    classes_->setCurrentIndex(classes_->findData(classIndex));
}

int OverlayControls::selectedClass() const {
    return classes_->currentIndex() < 0 ? -1 : classes_->currentData().toInt();
}

bool OverlayControls::overlayEnabled() const { return toggle_->isChecked(); }
void OverlayControls::setOverlayEnabled(bool on) { toggle_->setChecked(on); }

}  // namespace dermalens::ui
