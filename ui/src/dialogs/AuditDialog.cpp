#include "dialogs/AuditDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include "services/WorkspaceService.h"
#include "support/QtConvert.h"

namespace dermalens::ui {
namespace {

constexpr AuditAction kActions[] = {AuditAction::Open,    AuditAction::Import, AuditAction::Analyse,
                                    AuditAction::Finding, AuditAction::Export, AuditAction::Send,
                                    AuditAction::Retrieve, AuditAction::Delete, AuditAction::Backup,
                                    AuditAction::Restore};

QDateEdit* dateEdit(QWidget* parent) {
    auto* edit = new QDateEdit(QDate::currentDate(), parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    edit->setEnabled(false);
    return edit;
}

}  // namespace

AuditDialog::AuditDialog(WorkspaceService* store, QWidget* parent)
    : QDialog(parent), store_(store) {
    setWindowTitle(tr("Audit Trail"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(createFilters());
    table_ = new QTableWidget(0, 7, this);
    table_->setHorizontalHeaderLabels({tr("#"), tr("Time (UTC)"), tr("User"), tr("Workstation"),
                                       tr("Action"), tr("Object"), tr("Details")});
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->horizontalHeader()->setStretchLastSection(true);
    table_->verticalHeader()->hide();
    table_->setMinimumSize(900, 360);
    layout->addWidget(table_, 1);
    verification_ = new QLabel(this);
    verification_->setWordWrap(true);
    layout->addWidget(verification_);
    layout->addWidget(createButtons());
    (void)reload();
}

QWidget* AuditDialog::createFilters() {
    auto* box = new QWidget(this);
    auto* row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    action_ = new QComboBox(box);
    action_->addItem(tr("Every action"), QString());
    for (AuditAction a : kActions) action_->addItem(qs(toString(a)), qs(toString(a)));
    user_ = new QLineEdit(box);
    user_->setPlaceholderText(tr("User"));
    text_ = new QLineEdit(box);
    text_->setPlaceholderText(tr("Object or details contain…"));
    useSince_ = new QCheckBox(tr("From"), box);
    since_ = dateEdit(box);
    useUntil_ = new QCheckBox(tr("To"), box);
    until_ = dateEdit(box);
    for (QWidget* w : std::initializer_list<QWidget*>{action_, user_, text_, useSince_, since_,
                                                     useUntil_, until_})
        row->addWidget(w);
    const auto again = [this] { (void)reload(); };
    connect(action_, &QComboBox::currentIndexChanged, this, again);
    connect(user_, &QLineEdit::textChanged, this, again);
    connect(text_, &QLineEdit::textChanged, this, again);
    connect(useSince_, &QCheckBox::toggled, since_, &QWidget::setEnabled);
    connect(useUntil_, &QCheckBox::toggled, until_, &QWidget::setEnabled);
    connect(useSince_, &QCheckBox::toggled, this, again);
    connect(useUntil_, &QCheckBox::toggled, this, again);
    connect(since_, &QDateEdit::dateChanged, this, again);
    connect(until_, &QDateEdit::dateChanged, this, again);
    return box;
}

QWidget* AuditDialog::createButtons() {
    auto* box = new QWidget(this);
    auto* row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    auto* verifyButton = new QPushButton(tr("Verify Chain"), box);
    auto* csv = new QPushButton(tr("Export CSV…"), box);
    auto* json = new QPushButton(tr("Export JSON…"), box);
    auto* close = new QPushButton(tr("Close"), box);
    connect(verifyButton, &QPushButton::clicked, this, [this] { (void)verify(); });
    connect(csv, &QPushButton::clicked, this, [this] { exportDialog(false); });
    connect(json, &QPushButton::clicked, this, [this] { exportDialog(true); });
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    row->addWidget(verifyButton);
    row->addStretch(1);
    row->addWidget(csv);
    row->addWidget(json);
    row->addWidget(close);
    return box;
}

AuditViewFilter AuditDialog::filter() const {
    AuditViewFilter f;
    f.action = action_->currentData().toString();
    f.user = user_->text().trimmed();
    f.text = text_->text().trimmed();
    if (useSince_->isChecked()) f.since = since_->date();
    if (useUntil_->isChecked()) f.until = until_->date();
    return f;
}

QFuture<QString> AuditDialog::reload() {
    const int generation = ++generation_;
    const AuditViewFilter f = filter();
    return store_->run([f](Workspace& ws) { return ws.auditLog(storeFilter(f)); })
        .then(this, [this, generation, f](const Result<std::vector<AuditEntry>>& entries) {
            if (generation != generation_) return QString();  // a later filter is being read
            if (!entries) {
                verification_->setText(tr("The audit trail cannot be read: %1")
                                           .arg(qs(entries.error().message())));
                return qs(entries.error().message());
            }
            showEntries(matching(*entries, f));
            return QString();
        });
}

void AuditDialog::showEntries(const std::vector<AuditEntry>& entries) {
    shown_ = entries;
    table_->setRowCount(static_cast<int>(entries.size()));
    for (int i = 0; i < table_->rowCount(); ++i) {
        const AuditEntry& e = entries[i];
        const QStringList cells{QString::number(e.seq), qs(e.at),     qs(e.user),   qs(e.workstation),
                                qs(e.action),           qs(e.object), qs(e.details)};
        for (int c = 0; c < cells.size(); ++c) table_->setItem(i, c, new QTableWidgetItem(cells[c]));
    }
    table_->resizeColumnsToContents();
}

QFuture<QString> AuditDialog::verify() {
    verification_->setText(tr("Verifying…"));
    return store_->run([](Workspace& ws) { return ws.verifyAudit(); })
        .then(this, [this](const Result<AuditVerification>& v) {
            QString text;
            if (!v)
                text = tr("The chain cannot be checked: %1").arg(qs(v.error().message()));
            else if (v->intact)
                text = tr("Chain intact: %n entry(ies) checked.", "", static_cast<int>(v->entries));
            else
                text = tr("Chain BROKEN at entry %1: %2")
                           .arg(v->first_broken_seq)
                           .arg(qs(v->reason));
            verification_->setText(text);
            return text;
        });
}

QString AuditDialog::exportTo(const QString& file, bool json) const {
    QFile out(file);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return tr("%1: cannot write: %2").arg(file, out.errorString());
    const QByteArray bytes = json ? auditJson(shown_) : auditCsv(shown_);
    if (out.write(bytes) != bytes.size()) return tr("%1: cannot write: %2").arg(file, out.errorString());
    return {};
}

void AuditDialog::exportDialog(bool json) {
    const QString file = QFileDialog::getSaveFileName(
        this, tr("Export Audit Trail"),
        json ? QStringLiteral("dermalens-audit.json") : QStringLiteral("dermalens-audit.csv"),
        json ? tr("JSON (*.json)") : tr("CSV (*.csv)"));
    if (file.isEmpty()) return;
    const QString error = exportTo(file, json);
    if (!error.isEmpty()) QMessageBox::warning(this, tr("Export failed"), error);
}

}  // namespace dermalens::ui
