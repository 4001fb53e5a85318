#include "pages/PatientPage.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QVBoxLayout>

#include "pages/BodyMapPanel.h"
#include "services/AnalysisService.h"
#include "support/OperatingPointText.h"
#include "support/QtConvert.h"
#include "widgets/LesionTile.h"
#include "widgets/LesionTileModel.h"

namespace dermalens::ui {
namespace {
constexpr int kMaxCompare = 4;
}

PatientPage::PatientPage(AnalysisService* service, WorkspaceService* store, QWidget* parent)
    : QWidget(parent), service_(service), store_(store) {
    model_ = new LesionTileModel(service, store, this);
    proxy_ = new QSortFilterProxyModel(this);
    proxy_->setSourceModel(model_);
    proxy_->setDynamicSortFilter(true);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    auto* header = new QWidget(this);
    header->setObjectName(QStringLiteral("pageHeader"));
    auto* row = new QHBoxLayout(header);
    row->setContentsMargins(16, 10, 16, 10);
    auto* titles = new QVBoxLayout;
    title_ = new QLabel(header);
    title_->setObjectName(QStringLiteral("pageTitle"));
    summary_ = new QLabel(header);
    summary_->setObjectName(QStringLiteral("secondaryText"));
    // Wraps instead of setting the window's minimum width (the Russian line alone was 2,500 px).
    summary_->setWordWrap(true);
    titles->addWidget(title_);
    titles->addWidget(summary_);
    row->addLayout(titles, 1);
    auto* sortLabel = new QLabel(tr("&Sort by"), header);
    sort_ = new QComboBox(header);
    sortLabel->setBuddy(sort_);
    sort_->addItem(tr("Ugly-duckling rank"), static_cast<int>(SortKey::UglyDuckling));
    sort_->addItem(tr("Malignant probability"), static_cast<int>(SortKey::Malignancy));
    sort_->addItem(tr("Date (newest first)"), static_cast<int>(SortKey::Date));
    sort_->addItem(tr("Label"), static_cast<int>(SortKey::Label));
    row->addWidget(sortLabel);
    row->addWidget(sort_);
    compare_ = new QPushButton(tr("&Compare"), header);
    compare_->setToolTip(tr("Select 2 to 4 lesions (Ctrl+click) to compare them side by side"));
    row->addWidget(compare_);
    mapButton_ = new QPushButton(tr("Body &map"), header);
    mapButton_->setCheckable(true);
    mapButton_->setToolTip(tr("Show the lesions on the front and back body diagram"));
    row->addWidget(mapButton_);
    layout->addWidget(header);

    split_ = new QSplitter(Qt::Horizontal, this);
    grid_ = new QListView(split_);
    grid_->setObjectName(QStringLiteral("lesionGrid"));
    grid_->setViewMode(QListView::IconMode);
    grid_->setFlow(QListView::LeftToRight);
    grid_->setWrapping(true);
    grid_->setResizeMode(QListView::Adjust);
    grid_->setMovement(QListView::Static);
    grid_->setUniformItemSizes(true);
    grid_->setSpacing(6);
    grid_->setSelectionMode(QAbstractItemView::ExtendedSelection);
    grid_->setItemDelegate(new LesionTile(grid_));
    grid_->setModel(proxy_);
    grid_->setAccessibleName(tr("Lesions"));
    grid_->setContextMenuPolicy(Qt::CustomContextMenu);
    split_->addWidget(grid_);
    createBodyMap();
    layout->addWidget(split_, 1);

    connect(sort_, &QComboBox::currentIndexChanged, this,
            [this] { setSortKey(static_cast<SortKey>(sort_->currentData().toInt())); });
    connect(grid_, &QListView::activated, this, [this](const QModelIndex& index) {
        Q_EMIT lesionActivated(index.data(LesionTileModel::LesionIndexRole).toInt());
    });
    connect(grid_->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &PatientPage::updateCompareButton);
    connect(grid_, &QListView::customContextMenuRequested, this, &PatientPage::showTileMenu);
    connect(compare_, &QPushButton::clicked, this,
            [this] { Q_EMIT compareRequested(selectedLesions()); });
    connect(model_, &LesionTileModel::rankingChanged, this, [this] {
        updateHeader();
        proxy_->invalidate();
    });
    connect(service_, &AnalysisService::predictionReady, this, &PatientPage::updateHeader);
    connect(service_, &AnalysisService::operatingPointChanged, this, &PatientPage::updateHeader);
    setSortKey(SortKey::UglyDuckling);
    updateCompareButton();
}

void PatientPage::createBodyMap() {
    bodyMap_ = new BodyMapPanel(store_, model_, split_);
    split_->addWidget(bodyMap_);
    split_->setStretchFactor(0, 3);
    split_->setStretchFactor(1, 2);
    bodyMap_->setVisible(false);
    connect(mapButton_, &QPushButton::toggled, this, &PatientPage::setBodyMapVisible);
    connect(bodyMap_, &BodyMapPanel::lesionActivated, this, [this](LesionId lesion) {
        const int row = model_->rowOf(lesion);
        if (row >= 0) Q_EMIT lesionActivated(row);
    });
    connect(bodyMap_, &BodyMapPanel::lesionsEdited, this, &PatientPage::lesionsEdited);
}

bool PatientPage::bodyMapVisible() const { return !bodyMap_->isHidden(); }

void PatientPage::setBodyMapVisible(bool visible) {
    if (visible == bodyMapVisible()) return;
    bodyMap_->setVisible(visible);
    mapButton_->setChecked(visible);
    Q_EMIT bodyMapToggled(visible);
}

void PatientPage::setPatient(const Patient& patient) {
    bodyMap_->setPatient(patient);
    model_->setPatient(patient);
    proxy_->invalidate();
    updateHeader();
    updateCompareButton();
    if (proxy_->rowCount() > 0) grid_->setCurrentIndex(proxy_->index(0, 0));
    grid_->clearSelection();
}

const Patient& PatientPage::patient() const { return model_->patient(); }

void PatientPage::updateHeader() {
    const Patient& p = model_->patient();
    QString name = patientName(p);
    if (isSynthetic(p) && !name.contains(QLatin1String("SYNTHETIC")))
        name += QStringLiteral(" — ") + tr("SYNTHETIC");
    title_->setText(name);
    const int lesions = model_->rowCount();
    QString text = tr("%n lesion(s)", "", lesions) + QStringLiteral(" · ") +
                   tr("%1 of %2 analysed").arg(model_->analysedCount()).arg(lesions);
    if (model_->ranked())
        text += QStringLiteral(" · ") +
                tr("ranked by how unusual each lesion looks within this patient");
    else if (lesions >= 2)
        text += QStringLiteral(" · ") + tr("ugly-duckling ranking after analysis");
    if (service_->card())
        text += QStringLiteral(" · ") +
                tr("suspicious at %1").arg(OperatingPointText::summary(service_->operatingPoint()));
    summary_->setText(text);
}

void PatientPage::setSortKey(SortKey key) {
    using R = LesionTileModel::Role;
    switch (key) {
        case SortKey::UglyDuckling:
            proxy_->setSortRole(R::RankSortRole);
            proxy_->sort(0, Qt::AscendingOrder);
            break;
        case SortKey::Malignancy:
            proxy_->setSortRole(R::MalignantRole);
            proxy_->sort(0, Qt::DescendingOrder);
            break;
        case SortKey::Date:
            proxy_->setSortRole(R::DateRole);
            proxy_->sort(0, Qt::DescendingOrder);
            break;
        case SortKey::Label:
            proxy_->setSortRole(Qt::DisplayRole);
            proxy_->sort(0, Qt::AscendingOrder);
            break;
    }
    const int comboIndex = sort_->findData(static_cast<int>(key));
    if (sort_->currentIndex() != comboIndex) sort_->setCurrentIndex(comboIndex);
}

void PatientPage::selectLesions(const QList<int>& lesionIndices) {
    QItemSelection selection;
    for (int row = 0; row < proxy_->rowCount(); ++row) {
        const QModelIndex index = proxy_->index(row, 0);
        if (lesionIndices.contains(index.data(LesionTileModel::LesionIndexRole).toInt()))
            selection.select(index, index);
    }
    grid_->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
}

QList<int> PatientPage::selectedLesions() const {
    QList<int> result;
    for (int row = 0; row < proxy_->rowCount(); ++row) {
        const QModelIndex index = proxy_->index(row, 0);
        if (grid_->selectionModel()->isSelected(index))
            result << index.data(LesionTileModel::LesionIndexRole).toInt();
    }
    return result;
}

void PatientPage::showTileMenu(const QPoint& pos) {
    const QModelIndex index = grid_->indexAt(pos);
    if (!index.isValid()) return;
    // Right-clicking an unselected tile acts on that tile alone, as in file managers.
    if (!grid_->selectionModel()->isSelected(index))
        grid_->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect);
    QMenu menu(this);
    menu.addAction(tr("&Assign to Patient / Lesion…"), this,
                   [this] { Q_EMIT assignRequested(selectedLesions()); });
    menu.addSeparator();
    menu.addAction(tr("&Delete Lesion…"), this,
                   [this] { Q_EMIT deleteRequested(selectedLesions()); });
    menu.exec(grid_->viewport()->mapToGlobal(pos));
}

void PatientPage::updateCompareButton() {
    const auto n = selectedLesions().size();
    compare_->setEnabled(n >= 2 && n <= kMaxCompare);
    compare_->setText(n >= 2 ? tr("&Compare (%1)").arg(n) : tr("&Compare"));
}

}  // namespace dermalens::ui
