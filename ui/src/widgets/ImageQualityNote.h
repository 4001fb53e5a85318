// ImageQualityNote: the "Image quality" section beside the prediction: one warning line per
// quality check that fired on the shown image (blur, exposure, ink, ruler, hair), else a
// short all-clear. The checks run in the Workspace off the GUI thread (WorkspaceService); the
// figures behind each line are in its tooltip.
#pragma once

#include <QPointer>
#include <QWidget>

#include "dermalens/quality/ImageQuality.h"
#include "dermalens/records/Ids.h"

class QLabel;

namespace dermalens::ui {

class WorkspaceService;

class ImageQualityNote : public QWidget {
    Q_OBJECT
public:
    explicit ImageQualityNote(QWidget* parent = nullptr);

    // Checks `id` through `service`; the answer for another image (the user moved on) is
    // ignored.
    void showImage(WorkspaceService* service, const ImageId& id);
    void setReport(const ImageQualityReport& report);
    void setProblem(const QString& message);
    void clear();

    [[nodiscard]] bool hasWarning() const { return warning_; }
    // The shown lines as plain text (for the exported summary); empty while nothing is shown.
    [[nodiscard]] QString text() const;
    // "Blurred image — prediction may be unreliable", ... (one per check).
    [[nodiscard]] static QString warningLine(QualityCheck check);

private:
    void connectService(WorkspaceService* service);

    QPointer<WorkspaceService> service_;
    ImageId imageId_;
    bool warning_ = false;
    QLabel* title_ = nullptr;
    QLabel* body_ = nullptr;
};

}  // namespace dermalens::ui
