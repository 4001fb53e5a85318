// OverlayBlendView: the AFTER image warped onto the BEFORE image with the registration's
// transform, shown three ways: a BLEND by a slider (0 % = before only, 100 % = after only),
// a FLICKER that alternates the two at a set rate (with a pause: changes jump out), and a
// SWIPE with a draggable vertical divider (before left, after right). Without a trusted
// registration the two images are shown unaligned (AFTER merely scaled into BEFORE's frame)
// under a warning that says so and why: a wrong alignment must never look like a good one.
#pragma once

#include <QImage>
#include <QWidget>

#include "dermalens/followup/Registration.h"

class QComboBox;
class QLabel;
class QSlider;
class QSpinBox;
class QStackedWidget;
class QTimer;
class QToolButton;

namespace dermalens::ui {

class OverlayBlendView : public QWidget {
    Q_OBJECT
public:
    enum class Mode { Blend = 0, Flicker = 1, Swipe = 2 };

    explicit OverlayBlendView(QWidget* parent = nullptr);

    // `transform` maps BEFORE pixels to AFTER pixels (RegistrationResult::transform).
    void setImages(const QImage& before, const QImage& after, const AffineTransform& transform);
    // The alignment is not trusted: both images unaligned, `warning` says so and why.
    void setUnalignedImages(const QImage& before, const QImage& after, const QString& warning);
    // No overlay: `text` says why (e.g. the comparison failed, or is still running).
    void showMessage(const QString& text);

    void setMode(Mode mode);
    [[nodiscard]] Mode mode() const { return mode_; }
    [[nodiscard]] QComboBox* modeSelector() const { return modes_; }
    void setBlend(int percent);
    [[nodiscard]] int blend() const;
    [[nodiscard]] QSlider* slider() const { return slider_; }
    // Flicker: milliseconds each image stays; paused keeps the frame shown.
    void setFlickerInterval(int ms);
    [[nodiscard]] int flickerInterval() const;
    void setFlickerPaused(bool paused);
    [[nodiscard]] bool flickerPaused() const;
    [[nodiscard]] bool flickerShowsAfter() const { return flickerAfter_; }
    // Swipe: the divider as a fraction of the width (0 = all after, 1 = all before).
    void setDivider(double fraction);
    [[nodiscard]] double divider() const { return divider_; }

    [[nodiscard]] bool hasOverlay() const { return !composite_.isNull(); }
    [[nodiscard]] bool aligned() const { return hasOverlay() && aligned_; }
    [[nodiscard]] QString message() const;  // the message, else the unaligned warning
    // What is shown, at BEFORE's resolution (null when there is no overlay).
    [[nodiscard]] QImage composite() const { return composite_; }
    // Where the composite is drawn in this widget (empty without one).
    [[nodiscard]] QRect imageRect() const;

Q_SIGNALS:
    void frameChanged();  // the composite changed (mode, blend, flicker tick, divider)

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    QWidget* buildControls();
    QWidget* buildBlendRow();
    QWidget* buildFlickerRow();
    void showFrames(const QImage& before, const QImage& afterInFrame, bool aligned);
    void recompose();
    void updateTimer();
    void dragDivider(QPointF at);
    void paintMarks(QPainter& painter, const QRect& target) const;
    void paintTag(QPainter& painter, const QRect& target, const QString& text,
                  Qt::Alignment corner) const;

    QImage before_, afterInFrame_, composite_;
    bool aligned_ = false;
    Mode mode_ = Mode::Blend;
    bool flickerAfter_ = false;
    double divider_ = 0.5;
    bool dragging_ = false;
    QComboBox* modes_ = nullptr;
    QStackedWidget* controls_ = nullptr;
    QSlider* slider_ = nullptr;
    QLabel* value_ = nullptr;
    QSpinBox* interval_ = nullptr;
    QToolButton* pause_ = nullptr;
    QTimer* timer_ = nullptr;
    QLabel* warning_ = nullptr;
    QLabel* message_ = nullptr;
    QLabel* caption_ = nullptr;
};

}  // namespace dermalens::ui
