// ImageView: a zoomable, pannable view of one image with an optional heatmap overlay and a
// ruler. Wheel zooms around the cursor, dragging pans; in measure mode dragging draws a line
// whose length is shown in mm when the pixel spacing is known or calibrated, else in px.
#pragma once

#include <QGraphicsView>
#include <QList>
#include <optional>

class QGraphicsPixmapItem;
class QGraphicsLineItem;
class QGraphicsSimpleTextItem;
class QGraphicsItem;

namespace dermalens::ui {

// A stored measurement line drawn over the image (image coordinates) with its value.
struct SavedLine {
    QLineF line;
    QString text;
};

class ImageView : public QGraphicsView {
    Q_OBJECT
public:
    explicit ImageView(QWidget* parent = nullptr);

    // Shows `image`; `mmPerPixel` when the file states its pixel spacing (DICOM).
    void setImage(const QImage& image, std::optional<double> mmPerPixel = std::nullopt);
    void clear();
    [[nodiscard]] bool hasImage() const;
    [[nodiscard]] QSize imageSize() const;

    // The coloured map, drawn over the image at `opacity` (same size as the image).
    void setOverlay(const QImage& coloured);
    void setOverlayOpacity(double opacity);
    void setOverlayVisible(bool visible);
    [[nodiscard]] bool overlayVisible() const { return overlayVisible_; }
    [[nodiscard]] bool hasOverlay() const;

    [[nodiscard]] double zoom() const;  // screen px per image px
    [[nodiscard]] bool fitMode() const { return fitMode_; }

    void setMeasureMode(bool on);
    [[nodiscard]] bool measureMode() const { return measureMode_; }
    // Length of the current ruler line in image pixels (0 when none).
    [[nodiscard]] double rulerLengthPx() const;
    // "This line is `mm` millimetres": sets the spacing used for later measurements.
    void calibrate(double mm);
    [[nodiscard]] std::optional<double> mmPerPixel() const { return mmPerPixel_; }
    // A known scale (a saved calibration): later measurements are in mm.
    void setMmPerPixel(std::optional<double> mmPerPixel);
    [[nodiscard]] QString rulerText() const;
    // The current ruler line in image pixels (null when none); clearRuler hides it.
    [[nodiscard]] QLineF rulerLine() const;
    void clearRuler();
    // Stored measurements, drawn in their own colour until replaced (setImage clears them).
    void setSavedLines(const QList<SavedLine>& lines);
    [[nodiscard]] int savedLineCount() const { return static_cast<int>(savedItems_.size()) / 2; }

    // The image with overlay and ruler as shown, at image resolution.
    [[nodiscard]] QImage renderToImage() const;

    // Zoom and centre (as a fraction of the image size), for synchronised views.
    void applyViewState(double zoom, QPointF centerFraction);

public Q_SLOTS:
    void fitToWindow();
    void actualSize();
    void zoomBy(double factor);

Q_SIGNALS:
    void viewStateChanged(double zoom, QPointF centerFraction);
    void rulerChanged(const QString& text);

protected:
    void wheelEvent(QWheelEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void scrollContentsBy(int dx, int dy) override;
    void drawBackground(QPainter* painter, const QRectF& rect) override;

private:
    void setZoom(double zoom);
    void updateRuler(QPointF end);
    void announceViewState();

    QGraphicsPixmapItem* imageItem_ = nullptr;
    QGraphicsPixmapItem* overlayItem_ = nullptr;
    QGraphicsLineItem* ruler_ = nullptr;
    QGraphicsSimpleTextItem* rulerLabel_ = nullptr;
    QList<QGraphicsItem*> savedItems_;
    std::optional<double> mmPerPixel_;
    double overlayOpacity_ = 0.45;
    bool overlayVisible_ = true;
    bool fitMode_ = true;
    bool measureMode_ = false;
    bool measuring_ = false;
    bool applyingState_ = false;
};

}  // namespace dermalens::ui
