#include "widgets/PatientListPanel.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QToolButton>
#include <QVBoxLayout>

#include "dermalens/workspace/Workspace.h"
#include "services/WorkspaceService.h"
#include "support/QtConvert.h"
#include "widgets/PatientListDelegate.h"

namespace dermalens::ui {
namespace {

constexpr int kIdRole = Qt::UserRole + 1;
constexpr int kDebounceMs = 150;

QToolButton* filterButton(const QString& text, QWidget* parent) {
    auto* button = new QToolButton(parent);
    button->setText(text);
    button->setCheckable(true);
    button->setAutoRaise(true);
    button->setObjectName(QStringLiteral("filterButton"));
    return button;
}

// Recent patients have no store-side search: the same fields are matched here.
bool matches(const PatientSummary& s, const QString& search) {
    if (search.isEmpty()) return true;
    const QString digits = QString(search).remove(u'-');
    return qs(s.display_name).contains(search, Qt::CaseInsensitive) ||
           qs(s.record.external_id).contains(search, Qt::CaseInsensitive) ||
           (!digits.isEmpty() && qs(s.record.birth_date).contains(digits));
}

}  // namespace

PatientListPanel::PatientListPanel(WorkspaceService* store, QWidget* parent)
    : QWidget(parent), store_(store) {
    setObjectName(QStringLiteral("patientPanel"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 0, 0);
    layout->setSpacing(6);
    search_ = new QLineEdit(this);
    search_->setObjectName(QStringLiteral("patientSearch"));
    search_->setPlaceholderText(tr("Search name, id or birth date"));
    search_->setAccessibleName(tr("Search patients"));
    search_->setClearButtonEnabled(true);
    layout->addWidget(search_);
    auto* filters = new QHBoxLayout;
    all_ = filterButton(tr("All"), this);
    recent_ = filterButton(tr("Recent"), this);
    recent_->setToolTip(tr("Patients opened most recently"));
    auto* group = new QButtonGroup(this);
    group->addButton(all_);
    group->addButton(recent_);
    all_->setChecked(true);
    filters->addWidget(all_);
    filters->addWidget(recent_);
    filters->addStretch(1);
    layout->addLayout(filters);
    list_ = new QListWidget(this);
    list_->setObjectName(QStringLiteral("patientList"));
    list_->setAccessibleName(tr("Patients"));
    list_->setContextMenuPolicy(Qt::CustomContextMenu);
    list_->setItemDelegate(new PatientListDelegate(list_));
    list_->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);  // the delegate elides
    empty_ = new QLabel(this);  // above the list: where the eye looks for patients
    empty_->setObjectName(QStringLiteral("secondaryText"));
    empty_->setWordWrap(true);
    layout->addWidget(empty_);
    layout->addWidget(list_, 1);

    debounce_.setSingleShot(true);
    debounce_.setInterval(kDebounceMs);  // one store read per pause in typing
    connect(&debounce_, &QTimer::timeout, this, &PatientListPanel::refresh);
    connect(search_, &QLineEdit::textChanged, &debounce_, qOverload<>(&QTimer::start));
    connect(group, &QButtonGroup::buttonClicked, this, &PatientListPanel::refresh);
    connect(list_, &QListWidget::currentItemChanged, this, [this](QListWidgetItem* item) {
        if (!item || idOf(item) == selected_) return;
        selected_ = idOf(item);
        Q_EMIT patientActivated(selected_);
    });
    connect(list_, &QListWidget::customContextMenuRequested, this, &PatientListPanel::showMenu);
}

PatientId PatientListPanel::idOf(const QListWidgetItem* item) {
    return item ? PatientId(item->data(kIdRole).toLongLong()) : PatientId{};
}

void PatientListPanel::refresh() {
    const QSignalBlocker blocker(list_);
    list_->clear();
    auto ws = store_->workspace();
    const QString text = search();
    Result<std::vector<PatientSummary>> found =
        fail(ErrorCode::NotFound, {}, "no record store is open");
    if (ws)
        found = recentOnly() ? ws->recentPatients(kRecentLimit) : ws->patients(text.toStdString());
    if (found)
        for (const PatientSummary& s : *found)
            if (!recentOnly() || matches(s, text)) addRow(s);
    select(selected_);
    QString note;
    if (!found)
        note = qs(found.error().message());
    else if (list_->count() == 0 && !text.isEmpty())
        note = tr("No patient matches “%1”.").arg(text);
    else if (list_->count() == 0)
        note = recentOnly() ? tr("No patient opened yet.")
                            : tr("No patients yet: open images, a folder or the demo study.");
    empty_->setText(note);
    empty_->setVisible(!note.isEmpty());
}

void PatientListPanel::addRow(const PatientSummary& s) {
    QString name = qs(s.display_name);
    if (s.record.synthetic && !name.contains(QLatin1String("SYNTHETIC")))
        name += QStringLiteral(" (") + tr("SYNTHETIC") + u')';
    // Two facts fit the panel: the birth date (which tells namesakes apart) when known.
    QStringList details;
    if (!s.record.birth_date.empty()) details << tr("born %1").arg(formatDate(s.record.birth_date));
    details << tr("%n lesion(s)", "", s.lesion_count);
    const QString visit = tr("last visit %1").arg(formatDate(s.latest_visit));
    if (s.record.birth_date.empty() && !s.latest_visit.empty()) details << visit;
    auto* item = new QListWidgetItem(name, list_);
    item->setData(PatientListDelegate::kDetailsRole, details.join(QStringLiteral(" · ")));
    item->setData(kIdRole, static_cast<qint64>(s.record.id.value()));
    item->setToolTip(tr("Id: %1").arg(qs(s.record.external_id)) +
                     (s.latest_visit.empty() ? QString() : u'\n' + visit));
}

void PatientListPanel::setSearch(const QString& text) {
    search_->setText(text);
    debounce_.stop();
    refresh();
}

QString PatientListPanel::search() const { return search_->text().trimmed(); }

void PatientListPanel::setRecentOnly(bool recent) {
    (recent ? recent_ : all_)->setChecked(true);
    refresh();
}

bool PatientListPanel::recentOnly() const { return recent_->isChecked(); }

void PatientListPanel::select(PatientId id) {
    selected_ = id;
    const QSignalBlocker blocker(list_);
    list_->setCurrentItem(nullptr);
    for (int row = 0; row < list_->count(); ++row)
        if (idOf(list_->item(row)) == id) list_->setCurrentRow(row);
}

PatientId PatientListPanel::selected() const { return selected_; }

QList<PatientId> PatientListPanel::shownPatients() const {
    QList<PatientId> ids;
    for (int row = 0; row < list_->count(); ++row) ids << idOf(list_->item(row));
    return ids;
}

void PatientListPanel::showMenu(const QPoint& pos) {
    QListWidgetItem* item = list_->itemAt(pos);
    if (!item) return;
    const PatientId id = idOf(item);
    QMenu menu(this);
    menu.addAction(tr("&Delete Patient…"), this, [this, id] { Q_EMIT deleteRequested(id); });
    menu.exec(list_->viewport()->mapToGlobal(pos));
}

}  // namespace dermalens::ui
