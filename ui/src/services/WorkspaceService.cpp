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

}  // namespace dermalens::ui
