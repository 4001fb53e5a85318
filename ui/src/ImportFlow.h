// ImportFlow: files and folders into the record store, in three steps the user can follow.
//
// 1. Plan (Workspace::planImport) on the global pool, with progress and Cancel.
// 2. When items need review, the ImportReviewDialog; nothing is committed before the user
//    confirms (Cancel there leaves the store untouched). Without review items: straight on.
// 3. Commit (Workspace::commitImport) on the global pool, with progress and Cancel; each image
//    is its own transaction, so a cancelled commit keeps what it finished.
// The summary (imported, duplicates, skipped with reasons) is announced for the status bar and
// the Problems dialog.
#pragma once

#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include "dermalens/Result.h"
#include "dermalens/importing/ImportOptions.h"
#include "dermalens/importing/ImportPlan.h"
#include "support/RecordTypes.h"

class QWidget;

namespace dermalens::ui {

class ImportReviewDialog;
class TaskProgress;
class WorkspaceService;

class ImportFlow : public QObject {
    Q_OBJECT
public:
    ImportFlow(WorkspaceService* store, QWidget* window);
    ~ImportFlow() override;

    // Starts an import; ignored (with a status message) while one runs. `showKey`: prefer the
    // patient whose external id contains it when announcing which patient to show.
    void start(const QStringList& paths, const ImportOptions& options = {},
               const QString& showKey = {});
    void cancel();
    [[nodiscard]] bool busy() const { return stage_ != Stage::Idle; }
    // The review dialog while it is open (tests drive it through this).
    [[nodiscard]] ImportReviewDialog* reviewDialog() const;
    [[nodiscard]] TaskProgress* progress() const { return progress_; }

    [[nodiscard]] static QString summaryText(const ImportSummary& summary);

Q_SIGNALS:
    void reviewShown(dermalens::ui::ImportReviewDialog* dialog);
    // Committed (possibly nothing new); `patient` is the one to show (invalid when none).
    void finished(const dermalens::ImportSummary& summary, dermalens::PatientId patient);
    // Cancelled, failed, or nothing readable; the message says which.
    void failed(const QString& message);
    void problem(const QString& path, const QString& reason);
    void statusMessage(const QString& text);

private:
    enum class Stage { Idle, Planning, Reviewing, Committing };
    struct Planned;
    struct Committed;

    void onPlanned(Result<Planned> planned);
    void showReview(Planned planned);
    void commit(ImportPlan plan);
    void onCommitted(const Result<Committed>& committed);
    void reportProblems(const std::vector<ImportProblem>& problems);
    void stop(const QString& message);

    WorkspaceService* store_;
    QWidget* window_;
    TaskProgress* progress_;
    QPointer<ImportReviewDialog> review_;
    Stage stage_ = Stage::Idle;
    std::string showKey_;
};

}  // namespace dermalens::ui
