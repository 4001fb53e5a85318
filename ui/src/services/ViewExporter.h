// ViewExporter: turns the current view into a self-describing PNG: image with overlay, the
// prediction in words, the model name/version and "decision support, not a diagnosis".
#pragma once

#include <QCoreApplication>
#include <QImage>
#include <QString>

namespace dermalens::ui {

class ViewExporter {
    // The full name, as lupdate files the tr() strings of this class under it.
    Q_DECLARE_TR_FUNCTIONS(dermalens::ui::ViewExporter)
public:
    // Composes the report image: `view` on the left, a text column on the right.
    [[nodiscard]] static QImage compose(const QImage& view, const QString& title,
                                        const QString& predictionText, const QString& model);
    // Writes `image` as PNG; returns an error message naming the file, or empty on success.
    [[nodiscard]] static QString savePng(const QImage& image, const QString& path);
};

}  // namespace dermalens::ui
