// Settings: the one typed view of the user's preferences (QSettings underneath).
// Every key and default lives in Settings.cpp; nothing else touches QSettings.
#pragma once

#include <QList>
#include <QSettings>
#include <QString>

#include "dermalens/inference/Classifier.h"
#include "dermalens/inference/Heatmap.h"
#include "dermalens/pacs/PacsNode.h"
#include "dermalens/model/OperatingPoint.h"

namespace dermalens::ui {

// A DICOM node the user configured (File > PACS…), with how studies come back from it.
struct ConfiguredNode {
    QString name;
    PacsNode node;
    RetrieveMethod retrieve = RetrieveMethod::Get;
};

class Settings {
public:
    Settings();

    // The model package directory; defaults to the shipped model (installed under
    // ../share/dermalens next to the executable, else DERMALENS_DEFAULT_MODEL_DIR).
    [[nodiscard]] QString modelDirectory() const;
    void setModelDirectory(const QString& dir);
    // DERMALENS_MODEL_DIR from the environment, else the embedded model.
    [[nodiscard]] static QString defaultModelDirectory();
    // For this run only (command line --model): not saved.
    void overrideModelDirectory(const QString& dir) { modelOverride_ = dir; }

    // The record store folder; defaults to Workspace::defaultStoreDirectory(), or to a folder
    // under the test-mode data location when QStandardPaths test mode is on (tests never
    // touch the user's records).
    [[nodiscard]] QString storeDirectory() const;
    void setStoreDirectory(const QString& dir);
    [[nodiscard]] static QString defaultStoreDirectory();
    // For this run only (command line --store, the headless modes): not saved.
    void overrideStoreDirectory(const QString& dir) { storeOverride_ = dir; }
    [[nodiscard]] bool storeOverridden() const { return !storeOverride_.isEmpty(); }
    // Switches the store: replaces the override when one is active, else saves the choice.
    void useStoreDirectory(const QString& dir);

    [[nodiscard]] Device device() const;  // default Auto
    void setDevice(Device device);

    [[nodiscard]] double overlayOpacity() const;  // default 0.45, clamped to [0, 1]
    void setOverlayOpacity(double opacity);

    [[nodiscard]] ColorMap colorMap() const;  // default Jet
    void setColorMap(ColorMap map);

    [[nodiscard]] HeatmapNormalization normalization() const;  // default PerImageMinMax
    void setNormalization(HeatmapNormalization normalization);

    // "" = follow the system locale; otherwise "en", "ru", "ko" or "kk".
    [[nodiscard]] QString language() const;
    void setLanguage(const QString& language);

    // When a lesion is called suspicious (an operating point on the model card's validation
    // ROC); default: the card's default point.
    [[nodiscard]] OperatingPointChoice operatingPointChoice() const;
    void setOperatingPointChoice(const OperatingPointChoice& choice);

    [[nodiscard]] QString lastFolder() const;  // default: the user's pictures/home folder
    void setLastFolder(const QString& folder);

    // The report's page header: the clinic's name and logo image file (both default empty).
    [[nodiscard]] QString clinicName() const;
    void setClinicName(const QString& name);
    [[nodiscard]] QString clinicLogo() const;
    void setClinicLogo(const QString& file);

    // DICOM nodes for File > PACS… (default none), in the order the user added them.
    [[nodiscard]] QList<ConfiguredNode> pacsNodes() const;
    void setPacsNodes(const QList<ConfiguredNode>& nodes);

    // Who signs the findings recorded here (default empty: the form asks for it).
    [[nodiscard]] QString clinicianName() const;
    void setClinicianName(const QString& name);

    // The overlay options implied by the settings above.
    [[nodiscard]] OverlayOptions overlayOptions() const;

    void sync() { settings_.sync(); }

private:
    QSettings settings_;
    QString modelOverride_;
    QString storeOverride_;
};

// Names used in settings files and combo boxes (stable, not translated).
[[nodiscard]] QString deviceKey(Device device);
[[nodiscard]] QString colorMapKey(ColorMap map);

}  // namespace dermalens::ui
