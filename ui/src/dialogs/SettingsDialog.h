// SettingsDialog: edits Settings (record store folder, model, device, overlay defaults,
// language, the report's clinic name and logo, when a lesion is called suspicious).
#pragma once

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QLayout;
class QLineEdit;

namespace dermalens {
struct ModelCard;
}

namespace dermalens::ui {

class OperatingPointChooser;
class Settings;

class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    explicit SettingsDialog(Settings* settings, QWidget* parent = nullptr);

    // Writes the edited values; returns true when the model or device changed (reload needed).
    bool apply();
    [[nodiscard]] bool languageChanged() const { return languageChanged_; }
    // The store folder changed (the window opens the other store and reloads the model).
    [[nodiscard]] bool storeChanged() const { return storeChanged_; }
    [[nodiscard]] QLineEdit* storeField() const { return storeDir_; }
    // The loaded model's card, whose validation ROC the operating-point chooser shows.
    void setModelCard(const ModelCard* card);
    [[nodiscard]] OperatingPointChooser* operatingPointChooser() const { return operatingPoint_; }

private:
    void load();
    void browseModel();
    void browseStore();
    void browseLogo();
    QLayout* folderRow(QLineEdit* field, void (SettingsDialog::*browse)(),
                       const QString& defaultValue);

    Settings* settings_;
    QLineEdit* storeDir_ = nullptr;
    QLineEdit* modelDir_ = nullptr;
    QComboBox* device_ = nullptr;
    QDoubleSpinBox* opacity_ = nullptr;
    QComboBox* colorMap_ = nullptr;
    QComboBox* normalization_ = nullptr;
    QComboBox* language_ = nullptr;
    QLineEdit* clinicName_ = nullptr;
    QLineEdit* clinicLogo_ = nullptr;
    OperatingPointChooser* operatingPoint_ = nullptr;
    bool languageChanged_ = false;
    bool storeChanged_ = false;
};

}  // namespace dermalens::ui
