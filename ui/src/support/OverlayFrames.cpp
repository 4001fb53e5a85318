#include "support/OverlayFrames.h"

#include <QPainter>
#include <algorithm>
#include <cmath>

namespace dermalens::ui {
namespace {

// Qt's (m11, m12, m21, m22, dx, dy) maps x' = m11 x + m21 y + dx, y' = m12 x + m22 y + dy.
QTransform toQTransform(const AffineTransform& t) {
    const auto& m = t.matrix;
    return QTransform(m[0], m[3], m[1], m[4], m[2], m[5]);
}

QImage blackCanvas(QSize size) {
    QImage canvas(size, QImage::Format_RGB32);
    canvas.fill(Qt::black);
    return canvas;
}

}  // namespace

QImage alignedAfter(const QImage& before, const QImage& after, const AffineTransform& transform) {
    QImage out = blackCanvas(before.size());
    QPainter painter(&out);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.setTransform(toQTransform(transform).inverted());
    painter.drawImage(0, 0, after);
    return out;
}

QImage unalignedAfter(const QImage& before, const QImage& after) {
    QImage out = blackCanvas(before.size());
    const QSize size = after.size().scaled(before.size(), Qt::KeepAspectRatio);
    const QRect target(
        QPoint((before.width() - size.width()) / 2, (before.height() - size.height()) / 2), size);
    QPainter painter(&out);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.drawImage(target, after);
    return out;
}

QImage blendFrames(const QImage& before, const QImage& after, int percent) {
    QImage out = before.convertToFormat(QImage::Format_RGB32);
    QPainter painter(&out);
    painter.setOpacity(std::clamp(percent, 0, 100) / 100.0);
    painter.drawImage(0, 0, after);
    return out;
}

int swipeColumn(int width, double fraction) {
    return std::clamp(static_cast<int>(std::lround(fraction * width)), 0, width);
}

QImage swipeFrames(const QImage& before, const QImage& after, double fraction) {
    QImage out = before.convertToFormat(QImage::Format_RGB32);
    const int column = swipeColumn(out.width(), fraction);
    QPainter painter(&out);
    painter.drawImage(QRect(column, 0, out.width() - column, out.height()), after,
                      QRect(column, 0, out.width() - column, out.height()));
    return out;
}

}  // namespace dermalens::ui
