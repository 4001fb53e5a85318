#include "widgets/ProbabilityBar.h"

#include <QPainter>
#include <algorithm>

namespace dermalens::ui {

ProbabilityBar::ProbabilityBar(QWidget* parent) : QWidget(parent) {
    QSizePolicy policy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

void ProbabilityBar::setValue(const QString& name, double probability, bool malignant, bool top) {
    name_ = name;
    probability_ = std::clamp(probability, 0.0, 1.0);
    malignant_ = malignant;
    top_ = top;
    setAccessibleName(QStringLiteral("%1: %2 %").arg(name).arg(probability * 100, 0, 'f', 1));
    setToolTip(malignant ? tr("%1 (malignant class)").arg(name) : name);
    update();
}

QSize ProbabilityBar::sizeHint() const { return {240, heightForWidth(240)}; }

QString ProbabilityBar::percentText() const {
    return QStringLiteral("%1 %").arg(probability_ * 100, 0, 'f', 1);
}

QFont ProbabilityBar::labelFont() const {
    QFont font = this->font();
    font.setBold(top_);
    return font;
}

int ProbabilityBar::nameLines(int width) const {
    const QFontMetrics fm(labelFont());
    const int available = width - fm.horizontalAdvance(percentText()) - 12;
    return fm.horizontalAdvance(name_) <= available ? 1 : 2;
}

int ProbabilityBar::heightForWidth(int width) const {
    return QFontMetrics(labelFont()).height() * (nameLines(width) + 1) + 8;
}

void ProbabilityBar::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setFont(labelFont());
    const QFontMetrics fm(labelFont());
    const int textH = fm.height() * nameLines(width());
    painter.setPen(palette().color(QPalette::WindowText));
    const QString percent = percentText();
    const QRect textRect(0, 0, width(), textH);
    painter.drawText(textRect, Qt::AlignRight | Qt::AlignTop, percent);
    const int percentW = fm.horizontalAdvance(percent) + 12;
    painter.drawText(textRect.adjusted(0, 0, -percentW, 0),
                     Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, name_);
    const QRectF track(0, textH + 3, width(), 7);
    painter.setPen(Qt::NoPen);
    painter.setBrush(palette().color(QPalette::Midlight));
    painter.drawRoundedRect(track, 3.5, 3.5);
    // Malignant classes in a warm colour, benign in the accent blue; both readable by CVD users
    // because the name and the number carry the meaning, not the colour.
    const QColor fill = malignant_ ? QColor(196, 78, 62) : QColor(52, 120, 198);
    QRectF bar = track;
    bar.setWidth(std::max(track.height(), track.width() * probability_));
    painter.setBrush(fill);
    if (probability_ > 0.001) painter.drawRoundedRect(bar, 3.5, 3.5);
}

}  // namespace dermalens::ui
