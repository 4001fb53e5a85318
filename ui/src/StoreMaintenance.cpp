#include "StoreMaintenance.h"

#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include "dermalens/workspace/Workspace.h"
#include "services/Settings.h"
#include "services/WorkspaceService.h"
#include "support/QtConvert.h"
#include "widgets/TaskProgress.h"

namespace dermalens::ui {
namespace {

QString stamp() { return QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")); }

}  // namespace

StoreMaintenance::StoreMaintenance(WorkspaceService* store, Settings* settings, QWidget* window)
    : QObject(window),
      store_(store),
      settings_(settings),
      window_(window),
      progress_(new TaskProgress(window, tr("Record store"))) {}

void StoreMaintenance::cancel() { progress_->cancel(); }

QString StoreMaintenance::backupFolderIn(const QString& parent) {
    return QDir(parent).filePath(QStringLiteral("dermalens-backup-") + stamp());
}

void StoreMaintenance::backupDialog() {
    const QString parent = QFileDialog::getExistingDirectory(
        window_, tr("Back Up the Record Store Into"), settings_->lastFolder());
    if (parent.isEmpty()) return;
    const QString target = backupFolderIn(parent);
    backup(target).then(this, [this, target](const QString& error) {
        if (!error.isEmpty()) {
            QMessageBox::warning(window_, tr("Backup failed"), error);
            return;
        }
        QMessageBox::information(window_, tr("Backup complete"),
                                 tr("The record store was backed up to %1.").arg(target));
    });
}

QFuture<QString> StoreMaintenance::backup(const QString& target) {
    if (busy_) return QtFuture::makeReadyFuture(tr("A backup or restore is already running."));
    busy_ = true;
    progress_->begin(tr("Backing up the record store…"));
    Q_EMIT statusMessage(tr("Backing up the record store…"));
    return store_
        ->run([dir = toPath(target), report = progress_->progressCallback(),
               cancelled = progress_->cancelCallback()](Workspace& ws) {
            return ws.backup(dir, report, cancelled);
        })
        .then(this, [this, target](const Result<void>& done) {
            busy_ = false;
            progress_->finish();
            const QString error = done ? QString() : qs(done.error().message());
            Q_EMIT statusMessage(done ? tr("Backed up to %1").arg(target) : error);
            return error;
        });
}

void StoreMaintenance::restoreDialog() {
    const QString source = QFileDialog::getExistingDirectory(
        window_, tr("Restore a Record Store Backup"), settings_->lastFolder());
    if (source.isEmpty()) return;
    const QString current = store_->directory();
    const QString target = current + QStringLiteral(".restored-") + stamp();
    const auto answer = QMessageBox::question(
        window_, tr("Restore Store"),
        tr("Restore the backup in %1 into a new store at %2 and switch to it? The store now "
           "open (%3) is kept unchanged.")
            .arg(source, target, current));
    if (answer != QMessageBox::Yes) return;
    restore(source, target).then(this, [this](const QString& error) {
        if (!error.isEmpty()) QMessageBox::warning(window_, tr("Restore failed"), error);
    });
}

QFuture<QString> StoreMaintenance::restore(const QString& backup, const QString& target) {
    if (busy_) return QtFuture::makeReadyFuture(tr("A backup or restore is already running."));
    busy_ = true;
    progress_->begin(tr("Restoring the record store…"));
    Q_EMIT statusMessage(tr("Restoring the record store…"));
    return QtConcurrent::run(
               QThreadPool::globalInstance(),
               [from = toPath(backup), to = toPath(target), report = progress_->progressCallback(),
                cancelled = progress_->cancelCallback()] {
                   return Workspace::restore(from, to, report, cancelled);
               })
        .then(this, [this, target](const Result<void>& done) {
            busy_ = false;
            progress_->finish();
            if (!done) {
                Q_EMIT statusMessage(qs(done.error().message()));
                return qs(done.error().message());
            }
            settings_->useStoreDirectory(target);
            Q_EMIT statusMessage(tr("Restored into %1").arg(target));
            Q_EMIT storeRestored(target);
            return QString();
        });
}

}  // namespace dermalens::ui
