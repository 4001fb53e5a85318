// WorkspaceService: the one Workspace (record store, import, model) the window works on.
//
// The Workspace is thread-safe and shared: background tasks hold a reference, so a store
// switch or the window closing never pulls it from under a running task. Calls that may take
// more than a few ms go through run(), on the global pool; the caller continues with
// .then(this, ...) on its own thread.
#pragma once

#include <QFuture>
#include <QObject>
#include <QString>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>
#include <memory>
#include <type_traits>

#include "dermalens/workspace/Workspace.h"

namespace dermalens::ui {

class WorkspaceService : public QObject {
    Q_OBJECT
public:
    explicit WorkspaceService(QObject* parent = nullptr);
    ~WorkspaceService() override;

    // Opens (creating when missing) the store in `directory` and makes it current.
    // Returns the error message, or empty on success; on failure the previous store stays.
    QString open(const QString& directory);
    [[nodiscard]] bool isOpen() const { return workspace_ != nullptr; }
    [[nodiscard]] QString directory() const { return directory_; }
    // Null until a store is open. Short reads may use it on the GUI thread.
    [[nodiscard]] std::shared_ptr<Workspace> workspace() const { return workspace_; }

    // Runs `call(Workspace&)` (returning a Result) on the global pool. With no store open the
    // future is ready at once with an error.
    template <typename F>
    auto run(F call) const -> QFuture<std::invoke_result_t<F, Workspace&>> {
        using R = std::invoke_result_t<F, Workspace&>;
        if (!workspace_)
            return QtFuture::makeReadyFuture(
                R(tl::unexpected(Error{ErrorCode::NotFound, {}, "no record store is open"})));
        return QtConcurrent::run(
            QThreadPool::globalInstance(),
            [ws = workspace_, call = std::move(call)]() mutable { return call(*ws); });
    }

    // Tells listeners that patients, lesions or images were added, moved or deleted.
    void announceRecordsChanged() { Q_EMIT recordsChanged(); }

    // Registration + change measures of two images (0.3-1 s) on the pool; the answer comes
    // back on the GUI thread as comparisonReady or comparisonFailed with the same ids.
    void compareVisits(const ImageId& before, const ImageId& after);
    // The image quality checks of one stored image (decode + checks, ~10-50 ms) on the pool;
    // answered on the GUI thread as imageQualityReady or imageQualityFailed with the id.
    void requestImageQuality(const ImageId& id);

Q_SIGNALS:
    void workspaceChanged();  // another store was opened
    void recordsChanged();
    void comparisonReady(const dermalens::ImageId& before, const dermalens::ImageId& after,
                         const dermalens::VisitComparison& comparison);
    void comparisonFailed(const dermalens::ImageId& before, const dermalens::ImageId& after,
                          const QString& message);
    void imageQualityReady(const dermalens::ImageId& id,
                           const dermalens::ImageQualityReport& report);
    void imageQualityFailed(const dermalens::ImageId& id, const QString& message);

private:
    std::shared_ptr<Workspace> workspace_;
    QString directory_;
};

}  // namespace dermalens::ui
