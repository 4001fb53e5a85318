// StoreMaintenance: File > Backup Store… and File > Restore Store….
//
// Backup writes a consistent copy of the open store (Workspace::backup) into a new folder.
// Restore never overwrites records: it restores the backup (verifying every image) into a new
// folder beside the current store and switches the viewer to it, so the store that was open
// stays as it was. Both run on the global pool with progress and Cancel.
#pragma once

#include <QFuture>
#include <QObject>
#include <QString>

class QWidget;

namespace dermalens::ui {

class Settings;
class TaskProgress;
class WorkspaceService;

class StoreMaintenance : public QObject {
    Q_OBJECT
public:
    StoreMaintenance(WorkspaceService* store, Settings* settings, QWidget* window);

    void backupDialog();
    void restoreDialog();
    // The error message, or empty on success.
    QFuture<QString> backup(const QString& target);
    // Restores `backup` into `target` (empty or missing), then makes it the store.
    QFuture<QString> restore(const QString& backup, const QString& target);
    [[nodiscard]] bool busy() const { return busy_; }
    void cancel();

    // "<parent>/dermalens-backup-YYYYMMDD-HHMMSS"
    [[nodiscard]] static QString backupFolderIn(const QString& parent);

Q_SIGNALS:
    void statusMessage(const QString& text);
    // The restored store in `directory` should be opened (Settings already point at it).
    void storeRestored(const QString& directory);

private:
    WorkspaceService* store_;
    Settings* settings_;
    QWidget* window_;
    TaskProgress* progress_;
    bool busy_ = false;
};

}  // namespace dermalens::ui
