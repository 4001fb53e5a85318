// RocPlot: the model card's validation ROC (sensitivity against 1 - specificity) with the
// operating point in use marked, so the clinician sees what a sensitivity costs.
#pragma once

#include <QWidget>

#include "dermalens/model/OperatingPoint.h"

namespace dermalens::ui {

class RocPlot : public QWidget {
    Q_OBJECT
public:
    explicit RocPlot(QWidget* parent = nullptr);

    // The curves to draw (copied); an empty section draws a note instead.
    void setRoc(const RocSection& roc);
    // The curve of the point's target is drawn strong, the other faint.
    void setPoint(const OperatingPoint& point);
    [[nodiscard]] QSize sizeHint() const override { return {340, 280}; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    [[nodiscard]] QRectF plotArea() const;
    [[nodiscard]] QPointF toPixel(double falsePositiveRate, double sensitivity) const;
    void paintAxes(QPainter& painter) const;
    void paintCurve(QPainter& painter, const ValidationRoc& curve, bool strong) const;
    void paintPoint(QPainter& painter) const;

    RocSection roc_;
    OperatingPoint point_;
};

}  // namespace dermalens::ui
