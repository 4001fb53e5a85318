#include <gtest/gtest.h>

#include <QImage>
#include <QTest>

#include "widgets/ImageView.h"

using dermalens::ui::ImageView;

namespace {

// Drags a ruler from image point a to b (image pixels) with the mouse.
void drag(ImageView& view, QPointF a, QPointF b) {
    QWidget* vp = view.viewport();
    const QPoint pa = view.mapFromScene(a);
    const QPoint pb = view.mapFromScene(b);
    QTest::mousePress(vp, Qt::LeftButton, Qt::NoModifier, pa);
    QTest::mouseMove(vp, pb);
    QTest::mouseRelease(vp, Qt::LeftButton, Qt::NoModifier, pb);
}

QImage grey(int w, int h) {
    QImage image(w, h, QImage::Format_RGB888);
    image.fill(QColor(128, 100, 80));
    return image;
}

}  // namespace

TEST(ImageViewTest, RulerReportsPixelsUntilCalibrated) {
    ImageView view;
    view.resize(400, 400);
    view.show();
    view.setImage(grey(200, 200));
    view.actualSize();
    view.setMeasureMode(true);
    drag(view, {50, 50}, {150, 50});
    EXPECT_NEAR(view.rulerLengthPx(), 100.0, 2.0);
    EXPECT_TRUE(view.rulerText().contains(QStringLiteral("px")));
    view.calibrate(5.0);  // this 100 px line is 5 mm
    ASSERT_TRUE(view.mmPerPixel().has_value());
    EXPECT_NEAR(*view.mmPerPixel(), 0.05, 0.002);
    EXPECT_TRUE(view.rulerText().contains(QStringLiteral("mm")));
}

TEST(ImageViewTest, KnownPixelSpacingGivesMillimetres) {
    ImageView view;
    view.resize(400, 400);
    view.show();
    view.setImage(grey(200, 200), 0.1);
    view.actualSize();
    view.setMeasureMode(true);
    drag(view, {20, 20}, {20, 120});
    EXPECT_TRUE(view.rulerText().startsWith(QStringLiteral("10.")));
}

TEST(ImageViewTest, ZoomIsClampedAndFitFillsTheView) {
    ImageView view;
    view.resize(400, 300);
    view.show();
    view.setImage(grey(800, 600));
    EXPECT_TRUE(view.fitMode());
    EXPECT_LT(view.zoom(), 0.6);
    view.actualSize();
    EXPECT_DOUBLE_EQ(view.zoom(), 1.0);
    for (int i = 0; i < 50; ++i) view.zoomBy(2.0);
    EXPECT_LE(view.zoom(), 32.0);
}

TEST(ImageViewTest, OverlayVisibilityAndOpacity) {
    ImageView view;
    view.setImage(grey(50, 40));
    EXPECT_FALSE(view.hasOverlay());
    view.setOverlay(grey(50, 40));
    EXPECT_TRUE(view.hasOverlay());
    view.setOverlayVisible(false);
    EXPECT_FALSE(view.overlayVisible());
    const QImage rendered = view.renderToImage();
    EXPECT_EQ(rendered.size(), QSize(50, 40));
}
