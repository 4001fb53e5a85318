#include <gtest/gtest.h>

#include <QSettings>
#include <QStandardPaths>

#include "dermalens/workspace/Workspace.h"
#include "services/Settings.h"
#include "support/QtConvert.h"

using namespace dermalens;
using namespace dermalens::ui;

TEST(SettingsTest, DefaultsWhenNothingIsStored) {
    QSettings().clear();
    const Settings s;
    EXPECT_EQ(s.modelDirectory(), Settings::defaultModelDirectory());
    EXPECT_EQ(s.device(), Device::Auto);
    EXPECT_DOUBLE_EQ(s.overlayOpacity(), 0.45);
    EXPECT_EQ(s.colorMap(), ColorMap::Jet);
    EXPECT_EQ(s.normalization(), HeatmapNormalization::PerImageMinMax);
    EXPECT_TRUE(s.language().isEmpty());
}

TEST(SettingsTest, RoundTripsInTestMode) {
    ASSERT_TRUE(QStandardPaths::isTestModeEnabled());
    {
        Settings s;
        s.setModelDirectory(QStringLiteral("/tmp/some-model"));
        s.setDevice(Device::Cpu);
        s.setOverlayOpacity(0.7);
        s.setColorMap(ColorMap::Cividis);
        s.setNormalization(HeatmapNormalization::Fixed);
        s.setLanguage(QStringLiteral("kk"));
        s.setLastFolder(QStringLiteral("/tmp/photos"));
        s.sync();
    }
    const Settings s;
    EXPECT_EQ(s.modelDirectory(), QStringLiteral("/tmp/some-model"));
    EXPECT_EQ(s.device(), Device::Cpu);
    EXPECT_NEAR(s.overlayOpacity(), 0.7, 1e-9);
    EXPECT_EQ(s.colorMap(), ColorMap::Cividis);
    EXPECT_EQ(s.normalization(), HeatmapNormalization::Fixed);
    EXPECT_EQ(s.language(), QStringLiteral("kk"));
    EXPECT_EQ(s.lastFolder(), QStringLiteral("/tmp/photos"));
    EXPECT_EQ(s.overlayOptions().colormap, ColorMap::Cividis);
    QSettings().clear();
}

TEST(SettingsTest, OutOfRangeValuesAreClampedOrDefaulted) {
    QSettings raw;
    raw.setValue(QStringLiteral("overlay/opacity"), 7.5);
    raw.setValue(QStringLiteral("overlay/colormap"), QStringLiteral("rainbow"));
    raw.setValue(QStringLiteral("model/device"), QStringLiteral("tpu"));
    raw.sync();
    const Settings s;
    EXPECT_DOUBLE_EQ(s.overlayOpacity(), 1.0);
    EXPECT_EQ(s.colorMap(), ColorMap::Jet);
    EXPECT_EQ(s.device(), Device::Auto);
    QSettings().clear();
}

TEST(SettingsTest, CommandLineOverrideIsNotSaved) {
    Settings s;
    s.overrideModelDirectory(QStringLiteral("/tmp/override"));
    EXPECT_EQ(s.modelDirectory(), QStringLiteral("/tmp/override"));
    EXPECT_EQ(Settings().modelDirectory(), Settings::defaultModelDirectory());
}

TEST(SettingsTest, TheStoreIsNeverTheUsersInTestMode) {
    QSettings().clear();
    ASSERT_TRUE(QStandardPaths::isTestModeEnabled());
    const Settings s;
    EXPECT_EQ(s.storeDirectory(), Settings::defaultStoreDirectory());
    EXPECT_TRUE(s.storeDirectory().startsWith(
        QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
    EXPECT_NE(s.storeDirectory(), ui::fromPath(Workspace::defaultStoreDirectory()));
}

TEST(SettingsTest, StoreOverrideIsForThisRunOnly) {
    QSettings().clear();
    Settings s;
    s.overrideStoreDirectory(QStringLiteral("/tmp/store-a"));
    EXPECT_TRUE(s.storeOverridden());
    s.useStoreDirectory(QStringLiteral("/tmp/store-b"));  // e.g. after a restore
    EXPECT_EQ(s.storeDirectory(), QStringLiteral("/tmp/store-b"));
    EXPECT_EQ(Settings().storeDirectory(), Settings::defaultStoreDirectory());
    Settings saved;
    saved.useStoreDirectory(QStringLiteral("/tmp/store-c"));
    EXPECT_EQ(Settings().storeDirectory(), QStringLiteral("/tmp/store-c"));
    QSettings().clear();
}
