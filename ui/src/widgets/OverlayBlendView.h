// OverlayBlendView: the AFTER image warped onto the BEFORE image with the registration's
// transform, blended by a slider (0 % = before only, 100 % = after only). Without a trusted
// registration it shows a message instead: an unaligned overlay would mislead.
#pragma once

#include <QImage>
#include <QWidget>

#include "dermalens/followup/Registration.h"

class QLabel;
class QSlider;

namespace dermalens::ui {

class OverlayBlendView : public QWidget {
    Q_OBJECT
public:
    explicit OverlayBlendView(QWidget* parent = nullptr);

    // `transform` maps BEFORE pixels to AFTER pixels (RegistrationResult::transform).
    void setImages(const QImage& before, const QImage& after, const AffineTransform& transform);
    // No overlay: `text` says why (e.g. the registration is not trusted, and its reason).
    void showMessage(const QString& text);
    void setBlend(int percent);
    [[nodiscard]] int blend() const;
    [[nodiscard]] QSlider* slider() const { return slider_; }
    [[nodiscard]] bool hasOverlay() const { return !composite_.isNull(); }
    [[nodiscard]] QString message() const;
    // What is shown, at BEFORE's resolution (null when there is no overlay).
    [[nodiscard]] QImage composite() const { return composite_; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    void recompose();
    [[nodiscard]] QRect canvasRect() const;

    QImage before_, afterAligned_, composite_;
    QSlider* slider_ = nullptr;
    QLabel* value_ = nullptr;
    QLabel* message_ = nullptr;
};

}  // namespace dermalens::ui
