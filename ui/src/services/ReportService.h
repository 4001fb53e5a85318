// ReportService: the PDF report off the GUI thread. prepare() gathers what the report says
// (Workspace::reportContent; may compute missing Grad-CAM maps) and renders the preview pages;
// save() writes the same content as a PDF and records the export in the audit trail.
// Both run on the global pool through WorkspaceService and never touch a widget.
#pragma once

#include <QFuture>
#include <QImage>
#include <QString>
#include <memory>
#include <optional>
#include <vector>

#include "dermalens/model/OperatingPoint.h"
#include "dermalens/output/ReportContent.h"
#include "dermalens/records/Ids.h"

namespace dermalens::ui {

class WorkspaceService;

struct ReportRequest {
    PatientId patient;
    std::optional<LesionId> lesion;  // only this lesion, else the whole patient
    QString language = QStringLiteral("en");
    bool deidentify = false;
    QString clinicName;
    QString logoFile;  // empty: no logo
    OperatingPointChoice operatingPoint;  // the viewer's setting, resolved on the loaded card
};

struct ReportPreview {
    std::shared_ptr<const ReportContent> content;  // null when gathering failed
    std::vector<QImage> pages;
    QString error;    // why there is no preview, empty on success
    QString warning;  // e.g. the logo could not be read (the report has none)
};

struct ReportSaved {
    int pages = 0;
    QString error;       // the PDF was not written
    QString auditError;  // written, but the audit trail did not record it
};

class ReportService {
public:
    static constexpr int kPreviewDpi = 80;

    explicit ReportService(const WorkspaceService* store) : store_(store) {}

    [[nodiscard]] QFuture<ReportPreview> prepare(const ReportRequest& request) const;
    // Writes `content` (from prepare with the same request) to `file`.
    [[nodiscard]] QFuture<ReportSaved> save(const ReportRequest& request,
                                            std::shared_ptr<const ReportContent> content,
                                            const QString& file) const;

private:
    const WorkspaceService* store_;
};

}  // namespace dermalens::ui
