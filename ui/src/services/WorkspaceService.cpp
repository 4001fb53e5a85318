#include "services/WorkspaceService.h"

#include "support/QtConvert.h"
#include "support/RecordTypes.h"

namespace dermalens::ui {

WorkspaceService::WorkspaceService(QObject* parent) : QObject(parent) { registerRecordTypes(); }

WorkspaceService::~WorkspaceService() = default;

QString WorkspaceService::open(const QString& directory) {
    auto opened = Workspace::open(toPath(directory));
    if (!opened) return qs(opened.error().message());
    workspace_ = std::make_shared<Workspace>(std::move(*opened));
    directory_ = directory;
    Q_EMIT workspaceChanged();
    return {};
}

void WorkspaceService::compareVisits(const ImageId& before, const ImageId& after) {
    run([before, after](Workspace& ws) { return ws.compareVisits(before, after); })
        .then(this, [this, before, after](const Result<VisitComparison>& comparison) {
            if (comparison)
                Q_EMIT comparisonReady(before, after, *comparison);
            else
                Q_EMIT comparisonFailed(before, after, qs(comparison.error().message()));
        });
}

void WorkspaceService::requestImageQuality(const ImageId& id) {
    run([id](Workspace& ws) { return ws.imageQuality(id); })
        .then(this, [this, id](const Result<ImageQualityReport>& report) {
            if (report)
                Q_EMIT imageQualityReady(id, *report);
            else
                Q_EMIT imageQualityFailed(id, qs(report.error().message()));
        });
}

}  // namespace dermalens::ui
