#include "pages/BodyMapPanel.h"

#include <QCursor>
#include <QLabel>
#include <QMenu>
#include <QVBoxLayout>
#include <algorithm>

#include "dermalens/followup/BodyMap.h"
#include "services/WorkspaceService.h"
#include "support/QtConvert.h"
#include "widgets/BodyMapView.h"
#include "widgets/LesionTileModel.h"

namespace dermalens::ui {

BodyMapPanel::BodyMapPanel(WorkspaceService* store, LesionTileModel* tiles, QWidget* parent)
    : QWidget(parent), store_(store), tiles_(tiles) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    auto* title = new QLabel(tr("Body map"), this);
    title->setObjectName(QStringLiteral("sectionTitle"));
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    // One line each, whatever the text: the figure must not move under the cursor.
    summary_ = new QLabel(this);
    summary_->setObjectName(QStringLiteral("secondaryText"));
    summary_->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    view_ = new BodyMapView(this);
    hint_ = new QLabel(this);
    hint_->setObjectName(QStringLiteral("secondaryText"));
    hint_->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    layout->addWidget(title);
    layout->addWidget(summary_);
    layout->addWidget(view_, 1);
    layout->addWidget(hint_);

    connect(view_, &BodyMapView::placeRequested, this, &BodyMapPanel::offerPlacement);
    connect(view_, &BodyMapView::hoverChanged, this, [this](const QString& text) {
        hint_->setText(text.isEmpty() ? message() : text);
    });
    connect(view_, &BodyMapView::lesionActivated, this, [this](LesionId lesion) {
        if (tiles_->rowOf(lesion) >= 0)
            Q_EMIT lesionActivated(lesion);
        else
            hint_->setText(tr("This lesion has no images yet: assign images to it "
                              "(Edit > Assign to Patient / Lesion…)."));
    });
    connect(tiles_, &LesionTileModel::rankingChanged, this, &BodyMapPanel::updatePins);
    connect(tiles_, &LesionTileModel::changesChanged, this, &BodyMapPanel::updatePins);
    connect(tiles_, &LesionTileModel::modelReset, this, &BodyMapPanel::updatePins);
    connect(tiles_, &LesionTileModel::dataChanged, this, &BodyMapPanel::updatePins);
    hint_->setText(message());
}

QString BodyMapPanel::message() const {
    return tr("Click a pin to open its lesion; click the figure to place a lesion there.");
}

void BodyMapPanel::setPatient(const Patient& patient) {
    patient_ = patient.patient_id;
    entries_.clear();
    ready_ = false;
    ++generation_;
    dismissMenu();
    updatePins();
    updateSummary();
    load();
}

// Reads every lesion (also those without images) with its position, off the GUI thread.
void BodyMapPanel::load() {
    if (!patient_.valid()) return;
    const int generation = generation_;
    store_->run([id = patient_](Workspace& ws) { return ws.bodyMap(id); })
        .then(this, [this, generation](const Result<std::vector<BodyMapEntry>>& entries) {
            if (generation != generation_) return;  // another patient since
            if (!entries) {
                hint_->setText(qs(entries.error().message()));
                return;
            }
            entries_ = *entries;
            ready_ = true;
            updatePins();
            updateSummary();
        });
}

// Each placed lesion as a pin, with the grid's rank and follow-up flag for it.
void BodyMapPanel::updatePins() {
    using R = LesionTileModel::Role;
    std::vector<BodyMapPin> pins;
    for (const BodyMapEntry& entry : entries_) {
        if (!entry.position) continue;
        BodyMapPin pin;
        pin.lesion = entry.lesion.id;
        pin.label = entryName(entry.lesion);
        pin.position = *entry.position;
        pin.site = qs(entry.lesion.body_site);
        const int row = tiles_->rowOf(entry.lesion.id);
        if (row >= 0) {
            const QModelIndex index = tiles_->index(row);
            pin.rank = index.data(R::RankRole).toInt();
            pin.outlier = index.data(R::OutlierRole).toBool();
            const int flag = index.data(R::FlagRole).toInt();
            if (flag >= 0) pin.flag = static_cast<LesionFlag>(flag);
            pin.images = index.data(R::ImageCountRole).toInt();
        }
        pins.push_back(std::move(pin));
    }
    view_->setPins(std::move(pins));
}

void BodyMapPanel::updateSummary() {
    if (!ready_) {
        summary_->setText(patient_.valid() ? tr("Reading the lesions' positions…") : QString());
        return;
    }
    int placed = 0;
    for (const BodyMapEntry& entry : entries_) placed += entry.position ? 1 : 0;
    summary_->setText(tr("%1 of %n lesion(s) on the map", "", static_cast<int>(entries_.size()))
                          .arg(placed));
}

// The menu after a click on the figure: lesions not on the map yet, a new lesion, and (in a
// submenu) the placed lesions, to move one here.
void BodyMapPanel::offerPlacement(const BodyMapPosition& position) {
    const auto site = bodySiteAt(position);
    if (!site || !ready_) return;
    dismissMenu();
    menu_ = new QMenu(this);
    connect(menu_, &QMenu::aboutToHide, this, &BodyMapPanel::dismissMenu);
    menu_->addSection(BodyMapView::siteText(*site));
    QMenu* move = nullptr;
    for (const BodyMapEntry& entry : entries_) {
        const LesionId id = entry.lesion.id;
        if (!entry.position) {
            menu_->addAction(tr("Place “%1” here").arg(entryName(entry.lesion)), this,
                             [this, id, position] { place(id, position); });
            continue;
        }
        if (!move) move = new QMenu(tr("&Move here"), menu_);
        move->addAction(entryName(entry.lesion), this, [this, id, position] { place(id, position); });
    }
    if (move) menu_->addMenu(move);
    menu_->addSeparator();
    menu_->addAction(tr("&New lesion here"), this, [this, position] { createAt(position); });
    menu_->popup(QCursor::pos());
}

// Hidden at once, deleted later: the action being triggered may still be running.
void BodyMapPanel::dismissMenu() {
    if (!menu_) return;
    QMenu* menu = menu_;
    menu_ = nullptr;
    menu->hide();
    menu->deleteLater();
}

void BodyMapPanel::place(LesionId lesion, const BodyMapPosition& position) {
    store_->run([lesion, position](Workspace& ws) { return ws.placeOnBodyMap(lesion, position); })
        .then(this, [this](const Result<LesionRecord>& placed) { finishEdit(placed); });
}

// A lesion the clinician marks before its images exist; a failed placement leaves it
// unplaced and empty, which the next pruning after a move removes.
void BodyMapPanel::createAt(const BodyMapPosition& position) {
    const auto site = bodySiteAt(position);
    if (!site || !patient_.valid()) return;
    LesionRecord record;
    record.patient = patient_;
    record.label = nextLabel(*site).toStdString();
    store_->run([record, position](Workspace& ws) -> Result<LesionRecord> {
              auto id = ws.createLesion(record);
              if (!id) return tl::unexpected(id.error());
              return ws.placeOnBodyMap(*id, position);
          })
        .then(this, [this](const Result<LesionRecord>& created) { finishEdit(created); });
}

void BodyMapPanel::finishEdit(const Result<LesionRecord>& edited) {
    if (!edited) {
        hint_->setText(qs(edited.error().message()));
        return;
    }
    hint_->setText(tr("%1 placed: %2").arg(entryName(*edited), qs(edited->body_site)));
    if (edited->patient == patient_) Q_EMIT lesionsEdited(patient_);
}

// "L04 (left forearm)": the first number no lesion label of the patient starts with.
QString BodyMapPanel::nextLabel(const BodySite& site) const {
    for (int n = static_cast<int>(entries_.size()) + 1;; ++n) {
        const QString prefix = QStringLiteral("L%1").arg(n, 2, 10, QLatin1Char('0'));
        const bool taken = std::any_of(entries_.begin(), entries_.end(), [&](const auto& e) {
            return qs(e.lesion.label).startsWith(prefix);
        });
        if (!taken) return prefix + QStringLiteral(" (") + qs(site.words) + u')';
    }
}

QString BodyMapPanel::entryName(const LesionRecord& lesion) {
    if (!lesion.label.empty()) return qs(lesion.label);
    if (!lesion.external_key.empty()) return qs(lesion.external_key);
    return QStringLiteral("L%1").arg(lesion.id.value());  // as Workspace::patient names it
}

}  // namespace dermalens::ui
