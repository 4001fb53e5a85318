#include "widgets/BodyMapView.h"

#include <QCoreApplication>
#include <QHelpEvent>
#include <QLineF>
#include <QMouseEvent>
#include <QPainter>
#include <QSvgRenderer>
#include <QToolTip>
#include <algorithm>
#include <cmath>

#include "support/FlagBadge.h"

namespace dermalens::ui {
namespace {

constexpr double kCaption = 30;  // above the figures: "Front", "Back"
constexpr double kMargin = 12;
constexpr double kGap = 28;      // between the two figures
constexpr double kPinRadius = 10;
constexpr double kHitRadius = 13;
const QColor kPin(55, 71, 79);
const QColor kOutlier(200, 40, 40);
const QColor kAccent(38, 110, 190);

// The region names of core/src/followup/BodyMap.cpp, for lupdate and translation.
[[maybe_unused]] const char* const kSiteNames[] = {
    QT_TRANSLATE_NOOP("BodyMapView", "face"),      QT_TRANSLATE_NOOP("BodyMapView", "scalp"),
    QT_TRANSLATE_NOOP("BodyMapView", "neck"),      QT_TRANSLATE_NOOP("BodyMapView", "chest"),
    QT_TRANSLATE_NOOP("BodyMapView", "upper back"), QT_TRANSLATE_NOOP("BodyMapView", "abdomen"),
    QT_TRANSLATE_NOOP("BodyMapView", "lower back"), QT_TRANSLATE_NOOP("BodyMapView", "groin"),
    QT_TRANSLATE_NOOP("BodyMapView", "buttock"),   QT_TRANSLATE_NOOP("BodyMapView", "upper arm"),
    QT_TRANSLATE_NOOP("BodyMapView", "forearm"),   QT_TRANSLATE_NOOP("BodyMapView", "hand"),
    QT_TRANSLATE_NOOP("BodyMapView", "thigh"),     QT_TRANSLATE_NOOP("BodyMapView", "lower leg"),
    QT_TRANSLATE_NOOP("BodyMapView", "foot"),
};

QString stripSide(const std::string& words) {
    QString text = QString::fromStdString(words);
    for (const QString& prefix : {QStringLiteral("left "), QStringLiteral("right ")})
        if (text.startsWith(prefix)) return text.mid(prefix.size());
    return text;
}

}  // namespace

BodyMapView::BodyMapView(QWidget* parent)
    : QWidget(parent),
      front_(std::make_unique<QSvgRenderer>(QStringLiteral(":/bodymap/front.svg"))),
      back_(std::make_unique<QSvgRenderer>(QStringLiteral(":/bodymap/back.svg"))) {
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setAccessibleName(tr("Body map"));
    setCursor(Qt::CrossCursor);
}

BodyMapView::~BodyMapView() = default;

QSize BodyMapView::sizeHint() const { return {480, 560}; }
QSize BodyMapView::minimumSizeHint() const { return {260, 300}; }

void BodyMapView::setPins(std::vector<BodyMapPin> pins) {
    pins_ = std::move(pins);
    hoverPin_ = -1;
    update();
}

QString BodyMapView::siteText(const BodySite& site) {
    const QByteArray words = stripSide(site.words).toUtf8();
    const QString name = QCoreApplication::translate("BodyMapView", words.constData());
    if (site.laterality == "L") return tr("left %1").arg(name);
    if (site.laterality == "R") return tr("right %1").arg(name);
    return name;
}

// Each figure keeps the SVG's 1:2 frame; the two share the height that fits. Only the middle
// kFigure of a frame holds the figure (the arms end at 0.18 and 0.82), so the frames may
// overlap by their empty sides.
QRectF BodyMapView::frame(BodyView view) const {
    constexpr double kFigure = 0.8;
    const QRectF area = QRectF(rect()).adjusted(kMargin, kCaption, -kMargin, -kMargin);
    const double height = std::max(1.0, std::min(area.height(), (area.width() - kGap) / kFigure));
    const double width = height / 2;
    const double step = width * kFigure + kGap;  // centre to centre
    const double centre = area.center().x() + (view == BodyView::Front ? -step : step) / 2;
    return {centre - width / 2, area.top(), width, height};
}

QPointF BodyMapView::pointOf(const BodyMapPosition& p) const {
    const QRectF f = frame(p.view);
    return {f.left() + p.x * f.width(), f.top() + p.y * f.height()};
}

std::optional<BodyMapPosition> BodyMapView::positionAt(const QPointF& point) const {
    // Where the frames overlap, the point belongs to the nearer figure.
    const BodyView view = point.x() < (frame(BodyView::Front).center().x() +
                                       frame(BodyView::Back).center().x()) / 2
                              ? BodyView::Front
                              : BodyView::Back;
    const QRectF f = frame(view);
    if (!f.contains(point)) return std::nullopt;
    return BodyMapPosition{view, (point.x() - f.left()) / f.width(),
                           (point.y() - f.top()) / f.height()};
}

int BodyMapView::pinAt(const QPointF& point) const {
    for (int i = static_cast<int>(pins_.size()) - 1; i >= 0; --i) {
        const QPointF d = pointOf(pins_[i].position) - point;
        if (std::hypot(d.x(), d.y()) <= kHitRadius) return i;
    }
    return -1;
}

QString BodyMapView::pinToolTip(const BodyMapPin& pin) const {
    QStringList lines{pin.label};
    if (!pin.site.isEmpty()) lines << pin.site;
    if (pin.rank > 0)
        lines << (pin.outlier ? tr("Ugly-duckling rank %1: the most unusual lesion").arg(pin.rank)
                              : tr("Ugly-duckling rank %1").arg(pin.rank));
    if (pin.flag) lines << FlagBadge::description(*pin.flag);
    lines << (pin.images > 0 ? tr("%n image(s) — click to open", "", pin.images)
                             : tr("No images yet: assign images to this lesion"));
    return lines.join(u'\n');
}

void BodyMapView::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(rect(), palette().base());
    for (BodyView view : {BodyView::Front, BodyView::Back}) paintFigure(painter, view);
    const std::vector<QRectF> labels = labelBoxes(labelFont());
    for (int i = 0; i < static_cast<int>(pins_.size()); ++i)
        paintPin(painter, pins_[i], i == hoverPin_, labels[i]);
}

// The figure with its caption and the patient's sides (the back view is seen from behind).
void BodyMapView::paintFigure(QPainter& painter, BodyView view) const {
    const QRectF f = frame(view);
    (view == BodyView::Front ? front_ : back_)->render(&painter, f);
    QFont bold = font();
    bold.setBold(true);
    painter.setFont(bold);
    painter.setPen(palette().color(QPalette::Text));
    const QRectF caption(f.left(), f.top() - kCaption, f.width(), kCaption - 4);
    painter.drawText(caption, Qt::AlignHCenter | Qt::AlignBottom,
                     view == BodyView::Front ? tr("Front") : tr("Back"));
    painter.setFont(font());
    painter.setPen(QColor(110, 118, 130));
    const bool front = view == BodyView::Front;
    const QRectF sides = caption.adjusted(f.width() * 0.12, 0, -f.width() * 0.12, 0);
    painter.drawText(sides, Qt::AlignLeft | Qt::AlignBottom,
                     front ? tr("R", "patient's right") : tr("L", "patient's left"));
    painter.drawText(sides, Qt::AlignRight | Qt::AlignBottom,
                     front ? tr("L", "patient's left") : tr("R", "patient's right"));
}

QFont BodyMapView::labelFont() const {
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    return small;
}

double BodyMapView::labelWidth(const BodyMapPin& pin, const QFont& small) const {
    const QFontMetricsF fm(small);
    const double badge =
        FlagBadge::shown(pin.flag) ? FlagBadge::rect(*pin.flag, small, {}).width() + 4 : 0;
    return fm.horizontalAdvance(fm.elidedText(pin.label, Qt::ElideRight, 120)) + 10 + badge;
}

// Each pin's label (with its badge) beside it: outward from the midline first, then the other
// side, then a line higher or lower, the first place inside the widget that covers no other
// label and no pin.
std::vector<QRectF> BodyMapView::labelBoxes(const QFont& small) const {
    const double height = QFontMetricsF(small).height() + 4;
    std::vector<QRectF> placed, discs;
    for (const BodyMapPin& pin : pins_) {
        const QPointF at = pointOf(pin.position);
        discs.push_back(QRectF(at, QSizeF()).adjusted(-kPinRadius, -kPinRadius, kPinRadius, kPinRadius));
    }
    for (const BodyMapPin& pin : pins_) {
        const QPointF at = pointOf(pin.position);
        const double width = labelWidth(pin, small);
        const bool outwardLeft = pin.position.x < 0.5;
        std::optional<QRectF> chosen;
        for (double dy : {0.0, -height - 2, height + 2, -2 * height - 4, 2 * height + 4}) {
            for (bool left : {outwardLeft, !outwardLeft}) {
                const double x = left ? at.x() - kPinRadius - 4 - width : at.x() + kPinRadius + 4;
                const QRectF box(x, at.y() - height / 2 + dy, width, height);
                auto covers = [&box](const QRectF& r) { return box.intersects(r); };
                if (!QRectF(rect()).contains(box) || std::any_of(placed.begin(), placed.end(), covers) ||
                    std::any_of(discs.begin(), discs.end(), covers))
                    continue;
                chosen = box;
                break;
            }
            if (chosen) break;
        }
        placed.push_back(chosen.value_or(
            QRectF(at.x() + kPinRadius + 4, at.y() - height / 2, width, height)));
    }
    return placed;
}

// The disc: the rank inside, red for the most unusual lesion, hollow without images.
void BodyMapView::paintDisc(QPainter& painter, const BodyMapPin& pin, bool hovered) const {
    const QPointF at = pointOf(pin.position);
    const QColor fill = pin.outlier ? kOutlier : kPin;
    painter.setPen(QPen(hovered ? kAccent : QColor(Qt::white), hovered ? 3 : 2));
    painter.setBrush(pin.images > 0 ? fill : QColor(Qt::white));
    painter.drawEllipse(at, kPinRadius, kPinRadius);
    if (pin.images == 0) {
        painter.setPen(QPen(fill, 2));
        painter.setBrush(Qt::NoBrush);
        painter.drawEllipse(at, kPinRadius - 2, kPinRadius - 2);
    }
    const QFont small = labelFont();
    if (pin.rank > 0) {
        QFont bold = small;
        bold.setBold(true);
        painter.setFont(bold);
        painter.setPen(Qt::white);
        painter.drawText(QRectF(at.x() - kPinRadius, at.y() - kPinRadius, 2 * kPinRadius,
                                2 * kPinRadius),
                         Qt::AlignCenter, QString::number(pin.rank));
    }
}

// The disc, then the label and its flag badge in `box`, the badge on the side away from the pin.
void BodyMapView::paintPin(QPainter& painter, const BodyMapPin& pin, bool hovered,
                           const QRectF& box) const {
    paintDisc(painter, pin, hovered);
    const QPointF at = pointOf(pin.position);
    const QFont small = labelFont();
    const QFontMetricsF fm(small);
    const bool badge = FlagBadge::shown(pin.flag);
    const double badgeWidth = badge ? FlagBadge::rect(*pin.flag, small, {}).width() + 4 : 0;
    const bool leftOfPin = box.center().x() < at.x();
    const QRectF labelBox = leftOfPin ? box.adjusted(badgeWidth, 0, 0, 0)
                                      : box.adjusted(0, 0, -badgeWidth, 0);
    if (std::abs(box.center().y() - at.y()) > 1) {  // moved up or down: a leader line
        painter.setPen(QPen(QColor(150, 158, 170), 1));
        painter.drawLine(at, QPointF(leftOfPin ? labelBox.right() : labelBox.left(),
                                     labelBox.center().y()));
    }
    painter.setPen(QPen(QColor(190, 198, 208), 1));
    painter.setBrush(QColor(255, 255, 255, 225));
    painter.drawRoundedRect(labelBox, 3, 3);
    painter.setFont(small);
    painter.setPen(QColor(25, 30, 38));
    painter.drawText(labelBox, Qt::AlignCenter, fm.elidedText(pin.label, Qt::ElideRight, 120));
    if (badge) {
        const double bx = leftOfPin ? box.left() : labelBox.right() + 4;
        const double bh = FlagBadge::rect(*pin.flag, small, {}).height();
        FlagBadge::paint(&painter, *pin.flag, small, QPointF(bx, box.center().y() - bh / 2));
    }
}

void BodyMapView::mousePressEvent(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton) return QWidget::mousePressEvent(event);
    pressedAt_ = event->position();
}

// On release, as buttons do: the press that opens a lesion page ends on this widget.
void BodyMapView::mouseReleaseEvent(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton || !pressedAt_) return QWidget::mouseReleaseEvent(event);
    const QPointF pressed = *pressedAt_;
    pressedAt_.reset();
    if (QLineF(pressed, event->position()).length() > kHitRadius) return;  // a drag
    const int pin = pinAt(pressed);
    if (pin >= 0) {
        Q_EMIT lesionActivated(pins_[pin].lesion);
        return;
    }
    const auto position = positionAt(pressed);
    if (position && bodySiteAt(*position)) Q_EMIT placeRequested(*position);
}

void BodyMapView::mouseMoveEvent(QMouseEvent* event) {
    updateHover(event->position());
    QWidget::mouseMoveEvent(event);
}

void BodyMapView::leaveEvent(QEvent* event) {
    updateHover(QPointF(-1, -1));
    QWidget::leaveEvent(event);
}

void BodyMapView::updateHover(const QPointF& point) {
    const int pin = pinAt(point);
    if (pin != hoverPin_) {
        hoverPin_ = pin;
        update();
    }
    QString text;
    const auto position = positionAt(point);
    const auto site = position ? bodySiteAt(*position) : std::nullopt;
    if (site)
        text = (position->view == BodyView::Front ? tr("Front") : tr("Back")) +
               QStringLiteral(" · ") + siteText(*site);
    if (pin >= 0) text = pins_[pin].label + QStringLiteral(" · ") + text;
    setCursor(pin >= 0 ? Qt::PointingHandCursor : Qt::CrossCursor);
    if (text == hover_) return;
    hover_ = text;
    Q_EMIT hoverChanged(hover_);
}

bool BodyMapView::event(QEvent* event) {
    if (event->type() != QEvent::ToolTip) return QWidget::event(event);
    auto* help = static_cast<QHelpEvent*>(event);
    const int pin = pinAt(help->pos());
    if (pin >= 0)
        QToolTip::showText(help->globalPos(), pinToolTip(pins_[pin]), this);
    else
        QToolTip::hideText();
    return true;
}

}  // namespace dermalens::ui
