#include "widgets/RocPlot.h"

#include <QPainter>
#include <QPainterPath>

#include "support/OperatingPointText.h"

namespace dermalens::ui {
namespace {

const QColor kMalignant(38, 110, 190);
const QColor kMelanoma(150, 80, 170);
const QColor kPoint(200, 40, 40);

QColor colourOf(RocTarget target) {
    return target == RocTarget::Melanoma ? kMelanoma : kMalignant;
}

}  // namespace

RocPlot::RocPlot(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("rocPlot"));
    setMinimumSize(300, 240);
    setAccessibleName(tr("Validation ROC curve"));
}

void RocPlot::setRoc(const RocSection& roc) {
    roc_ = roc;
    update();
}

void RocPlot::setPoint(const OperatingPoint& point) {
    point_ = point;
    update();
}

QRectF RocPlot::plotArea() const {
    return QRectF(rect()).adjusted(48, 12, -12, -40);
}

QPointF RocPlot::toPixel(double fpr, double sensitivity) const {
    const QRectF a = plotArea();
    return {a.left() + fpr * a.width(), a.bottom() - sensitivity * a.height()};
}

void RocPlot::paintAxes(QPainter& painter) const {
    const QRectF a = plotArea();
    painter.setPen(QPen(QColor(225, 229, 235), 1));
    for (double v : {0.25, 0.5, 0.75}) {
        painter.drawLine(toPixel(v, 0), toPixel(v, 1));
        painter.drawLine(toPixel(0, v), toPixel(1, v));
    }
    painter.setPen(QPen(QColor(170, 176, 186), 1, Qt::DashLine));
    painter.drawLine(toPixel(0, 0), toPixel(1, 1));  // chance
    painter.setPen(QPen(QColor(90, 98, 110), 1));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(a);
    const QFontMetrics fm(painter.font());
    for (double v : {0.0, 0.5, 1.0}) {
        const QString t = QString::number(v, 'g', 2);
        painter.drawText(toPixel(v, 0) + QPointF(-fm.horizontalAdvance(t) / 2.0, fm.height()), t);
        painter.drawText(toPixel(0, v) + QPointF(-fm.horizontalAdvance(t) - 6, fm.ascent() / 2.0), t);
    }
    painter.drawText(QRectF(a.left(), a.bottom() + fm.height() + 2, a.width(), fm.height()),
                     Qt::AlignCenter, tr("1 − specificity"));
    painter.save();
    painter.translate(12, a.center().y());
    painter.rotate(-90);
    painter.drawText(QRectF(-a.height() / 2, -fm.height() / 2.0, a.height(), fm.height()),
                     Qt::AlignCenter, tr("sensitivity"));
    painter.restore();
}

void RocPlot::paintCurve(QPainter& painter, const ValidationRoc& curve, bool strong) const {
    QPainterPath path(toPixel(0, 0));
    for (const auto& p : curve.points) path.lineTo(toPixel(1 - p.specificity, p.sensitivity));
    path.lineTo(toPixel(1, 1));
    QColor colour = colourOf(curve.target);
    if (!strong) colour.setAlpha(90);
    painter.setPen(QPen(colour, strong ? 2.2 : 1.2));
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(path);
}

void RocPlot::paintPoint(QPainter& painter) const {
    if (point_.isDefault()) return;
    const QPointF at = toPixel(1 - *point_.specificity, *point_.sensitivity);
    painter.setPen(QPen(kPoint, 1, Qt::DotLine));
    painter.drawLine(QPointF(at.x(), plotArea().bottom()), at);
    painter.drawLine(QPointF(plotArea().left(), at.y()), at);
    painter.setPen(QPen(Qt::white, 1.5));
    painter.setBrush(kPoint);
    painter.drawEllipse(at, 5.5, 5.5);
}

void RocPlot::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(rect(), Qt::white);
    paintAxes(painter);
    if (roc_.empty()) {
        painter.setPen(QColor(110, 118, 130));
        painter.drawText(plotArea().adjusted(12, 12, -12, -12), Qt::AlignCenter | Qt::TextWordWrap,
                         tr("The model card has no validation ROC: the default threshold applies."));
        return;
    }
    for (const auto& c : roc_.curves)
        if (c.target != point_.target) paintCurve(painter, c, false);
    for (const auto& c : roc_.curves)
        if (c.target == point_.target) paintCurve(painter, c, true);
    paintPoint(painter);
    // Legend: which curve is which, with its AUC.
    const QFontMetrics fm(painter.font());
    QPointF at = plotArea().bottomRight() + QPointF(-8, -8.0 - fm.height() * static_cast<double>(roc_.curves.size()));
    for (const auto& c : roc_.curves) {
        const QString text = (c.target == RocTarget::Melanoma ? tr("melanoma vs rest")
                                                                : tr("malignant vs benign")) +
                             QStringLiteral(" · AUC %1").arg(c.auc, 0, 'f', 3);
        const double w = fm.horizontalAdvance(text);
        painter.setPen(QPen(colourOf(c.target), 3));
        painter.drawLine(at + QPointF(-w - 26, fm.height() / 2.0), at + QPointF(-w - 10, fm.height() / 2.0));
        painter.setPen(QColor(40, 46, 56));
        painter.drawText(QRectF(at.x() - w - 4, at.y(), w + 4, fm.height()), Qt::AlignRight, text);
        at.ry() += fm.height();
    }
}

}  // namespace dermalens::ui
