#include "services/Settings.h"

#include <QStandardPaths>
#include <QVariant>
#include <algorithm>
#include <array>

#include "dermalens/platform/ShippedData.h"
#include "dermalens/workspace/Workspace.h"
#include "support/QtConvert.h"

namespace dermalens::ui {
namespace {

constexpr auto kModelDir = "model/directory";
constexpr auto kDevice = "model/device";
constexpr auto kStoreDir = "store/directory";
constexpr auto kOpacity = "overlay/opacity";
constexpr auto kColorMap = "overlay/colormap";
constexpr auto kNormalization = "overlay/normalization";
constexpr auto kLanguage = "ui/language";
constexpr auto kLastFolder = "ui/lastFolder";
constexpr auto kClinicName = "report/clinicName";
constexpr auto kClinicLogo = "report/clinicLogo";
constexpr auto kPacsNodes = "pacs/nodes";
constexpr auto kClinicianName = "findings/clinicianName";
constexpr auto kOperatingPoint = "analysis/operatingPoint";

constexpr std::array kColorMaps{ColorMap::Jet, ColorMap::Viridis, ColorMap::Inferno,
                                ColorMap::Cividis};

}  // namespace

QString deviceKey(Device device) {
    switch (device) {
        case Device::Cpu:
            return QStringLiteral("cpu");
        case Device::Cuda:
            return QStringLiteral("cuda");
        case Device::Auto:
            break;
    }
    return QStringLiteral("auto");
}

QString colorMapKey(ColorMap map) {
    switch (map) {
        case ColorMap::Viridis:
            return QStringLiteral("viridis");
        case ColorMap::Inferno:
            return QStringLiteral("inferno");
        case ColorMap::Cividis:
            return QStringLiteral("cividis");
        case ColorMap::Jet:
            break;
    }
    return QStringLiteral("jet");
}

Settings::Settings() = default;

QString Settings::defaultModelDirectory() {
    const QString fromEnv = qEnvironmentVariable("DERMALENS_MODEL_DIR");
    if (!fromEnv.isEmpty()) return fromEnv;
    return fromPath(findShippedModel(currentExecutable(), DERMALENS_DEFAULT_MODEL_DIR));
}

QString Settings::modelDirectory() const {
    if (!modelOverride_.isEmpty()) return modelOverride_;
    return settings_.value(kModelDir, defaultModelDirectory()).toString();
}
void Settings::setModelDirectory(const QString& dir) { settings_.setValue(kModelDir, dir); }

QString Settings::defaultStoreDirectory() {
    if (QStandardPaths::isTestModeEnabled())
        return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
               QStringLiteral("/store");
    return fromPath(Workspace::defaultStoreDirectory());
}

QString Settings::storeDirectory() const {
    if (!storeOverride_.isEmpty()) return storeOverride_;
    return settings_.value(kStoreDir, defaultStoreDirectory()).toString();
}
void Settings::setStoreDirectory(const QString& dir) { settings_.setValue(kStoreDir, dir); }

void Settings::useStoreDirectory(const QString& dir) {
    if (storeOverridden())
        storeOverride_ = dir;
    else
        setStoreDirectory(dir);
}

Device Settings::device() const {
    const QString key = settings_.value(kDevice, deviceKey(Device::Auto)).toString();
    for (Device d : {Device::Auto, Device::Cpu, Device::Cuda})
        if (deviceKey(d) == key) return d;
    return Device::Auto;
}
void Settings::setDevice(Device device) { settings_.setValue(kDevice, deviceKey(device)); }

double Settings::overlayOpacity() const {
    return std::clamp(settings_.value(kOpacity, 0.45).toDouble(), 0.0, 1.0);
}
void Settings::setOverlayOpacity(double opacity) {
    settings_.setValue(kOpacity, std::clamp(opacity, 0.0, 1.0));
}

ColorMap Settings::colorMap() const {
    const QString key = settings_.value(kColorMap, colorMapKey(ColorMap::Jet)).toString();
    for (ColorMap m : kColorMaps)
        if (colorMapKey(m) == key) return m;
    return ColorMap::Jet;
}
void Settings::setColorMap(ColorMap map) { settings_.setValue(kColorMap, colorMapKey(map)); }

HeatmapNormalization Settings::normalization() const {
    return settings_.value(kNormalization, QStringLiteral("per-image")).toString() ==
                   QLatin1String("fixed")
               ? HeatmapNormalization::Fixed
               : HeatmapNormalization::PerImageMinMax;
}
void Settings::setNormalization(HeatmapNormalization normalization) {
    settings_.setValue(kNormalization, normalization == HeatmapNormalization::Fixed
                                           ? QStringLiteral("fixed")
                                           : QStringLiteral("per-image"));
}

QString Settings::language() const { return settings_.value(kLanguage, QString()).toString(); }
void Settings::setLanguage(const QString& language) { settings_.setValue(kLanguage, language); }

OperatingPointChoice Settings::operatingPointChoice() const {
    const QString key = settings_.value(kOperatingPoint, QStringLiteral("default")).toString();
    return OperatingPointChoice::fromKey(key.toStdString()).value_or(OperatingPointChoice{});
}
void Settings::setOperatingPointChoice(const OperatingPointChoice& choice) {
    settings_.setValue(kOperatingPoint, QString::fromStdString(choice.key()));
}

QString Settings::lastFolder() const {
    const QString fallback = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    return settings_.value(kLastFolder, fallback).toString();
}
void Settings::setLastFolder(const QString& folder) { settings_.setValue(kLastFolder, folder); }

QString Settings::clinicName() const { return settings_.value(kClinicName).toString(); }
void Settings::setClinicName(const QString& name) { settings_.setValue(kClinicName, name); }
QString Settings::clinicLogo() const { return settings_.value(kClinicLogo).toString(); }
void Settings::setClinicLogo(const QString& file) { settings_.setValue(kClinicLogo, file); }

// Stored as one list of maps (a QVariantList), read and written whole.
QList<ConfiguredNode> Settings::pacsNodes() const {
    QList<ConfiguredNode> nodes;
    for (const QVariant& item : settings_.value(kPacsNodes).toList()) {
        const QVariantMap m = item.toMap();
        ConfiguredNode c;
        c.name = m.value("name").toString();
        c.node.host = m.value("host", qs(c.node.host)).toString().toStdString();
        c.node.port = m.value("port", c.node.port).toInt();
        c.node.called_aet = m.value("calledAet").toString().toStdString();
        c.node.calling_aet = m.value("callingAet", qs(c.node.calling_aet)).toString().toStdString();
        c.node.receive_port = m.value("receivePort", 0).toInt();
        c.retrieve = m.value("retrieve").toString() == QLatin1String("move") ? RetrieveMethod::Move
                                                                             : RetrieveMethod::Get;
        nodes << c;
    }
    return nodes;
}

void Settings::setPacsNodes(const QList<ConfiguredNode>& nodes) {
    QVariantList list;
    for (const ConfiguredNode& c : nodes)
        list << QVariantMap{{"name", c.name},
                            {"host", qs(c.node.host)},
                            {"port", c.node.port},
                            {"calledAet", qs(c.node.called_aet)},
                            {"callingAet", qs(c.node.calling_aet)},
                            {"receivePort", c.node.receive_port},
                            {"retrieve", c.retrieve == RetrieveMethod::Move ? "move" : "get"}};
    settings_.setValue(kPacsNodes, list);
}

QString Settings::clinicianName() const {
    return settings_.value(kClinicianName, QString()).toString().trimmed();
}
void Settings::setClinicianName(const QString& name) {
    settings_.setValue(kClinicianName, name.trimmed());
}

OverlayOptions Settings::overlayOptions() const {
    OverlayOptions options;
    options.opacity = static_cast<float>(overlayOpacity());
    options.colormap = colorMap();
    options.normalization = normalization();
    return options;
}

}  // namespace dermalens::ui
