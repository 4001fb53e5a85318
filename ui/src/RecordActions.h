// RecordActions: the user's edits of the record store: manual assignment of lesions to
// another patient/lesion and deletions, each run on the global pool (each image move is a
// store transaction) with the caller continuing on the GUI thread. Deletions ask first.
#pragma once

#include <QCoreApplication>
#include <QFuture>
#include <QList>
#include <QString>
#include <vector>

#include "dermalens/Result.h"
#include "dermalens/study/Study.h"
#include "dialogs/AssignDialog.h"
#include "support/RecordTypes.h"

class QWidget;

namespace dermalens::ui {

class WorkspaceService;

class RecordActions {
    Q_DECLARE_TR_FUNCTIONS(dermalens::ui::RecordActions)
public:
    RecordActions(WorkspaceService* store, QWidget* window) : store_(store), window_(window) {}

    // Moves every image of the lesions at `lesionIndices` of `source` to `target`, creating the
    // target patient/lesion when asked. The value: how many images moved and the patient to
    // show next (the source while it keeps lesions, else the target).
    struct Moved {
        int images = 0;
        PatientId show;
    };
    [[nodiscard]] QFuture<Result<Moved>> assign(const Patient& source,
                                                const QList<int>& lesionIndices,
                                                const AssignTarget& target) const;
    // Checks a request before anything runs; the message, or empty when it can run.
    [[nodiscard]] static QString validate(const Patient& source, const QList<int>& lesionIndices,
                                          const AssignTarget& target);

    [[nodiscard]] QFuture<Result<void>> deletePatient(PatientId id) const;
    [[nodiscard]] QFuture<Result<void>> deleteLesions(std::vector<LesionId> ids) const;
    [[nodiscard]] QFuture<Result<void>> deleteImage(const ImageId& id) const;

    // "Delete …? This cannot be undone." true when the user confirms.
    [[nodiscard]] bool confirm(const QString& title, const QString& question) const;

private:
    WorkspaceService* store_;
    QWidget* window_;
};

}  // namespace dermalens::ui
