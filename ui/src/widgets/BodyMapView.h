// BodyMapView: the patient's lesions as pins on the front and back body diagram
// (resources/bodymap/*.svg, drawn in BodyMapPosition's normalised frame, so the core's region
// boxes match the figure). A pin shows the lesion's ugly-duckling rank in its disc, its label
// beside it and the follow-up flag (new / changed) as a FlagBadge. Clicking a pin activates
// its lesion; clicking the figure elsewhere asks to place a lesion there; the body site under
// the cursor is announced as a hint.
#pragma once

#include <QWidget>
#include <memory>
#include <optional>
#include <vector>

#include "dermalens/followup/BodyMap.h"
#include "dermalens/followup/FollowUpReports.h"
#include "support/RecordTypes.h"

class QSvgRenderer;

namespace dermalens::ui {

struct BodyMapPin {
    LesionId lesion;
    QString label;
    BodyMapPosition position;
    QString site;                    // the lesion's body site words
    int rank = 0;                    // ugly-duckling rank, 0 = not ranked
    bool outlier = false;            // rank 1 and clearly unusual
    std::optional<LesionFlag> flag;  // nullopt until the follow-up flags are known
    int images = 0;
};

class BodyMapView : public QWidget {
    Q_OBJECT
public:
    explicit BodyMapView(QWidget* parent = nullptr);
    ~BodyMapView() override;

    void setPins(std::vector<BodyMapPin> pins);
    [[nodiscard]] const std::vector<BodyMapPin>& pins() const { return pins_; }
    // Where a map position is drawn (widget coordinates), and back: nullopt outside both
    // figures' frames.
    [[nodiscard]] QPointF pointOf(const BodyMapPosition& position) const;
    [[nodiscard]] std::optional<BodyMapPosition> positionAt(const QPointF& point) const;
    [[nodiscard]] int pinAt(const QPointF& point) const;  // index into pins(), -1 for none
    [[nodiscard]] QString pinToolTip(const BodyMapPin& pin) const;
    // "Front · left forearm" for the site under the cursor, empty beside the figure.
    [[nodiscard]] QString hoverText() const { return hover_; }
    // The site words in the UI language ("left forearm").
    [[nodiscard]] static QString siteText(const BodySite& site);

    [[nodiscard]] QSize sizeHint() const override;
    [[nodiscard]] QSize minimumSizeHint() const override;

Q_SIGNALS:
    void lesionActivated(dermalens::LesionId lesion);
    void placeRequested(const dermalens::BodyMapPosition& position);
    void hoverChanged(const QString& text);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;
    bool event(QEvent* event) override;

private:
    [[nodiscard]] QRectF frame(BodyView view) const;
    void paintFigure(QPainter& painter, BodyView view) const;
    void paintPin(QPainter& painter, const BodyMapPin& pin, bool hovered, const QRectF& box) const;
    void paintDisc(QPainter& painter, const BodyMapPin& pin, bool hovered) const;
    [[nodiscard]] QFont labelFont() const;
    [[nodiscard]] double labelWidth(const BodyMapPin& pin, const QFont& small) const;
    [[nodiscard]] std::vector<QRectF> labelBoxes(const QFont& small) const;
    void updateHover(const QPointF& point);

    std::unique_ptr<QSvgRenderer> front_, back_;
    std::vector<BodyMapPin> pins_;
    QString hover_;
    int hoverPin_ = -1;
    std::optional<QPointF> pressedAt_;
};

}  // namespace dermalens::ui
