// SettingsDialog: edits Settings (model, device, overlay defaults, language).
#pragma once

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QLineEdit;

namespace dermalens::ui {

class Settings;

class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    explicit SettingsDialog(Settings* settings, QWidget* parent = nullptr);

    // Writes the edited values; returns true when the model or device changed (reload needed).
    bool apply();
    [[nodiscard]] bool languageChanged() const { return languageChanged_; }

private:
    void load();
    void browseModel();

    Settings* settings_;
    QLineEdit* modelDir_ = nullptr;
    QComboBox* device_ = nullptr;
    QDoubleSpinBox* opacity_ = nullptr;
    QComboBox* colorMap_ = nullptr;
    QComboBox* normalization_ = nullptr;
    QComboBox* language_ = nullptr;
    bool languageChanged_ = false;
};

}  // namespace dermalens::ui
