#include "dialogs/ImportReviewDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include "support/QtConvert.h"

namespace dermalens::ui {
namespace {

// Decision box values: a candidate's lesion row id (> 0), or one of these.
constexpr qint64 kSkip = -1;
constexpr qint64 kNewLesion = 0;

QTableWidgetItem* cell(const QString& text, const QString& tip = {}) {
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    item->setToolTip(tip.isEmpty() ? text : tip);
    return item;
}

}  // namespace

ImportReviewDialog::ImportReviewDialog(ImportPlan plan, ImportReviewLabels labels, QWidget* parent)
    : QDialog(parent), plan_(std::move(plan)), labels_(std::move(labels)) {
    setWindowTitle(tr("Review Import"));
    resize(1180, 560);
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(
        tr("Check what will be imported. Items marked “Review” could not be grouped with "
           "confidence: choose the lesion each belongs to, a new lesion, or skip it. Nothing "
           "is saved until you press Import."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    counts_ = new QLabel(this);
    counts_->setObjectName(QStringLiteral("sectionTitle"));
    layout->addWidget(counts_);
    table_ = new QTableWidget(this);
    table_->setObjectName(QStringLiteral("importReviewTable"));
    table_->setColumnCount(ColumnCount);
    table_->setHorizontalHeaderLabels({tr("File"), tr("Patient"), tr("Lesion"), tr("Visit"),
                                       tr("Status"), tr("Reason"), tr("Decision")});
    table_->verticalHeader()->setVisible(false);
    table_->setAlternatingRowColors(true);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setWordWrap(true);
    table_->horizontalHeader()->setSectionResizeMode(ReasonColumn, QHeaderView::Stretch);
    layout->addWidget(table_, 1);
    auto* buttons = new QDialogButtonBox(this);
    import_ = buttons->addButton(tr("Import"), QDialogButtonBox::AcceptRole);
    buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    fillRows();
    updateButton();
}

void ImportReviewDialog::fillRows() {
    const int items = static_cast<int>(plan_.items.size());
    table_->setRowCount(items + static_cast<int>(plan_.problems.size()));
    // Items that need a decision first: they are why the dialog is shown.
    int row = 0;
    for (int pass = 0; pass < 2; ++pass)
        for (int i = 0; i < items; ++i)
            if ((plan_.items[i].action == ImportAction::NeedsReview) == (pass == 0))
                addItemRow(row++, i);
    for (const ImportProblem& problem : plan_.problems) addProblemRow(row++, problem);
    table_->resizeColumnsToContents();
    table_->setColumnWidth(FileColumn, std::min(table_->columnWidth(FileColumn), 260));
    // resizeColumnsToContents does not see the decision boxes.
    int decisionWidth = table_->columnWidth(DecisionColumn);
    for (const QComboBox* box : decisions_)
        decisionWidth = std::max(decisionWidth, box->sizeHint().width());
    table_->setColumnWidth(DecisionColumn, decisionWidth);
    table_->horizontalHeader()->setSectionResizeMode(ReasonColumn, QHeaderView::Stretch);
    table_->resizeRowsToContents();
}

void ImportReviewDialog::addItemRow(int row, int item) {
    const ImportItem& it = plan_.items[item];
    const QString file = fromPath(it.source.filename());
    table_->setItem(row, FileColumn, cell(file, fromPath(it.source)));
    table_->setItem(row, PatientColumn, cell(patientText(it)));
    table_->setItem(row, LesionColumn, cell(lesionText(it)));
    const QString date = formatDate(it.visit_date);
    table_->setItem(row, VisitColumn, cell(date.isEmpty() ? tr("date unknown") : date));
    QString status = tr("New");
    if (it.action == ImportAction::Duplicate) status = tr("Duplicate");
    if (it.action == ImportAction::NeedsReview) status = tr("Review");
    table_->setItem(row, StatusColumn, cell(status));
    table_->setItem(row, ReasonColumn, cell(qs(it.note)));
    if (it.action == ImportAction::NeedsReview) {
        reviewItems_ << item;
        table_->setCellWidget(row, DecisionColumn, decisionBox(item));
    } else {
        table_->setItem(row, DecisionColumn,
                        cell(it.action == ImportAction::Import ? tr("Import") : tr("Skip")));
    }
}

void ImportReviewDialog::addProblemRow(int row, const ImportProblem& problem) {
    table_->setItem(row, FileColumn,
                    cell(fromPath(problem.path.filename()), fromPath(problem.path)));
    for (int column : {PatientColumn, LesionColumn, VisitColumn})
        table_->setItem(row, column, cell(QString()));
    table_->setItem(row, StatusColumn, cell(tr("Unreadable")));
    table_->setItem(row, ReasonColumn, cell(qs(problem.reason)));
    table_->setItem(row, DecisionColumn, cell(tr("Skip")));
}

QComboBox* ImportReviewDialog::decisionBox(int item) {
    const ImportItem& it = plan_.items[item];
    auto* box = new QComboBox(table_);
    box->setAccessibleName(tr("Decision for %1").arg(fromPath(it.source.filename())));
    box->addItem(tr("Skip"), kSkip);
    for (LesionId candidate : it.candidates)
        box->addItem(tr("Join %1").arg(
                         labels_.lesions.value(candidate, tr("lesion %1").arg(candidate.value()))),
                     static_cast<qint64>(candidate.value()));
    box->addItem(tr("New lesion"), kNewLesion);
    connect(box, &QComboBox::currentIndexChanged, this, &ImportReviewDialog::updateButton);
    decisions_.insert(item, box);
    return box;
}

// "(new)" marks what the import would create; a duplicate creates nothing.
QString ImportReviewDialog::patientText(const ImportItem& item) const {
    if (item.existing_patient.valid() && labels_.patients.contains(item.existing_patient))
        return labels_.patients.value(item.existing_patient);
    const QString name =
        qs(item.patient.name.empty() ? item.patient.external_id : item.patient.name);
    const bool created = !item.existing_patient.valid() && item.action != ImportAction::Duplicate;
    return created ? tr("%1 (new)").arg(name) : name;
}

QString ImportReviewDialog::lesionText(const ImportItem& item) const {
    if (item.target_lesion.valid())
        return labels_.lesions.value(item.target_lesion,
                                     tr("lesion %1").arg(item.target_lesion.value()));
    const LesionKey& key = item.lesion;
    QString name = qs(!key.label.empty()          ? key.label
                      : !key.external_key.empty() ? key.external_key
                                                  : key.body_site);
    if (name.isEmpty()) name = tr("unnamed lesion");
    return item.action == ImportAction::Duplicate ? name : tr("%1 (new)").arg(name);
}

QString ImportReviewDialog::countsText() const {
    return tr("%1 new · %2 duplicate · %3 to review · %4 unreadable")
        .arg(plan_.count(ImportAction::Import))
        .arg(plan_.count(ImportAction::Duplicate))
        .arg(plan_.count(ImportAction::NeedsReview))
        .arg(plan_.problems.size());
}

void ImportReviewDialog::choose(int item, qint64 value) {
    QComboBox* box = decisions_.value(item);
    if (!box) return;
    const int index = box->findData(value);
    if (index >= 0) box->setCurrentIndex(index);
}

void ImportReviewDialog::chooseLesion(int item, LesionId lesion) { choose(item, lesion.value()); }
void ImportReviewDialog::chooseNewLesion(int item) { choose(item, kNewLesion); }
void ImportReviewDialog::skip(int item) { choose(item, kSkip); }

ImportPlan ImportReviewDialog::decidedPlan() const {
    ImportPlan plan = plan_;
    for (auto it = decisions_.cbegin(); it != decisions_.cend(); ++it) {
        const qint64 value = it.value()->currentData().toLongLong();
        if (value == kSkip) continue;
        ImportItem& item = plan.items[it.key()];
        item.action = ImportAction::Import;
        item.target_lesion = LesionId(value);  // kNewLesion: invalid id = new lesion from the key
    }
    return plan;
}

int ImportReviewDialog::importCount() const {
    int n = static_cast<int>(plan_.count(ImportAction::Import));
    for (const QComboBox* box : decisions_) n += box->currentData().toLongLong() != kSkip;
    return n;
}

void ImportReviewDialog::updateButton() {
    counts_->setText(countsText());
    const int n = importCount();
    import_->setText(tr("Import %n image(s)", "", n));
    import_->setEnabled(n > 0);
}

}  // namespace dermalens::ui
