#include "dialogs/DicomExportDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

#include "services/Settings.h"
#include "services/WorkspaceService.h"
#include "support/QtConvert.h"
#include "widgets/InlineProgress.h"

namespace dermalens::ui {

DicomExportDialog::DicomExportDialog(WorkspaceService* store, Settings* settings,
                                     PatientId patient, const QString& patientName,
                                     QWidget* parent)
    : QDialog(parent), store_(store), settings_(settings), patient_(patient) {
    setWindowTitle(tr("Export DICOM"));
    auto* form = new QFormLayout(this);
    form->addRow(tr("Patient"), new QLabel(patientName, this));
    folder_ = new QLineEdit(
        QDir(settings->lastFolder()).filePath(QStringLiteral("dermalens-dicom")), this);
    folder_->setMinimumWidth(380);
    folder_->setToolTip(tr("A new or empty folder"));
    auto* row = new QHBoxLayout;
    auto* browseButton = new QPushButton(tr("Browse…"), this);
    connect(browseButton, &QPushButton::clicked, this, &DicomExportDialog::browse);
    row->addWidget(folder_, 1);
    row->addWidget(browseButton);
    form->addRow(tr("Target folder"), row);
    addDeidentificationRows(form);
    progress_ = new InlineProgress(this);
    form->addRow(progress_);
    status_ = new QLabel(this);
    status_->setWordWrap(true);
    status_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(status_);
    auto* buttons = new QDialogButtonBox(this);
    export_ = buttons->addButton(tr("Export"), QDialogButtonBox::AcceptRole);
    buttons->addButton(tr("Close"), QDialogButtonBox::RejectRole);
    connect(export_, &QPushButton::clicked, this, [this] { (void)exportNow(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
}

void DicomExportDialog::addDeidentificationRows(QFormLayout* form) {
    deidentify_ = new QCheckBox(tr("De-identify (DICOM PS3.15 Basic Profile)"), this);
    retainDates_ = new QCheckBox(tr("Keep dates (Retain Longitudinal Temporal Information)"), this);
    pseudonym_ = new QLineEdit(this);
    pseudonym_->setPlaceholderText(tr("Patient name and ID in the files (empty: a code)"));
    for (QWidget* w : {static_cast<QWidget*>(retainDates_), static_cast<QWidget*>(pseudonym_)})
        w->setEnabled(false);
    connect(deidentify_, &QCheckBox::toggled, retainDates_, &QWidget::setEnabled);
    connect(deidentify_, &QCheckBox::toggled, pseudonym_, &QWidget::setEnabled);
    form->addRow(QString(), deidentify_);
    form->addRow(QString(), retainDates_);
    form->addRow(tr("Pseudonym"), pseudonym_);
}

QString DicomExportDialog::statusText() const { return status_->text(); }

void DicomExportDialog::browse() {
    const QString dir =
        QFileDialog::getExistingDirectory(this, tr("Export DICOM Into"), settings_->lastFolder());
    if (dir.isEmpty()) return;
    settings_->setLastFolder(dir);
    folder_->setText(dir);
}

DicomExportOptions DicomExportDialog::options() const {
    DicomExportOptions o;
    o.deidentify = deidentify_->isChecked();
    o.retain_dates = o.deidentify && retainDates_->isChecked();
    if (o.deidentify) o.pseudonym = pseudonym_->text().trimmed().toStdString();
    return o;
}

QFuture<QString> DicomExportDialog::exportNow() {
    const QString folder = folder_->text().trimmed();
    if (folder.isEmpty()) return QtFuture::makeReadyFuture(tr("Choose a target folder."));
    if (progress_->running()) return QtFuture::makeReadyFuture(tr("An export is running."));
    export_->setEnabled(false);
    status_->clear();
    progress_->begin(tr("Exporting…"));
    return store_
        ->run([patient = patient_, dir = toPath(folder), options = options(),
               report = progress_->progressCallback(),
               cancelled = progress_->cancelCallback()](Workspace& ws) {
            return ws.exportDicom(patient, dir, options, report, cancelled);
        })
        .then(this, [this, folder](const Result<DicomExportSummary>& result) {
            finished(result, folder);
            return result ? QString() : qs(result.error().message());
        });
}

void DicomExportDialog::finished(const Result<DicomExportSummary>& result, const QString& folder) {
    progress_->finish();
    export_->setEnabled(true);
    if (!result) {
        status_->setText(result.error().code == ErrorCode::Cancelled
                             ? tr("Export cancelled; nothing was left in %1.").arg(folder)
                             : tr("Export failed: %1").arg(qs(result.error().message())));
        return;
    }
    QString text = tr("%n object(s) written to %1", "", static_cast<int>(result->objects.size()))
                       .arg(folder);
    if (result->deidentified) text += tr(" (de-identified)");
    for (const ExportProblem& p : result->skipped)
        text += QLatin1Char('\n') + tr("Skipped %1: %2").arg(qs(p.item), qs(p.reason));
    status_->setText(text);
}

}  // namespace dermalens::ui
