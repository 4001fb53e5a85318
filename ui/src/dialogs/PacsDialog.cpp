#include "dialogs/PacsDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include "services/WorkspaceService.h"
#include "support/QtConvert.h"
#include "widgets/InlineProgress.h"
#include "widgets/PacsNodeEditor.h"

namespace dermalens::ui {
namespace {

constexpr int kUidRole = Qt::UserRole + 1;

QString count(int n) { return n < 0 ? QString() : QString::number(n); }

template <typename T>
QString errorOf(const Result<T>& result) {
    return result ? QString() : qs(result.error().message());
}

}  // namespace

PacsDialog::PacsDialog(WorkspaceService* store, Settings* settings, PatientId patient,
                       const QString& patientName, QWidget* parent)
    : QDialog(parent), store_(store), settings_(settings), patient_(patient) {
    setWindowTitle(tr("PACS"));
    auto* layout = new QVBoxLayout(this);
    editor_ = new PacsNodeEditor(settings, this);
    layout->addWidget(editor_);
    layout->addWidget(createQuery());
    table_ = new QTableWidget(this);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->horizontalHeader()->setStretchLastSection(true);
    table_->setMinimumSize(720, 220);
    layout->addWidget(table_, 1);
    layout->addWidget(createActions());
    send_->setText(patient.valid() ? tr("Send %1").arg(patientName) : tr("Send Patient"));
    send_->setEnabled(patient.valid());
    progress_ = new InlineProgress(this);
    layout->addWidget(progress_);
    status_ = new QLabel(this);
    status_->setWordWrap(true);
    status_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(status_);
    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(tr("Close"), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(table_, &QTableWidget::itemSelectionChanged, this, [this] { setBusy(busy_); });
}

QWidget* PacsDialog::createQuery() {
    auto* box = new QWidget(this);
    auto* row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    patientId_ = new QLineEdit(box);
    patientId_->setPlaceholderText(tr("Patient ID"));
    patientName_ = new QLineEdit(box);
    patientName_->setPlaceholderText(tr("Name (wildcards * ?)"));
    studyDate_ = new QLineEdit(box);
    studyDate_->setPlaceholderText(tr("Study date (YYYYMMDD or a range)"));
    for (QLineEdit* field : {patientId_, patientName_, studyDate_}) row->addWidget(field);
    return box;
}

QWidget* PacsDialog::createActions() {
    auto* box = new QWidget(this);
    auto* row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    const auto add = [&](const QString& text, QFuture<QString> (PacsDialog::*call)()) {
        auto* button = new QPushButton(text, box);
        connect(button, &QPushButton::clicked, this, [this, call] { (void)(this->*call)(); });
        row->addWidget(button);
        actions_ << button;
        return button;
    };
    add(tr("Echo"), &PacsDialog::echo);
    add(tr("Find Patients"), &PacsDialog::findPatients);
    add(tr("Find Studies"), &PacsDialog::findStudies);
    row->addStretch(1);
    retrieve_ = add(tr("Retrieve Selected Study"), &PacsDialog::retrieveSelected);
    send_ = add(tr("Send Patient"), &PacsDialog::sendPatient);
    retrieve_->setEnabled(false);
    return box;
}

QString PacsDialog::statusText() const { return status_->text(); }

PacsQuery PacsDialog::query() const {
    PacsQuery q;
    q.patient_id = patientId_->text().trimmed().toStdString();
    q.patient_name = patientName_->text().trimmed().toStdString();
    q.study_date = studyDate_->text().trimmed().toStdString();
    return q;
}

void PacsDialog::setBusy(bool busy) {
    busy_ = busy;
    for (QPushButton* b : actions_) b->setEnabled(!busy);
    retrieve_->setEnabled(!busy && showingStudies_ && !table_->selectedItems().isEmpty());
    send_->setEnabled(!busy && patient_.valid());
}

QString PacsDialog::conclude(const QString& what, const QString& error, const QString& success) {
    setBusy(false);
    status_->setText(error.isEmpty() ? success : tr("%1 failed: %2").arg(what, error));
    return error;
}

QFuture<QString> PacsDialog::echo() {
    if (busy_) return QtFuture::makeReadyFuture(tr("Another call is running."));
    setBusy(true);
    const ConfiguredNode node = editor_->current();
    status_->setText(tr("Echo to %1:%2…").arg(qs(node.node.host)).arg(node.node.port));
    return store_->run([n = node.node](Workspace& ws) { return ws.pacsEcho(n); })
        .then(this, [this, node](const Result<void>& r) {
            return conclude(tr("Echo"), errorOf(r),
                            tr("%1 answered the echo.").arg(qs(node.node.called_aet)));
        });
}

QFuture<QString> PacsDialog::findPatients() {
    if (busy_) return QtFuture::makeReadyFuture(tr("Another call is running."));
    setBusy(true);
    status_->setText(tr("Finding patients…"));
    return store_
        ->run([n = editor_->current().node, q = query()](Workspace& ws) {
            return ws.pacsFindPatients(n, q);
        })
        .then(this, [this](const Result<std::vector<PacsPatient>>& r) {
            if (r) showPatients(*r);
            return conclude(tr("Find"), errorOf(r),
                            r ? tr("%n patient(s) found.", "", static_cast<int>(r->size()))
                              : QString());
        });
}

QFuture<QString> PacsDialog::findStudies() {
    if (busy_) return QtFuture::makeReadyFuture(tr("Another call is running."));
    setBusy(true);
    status_->setText(tr("Finding studies…"));
    return store_
        ->run([n = editor_->current().node, q = query()](Workspace& ws) {
            return ws.pacsFindStudies(n, q);
        })
        .then(this, [this](const Result<std::vector<PacsStudy>>& r) {
            if (r) showStudies(*r);
            return conclude(tr("Find"), errorOf(r),
                            r ? tr("%n study(ies) found.", "", static_cast<int>(r->size()))
                              : QString());
        });
}

void PacsDialog::showPatients(const std::vector<PacsPatient>& patients) {
    showingStudies_ = false;
    table_->clear();
    table_->setColumnCount(5);
    table_->setHorizontalHeaderLabels(
        {tr("Patient ID"), tr("Name"), tr("Birth date"), tr("Sex"), tr("Studies")});
    table_->setRowCount(static_cast<int>(patients.size()));
    for (int i = 0; i < table_->rowCount(); ++i) {
        const PacsPatient& p = patients[i];
        const QStringList cells{qs(p.patient_id), qs(p.name), formatDate(p.birth_date), qs(p.sex),
                                count(p.studies)};
        for (int c = 0; c < cells.size(); ++c) table_->setItem(i, c, new QTableWidgetItem(cells[c]));
    }
    table_->resizeColumnsToContents();
}

void PacsDialog::showStudies(const std::vector<PacsStudy>& studies) {
    showingStudies_ = true;
    table_->clear();
    table_->setColumnCount(7);
    table_->setHorizontalHeaderLabels({tr("Date"), tr("Patient ID"), tr("Name"),
                                       tr("Description"), tr("Modalities"), tr("Instances"),
                                       tr("Study UID")});
    table_->setRowCount(static_cast<int>(studies.size()));
    for (int i = 0; i < table_->rowCount(); ++i) {
        const PacsStudy& s = studies[i];
        const QStringList cells{formatDate(s.study_date), qs(s.patient_id), qs(s.patient_name),
                                qs(s.description),        qs(s.modalities), count(s.instances),
                                qs(s.study_uid)};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            item->setData(kUidRole, qs(s.study_uid));
            table_->setItem(i, c, item);
        }
    }
    table_->resizeColumnsToContents();
}

QFuture<QString> PacsDialog::retrieveSelected() {
    const QList<QTableWidgetItem*> selected = table_->selectedItems();
    if (busy_ || !showingStudies_ || selected.isEmpty())
        return QtFuture::makeReadyFuture(tr("Find studies and select one first."));
    const QString uid = selected.first()->data(kUidRole).toString();
    const ConfiguredNode node = editor_->current();
    setBusy(true);
    progress_->begin(tr("Retrieving…"));
    return store_
        ->run([n = node.node, method = node.retrieve, uid = uid.toStdString(),
               report = progress_->progressCallback(),
               cancelled = progress_->cancelCallback()](Workspace& ws) {
            return ws.pacsRetrieve(n, uid, method, report, cancelled);
        })
        .then(this, [this](const Result<ImportSummary>& r) {
            progress_->finish();
            if (r && r->imported > 0) Q_EMIT recordsImported();
            QString done;
            if (r)
                done = tr("%n image(s) imported", "", static_cast<int>(r->imported)) +
                       tr(", %n already in the store.", "", static_cast<int>(r->duplicates));
            return conclude(tr("Retrieve"), errorOf(r), done);
        });
}

QFuture<QString> PacsDialog::sendPatient() {
    if (busy_ || !patient_.valid())
        return QtFuture::makeReadyFuture(tr("Open a patient to send."));
    setBusy(true);
    progress_->begin(tr("Sending…"));
    return store_
        ->run([n = editor_->current().node, patient = patient_,
               report = progress_->progressCallback(),
               cancelled = progress_->cancelCallback()](Workspace& ws) {
            return ws.pacsSend(n, patient, {}, report, cancelled);
        })
        .then(this, [this](const Result<StoreResult>& r) {
            progress_->finish();
            QString error = errorOf(r);
            if (r && !r->failed.empty())
                error = tr("%n object(s) refused, the first: %1", "",
                           static_cast<int>(r->failed.size()))
                            .arg(qs(r->failed.front().second));
            return conclude(tr("Send"), error,
                            r ? tr("%n object(s) sent.", "", static_cast<int>(r->sent))
                              : QString());
        });
}

}  // namespace dermalens::ui
