// The legend's bar fades like the overlay: transparent at no evidence, opaque at the strongest.
#include <gtest/gtest.h>

#include "widgets/ColorLegend.h"

using namespace dermalens;

TEST(ColorLegendTest, BarIsTransparentAtNoEvidenceAndOpaqueAtTheStrongest) {
    const QImage bar = ui::ColorLegend::fadingBar(ColorMap::Jet);
    ASSERT_EQ(bar.width(), 256);
    EXPECT_EQ(qAlpha(bar.pixel(0, 0)), 0);
    EXPECT_EQ(qAlpha(bar.pixel(255, 0)), 255);
    EXPECT_NEAR(qAlpha(bar.pixel(128, 0)), 128, 2);
    EXPECT_GT(qRed(bar.pixel(255, 0)), qBlue(bar.pixel(255, 0)));  // jet: red at the top
}

TEST(ColorLegendTest, NoteSaysTheLowestEvidenceIsTransparent) {
    ui::ColorLegend legend;
    legend.setOptions(ColorMap::Viridis, HeatmapNormalization::PerImageMinMax);
    EXPECT_TRUE(legend.normalizationText().contains(QStringLiteral("none is transparent")));
}
