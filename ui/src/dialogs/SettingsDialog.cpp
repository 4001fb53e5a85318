#include "dialogs/SettingsDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <utility>

#include "services/Settings.h"
#include "widgets/OperatingPointChooser.h"

namespace dermalens::ui {

SettingsDialog::SettingsDialog(Settings* settings, QWidget* parent)
    : QDialog(parent), settings_(settings) {
    setWindowTitle(tr("Settings"));
    auto* form = new QFormLayout(this);
    storeDir_ = new QLineEdit(this);
    storeDir_->setToolTip(
        tr("Folder of the patient records and image copies on this workstation "
           "(not a network share)"));
    form->addRow(tr("Record store"), folderRow(storeDir_, &SettingsDialog::browseStore,
                                               Settings::defaultStoreDirectory()));
    modelDir_ = new QLineEdit(this);
    form->addRow(tr("Model folder"), folderRow(modelDir_, &SettingsDialog::browseModel,
                                               Settings::defaultModelDirectory()));

    device_ = new QComboBox(this);
    device_->addItem(tr("Automatic (GPU when available)"), static_cast<int>(Device::Auto));
    device_->addItem(tr("CPU"), static_cast<int>(Device::Cpu));
    device_->addItem(tr("GPU (CUDA)"), static_cast<int>(Device::Cuda));
    form->addRow(tr("Compute device"), device_);

    opacity_ = new QDoubleSpinBox(this);
    opacity_->setRange(0.0, 1.0);
    opacity_->setSingleStep(0.05);
    form->addRow(tr("Overlay opacity"), opacity_);
    colorMap_ = new QComboBox(this);
    const std::pair<ColorMap, QString> maps[] = {
        {ColorMap::Jet, tr("Jet")},
        {ColorMap::Viridis, tr("Viridis (colour-blind safe)")},
        {ColorMap::Cividis, tr("Cividis (colour-blind safe)")},
        {ColorMap::Inferno, tr("Inferno")}};
    for (const auto& [map, name] : maps) colorMap_->addItem(name, static_cast<int>(map));
    form->addRow(tr("Colour map"), colorMap_);
    normalization_ = new QComboBox(this);
    normalization_->addItem(tr("Per image (min-max)"),
                            static_cast<int>(HeatmapNormalization::PerImageMinMax));
    normalization_->addItem(tr("Fixed across a lesion's visits"),
                            static_cast<int>(HeatmapNormalization::Fixed));
    form->addRow(tr("Heatmap scaling"), normalization_);

    language_ = new QComboBox(this);
    language_->addItem(tr("System default"), QString());
    language_->addItem(QStringLiteral("English"), QStringLiteral("en"));
    language_->addItem(QStringLiteral("Русский"), QStringLiteral("ru"));
    language_->addItem(QStringLiteral("한국어"), QStringLiteral("ko"));
    language_->addItem(QStringLiteral("Қазақша"), QStringLiteral("kk"));
    form->addRow(tr("Language (after restart)"), language_);

    clinicName_ = new QLineEdit(this);
    clinicName_->setPlaceholderText(tr("Shown on every page of a report"));
    form->addRow(tr("Clinic name"), clinicName_);
    clinicLogo_ = new QLineEdit(this);
    clinicLogo_->setPlaceholderText(tr("None"));
    form->addRow(tr("Clinic logo"),
                 folderRow(clinicLogo_, &SettingsDialog::browseLogo, QString()));
    operatingPoint_ = new OperatingPointChooser(this);
    operatingPoint_->setToolTip(
        tr("A lesion is marked suspicious when its calibrated malignant probability reaches the "
           "threshold of this point on the model's validation ROC"));
    form->addRow(tr("Suspicious at"), operatingPoint_);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    // Our own text: Qt's translations (qtbase_*.qm) may be missing and have no Kazakh.
    buttons->button(QDialogButtonBox::Ok)->setText(tr("OK"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
    load();
}

QLayout* SettingsDialog::folderRow(QLineEdit* field, void (SettingsDialog::*browse)(),
                                   const QString& defaultValue) {
    field->setMinimumWidth(380);
    auto* row = new QHBoxLayout;
    auto* browseButton = new QPushButton(tr("Browse…"), this);
    connect(browseButton, &QPushButton::clicked, this, browse);
    auto* reset = new QPushButton(tr("Default"), this);
    connect(reset, &QPushButton::clicked, this,
            [field, defaultValue] { field->setText(defaultValue); });
    row->addWidget(field, 1);
    row->addWidget(browseButton);
    row->addWidget(reset);
    return row;
}

void SettingsDialog::load() {
    storeDir_->setText(settings_->storeDirectory());
    modelDir_->setText(settings_->modelDirectory());
    device_->setCurrentIndex(device_->findData(static_cast<int>(settings_->device())));
    opacity_->setValue(settings_->overlayOpacity());
    colorMap_->setCurrentIndex(colorMap_->findData(static_cast<int>(settings_->colorMap())));
    normalization_->setCurrentIndex(
        normalization_->findData(static_cast<int>(settings_->normalization())));
    language_->setCurrentIndex(std::max(0, language_->findData(settings_->language())));
    clinicName_->setText(settings_->clinicName());
    clinicLogo_->setText(settings_->clinicLogo());
    operatingPoint_->setChoice(settings_->operatingPointChoice());
}

void SettingsDialog::setModelCard(const ModelCard* card) { operatingPoint_->setCard(card); }

void SettingsDialog::browseModel() {
    const QString dir =
        QFileDialog::getExistingDirectory(this, tr("Model folder"), modelDir_->text());
    if (!dir.isEmpty()) modelDir_->setText(dir);
}

void SettingsDialog::browseStore() {
    const QString dir =
        QFileDialog::getExistingDirectory(this, tr("Record store"), storeDir_->text());
    if (!dir.isEmpty()) storeDir_->setText(dir);
}

void SettingsDialog::browseLogo() {
    const QString file = QFileDialog::getOpenFileName(
        this, tr("Clinic logo"), clinicLogo_->text(),
        tr("Images (*.png *.jpg *.jpeg *.svg *.bmp);;All files (*)"));
    if (!file.isEmpty()) clinicLogo_->setText(file);
}

bool SettingsDialog::apply() {
    const QString store = storeDir_->text().trimmed();
    storeChanged_ = !store.isEmpty() && store != settings_->storeDirectory();
    if (storeChanged_) settings_->useStoreDirectory(store);
    const bool modelChanged =
        modelDir_->text() != settings_->modelDirectory() ||
        device_->currentData().toInt() != static_cast<int>(settings_->device());
    languageChanged_ = language_->currentData().toString() != settings_->language();
    settings_->setModelDirectory(modelDir_->text());
    settings_->setDevice(static_cast<Device>(device_->currentData().toInt()));
    settings_->setOverlayOpacity(opacity_->value());
    settings_->setColorMap(static_cast<ColorMap>(colorMap_->currentData().toInt()));
    settings_->setNormalization(
        static_cast<HeatmapNormalization>(normalization_->currentData().toInt()));
    settings_->setLanguage(language_->currentData().toString());
    settings_->setClinicName(clinicName_->text().trimmed());
    settings_->setClinicLogo(clinicLogo_->text().trimmed());
    settings_->setOperatingPointChoice(operatingPoint_->choice());
    return modelChanged;
}

}  // namespace dermalens::ui
