#include "pages/TimelinePage.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include "services/AnalysisService.h"
#include "services/WorkspaceService.h"
#include "support/ChangeText.h"
#include "support/QtConvert.h"
#include "widgets/ContourOverlay.h"
#include "widgets/ImageView.h"
#include "widgets/OverlayBlendView.h"
#include "widgets/TimelineChart.h"

namespace dermalens::ui {
namespace {

constexpr int kThumb = 96;

QPixmap placeholder() {
    QPixmap pixmap(kThumb, kThumb);
    pixmap.fill(QColor(0xdd, 0xdd, 0xdd));
    return pixmap;
}

}  // namespace

TimelinePage::TimelinePage(AnalysisService* service, WorkspaceService* store, QWidget* parent)
    : QWidget(parent), service_(service), store_(store) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(buildHeader());
    strip_ = new QListWidget(this);
    strip_->setAccessibleName(tr("Visits of this lesion"));
    strip_->setToolTip(tr("Click two visits to compare them"));
    strip_->setViewMode(QListView::IconMode);
    strip_->setFlow(QListView::LeftToRight);
    strip_->setWrapping(false);
    strip_->setIconSize(QSize(kThumb, kThumb));
    strip_->setSelectionMode(QAbstractItemView::MultiSelection);
    strip_->setFixedHeight(kThumb + 56);
    connect(strip_, &QListWidget::itemClicked, this,
            [this](QListWidgetItem* item) { onStripClicked(strip_->row(item)); });
    layout->addWidget(strip_);
    auto* body = new QWidget(this);
    auto* row = new QHBoxLayout(body);
    row->setContentsMargins(8, 8, 8, 8);
    row->setSpacing(8);
    row->addWidget(buildPane(beforeView_, beforeCaption_), 1);
    row->addWidget(buildPane(afterView_, afterCaption_), 1);
    overlay_ = new OverlayBlendView(body);
    overlay_->setAccessibleName(tr("Later visit aligned onto the earlier one"));
    row->addWidget(overlay_, 1);
    layout->addWidget(body, 1);
    layout->addWidget(buildFooter());
    for (ImageView* view : {beforeView_, afterView_})
        connect(view, &ImageView::viewStateChanged, this,
                [this, view](double zoom, QPointF c) { syncFrom(view, zoom, c); });
    connect(store_, &WorkspaceService::comparisonReady, this, &TimelinePage::onComparison);
    connect(store_, &WorkspaceService::comparisonFailed, this, &TimelinePage::onComparisonFailed);
    connectOutlinesAndChart();
}

// The outlines on both views, and the chart reloaded (once per burst) as analyses arrive.
void TimelinePage::connectOutlinesAndChart() {
    contours_[0] = new ContourOverlay(beforeView_);
    contours_[1] = new ContourOverlay(afterView_);
    for (ContourOverlay* contour : contours_)
        connect(contour, &ContourOverlay::edited, this, &TimelinePage::updateOutlineButtons);
    timelineRefresh_ = new QTimer(this);
    timelineRefresh_->setSingleShot(true);
    timelineRefresh_->setInterval(300);
    connect(timelineRefresh_, &QTimer::timeout, this, &TimelinePage::loadTimeline);
    connect(service_, &AnalysisService::predictionReady, this, [this](const ImageId& id) {
        for (const ImageRecord& image : lesion_.images)
            if (image.image_id == id) timelineRefresh_->start();
    });
}

QWidget* TimelinePage::buildFooter() {
    auto* footer = new QWidget(this);
    auto* row = new QHBoxLayout(footer);
    row->setContentsMargins(8, 0, 8, 8);
    change_ = new QLabel(footer);
    change_->setObjectName(QStringLiteral("changeText"));
    change_->setWordWrap(true);
    change_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    change_->setContentsMargins(8, 8, 8, 8);
    change_->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    row->addWidget(change_, 1);
    chart_ = new TimelineChart(footer);
    chart_->setMinimumHeight(230);
    chart_->setMaximumHeight(260);
    row->addWidget(chart_, 1);
    return footer;
}

QWidget* TimelinePage::buildOutlineTools(QWidget* parent) {
    auto* tools = new QWidget(parent);
    auto* row = new QHBoxLayout(tools);
    row->setContentsMargins(0, 0, 0, 0);
    editOutlines_ = new QToolButton(tools);
    editOutlines_->setText(tr("Edit outlines"));
    editOutlines_->setCheckable(true);
    editOutlines_->setToolTip(tr("Drag the outline's vertices on either visit to correct it"));
    saveOutlines_ = new QPushButton(tr("Save outlines"), tools);
    saveOutlines_->setToolTip(tr("Keep the corrected outlines and recompute the figures"));
    revertOutlines_ = new QPushButton(tr("Revert"), tools);
    revertOutlines_->setToolTip(tr("Forget the corrections not saved yet"));
    for (QWidget* w : {static_cast<QWidget*>(editOutlines_), static_cast<QWidget*>(saveOutlines_),
                       static_cast<QWidget*>(revertOutlines_)})
        row->addWidget(w);
    connect(editOutlines_, &QToolButton::toggled, this, [this](bool on) {
        for (ContourOverlay* contour : contours_) contour->setEditable(on);
    });
    connect(saveOutlines_, &QPushButton::clicked, this, &TimelinePage::saveEditedOutlines);
    connect(revertOutlines_, &QPushButton::clicked, this, [this] {
        for (ContourOverlay* contour : contours_) contour->clear();
        applyContours();
        updateOutlineButtons();
    });
    saveOutlines_->setEnabled(false);
    revertOutlines_->setEnabled(false);
    return tools;
}

QWidget* TimelinePage::buildHeader() {
    auto* header = new QWidget(this);
    header->setObjectName(QStringLiteral("pageHeader"));
    auto* row = new QHBoxLayout(header);
    row->setContentsMargins(12, 8, 12, 8);
    auto* back = new QToolButton(header);
    back->setText(tr("◀ Lesion"));
    back->setToolTip(tr("Back to the lesion (Esc)"));
    back->setShortcut(Qt::Key_Escape);
    connect(back, &QToolButton::clicked, this, &TimelinePage::backRequested);
    row->addWidget(back);
    title_ = new QLabel(header);
    title_->setObjectName(QStringLiteral("pageTitle"));
    row->addWidget(title_, 1);
    row->addWidget(buildOutlineTools(header));
    auto* note = new QLabel(tr("Zoom and pan of the two visits are synchronised"), header);
    note->setObjectName(QStringLiteral("secondaryText"));
    row->addWidget(note);
    return header;
}

QWidget* TimelinePage::buildPane(ImageView*& view, QLabel*& caption) {
    auto* frame = new QWidget(this);
    frame->setObjectName(QStringLiteral("comparePane"));
    auto* column = new QVBoxLayout(frame);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(4);
    view = new ImageView(frame);
    caption = new QLabel(frame);
    caption->setObjectName(QStringLiteral("caption"));
    column->addWidget(view, 1);
    column->addWidget(caption);
    return frame;
}

void TimelinePage::setLesion(const Patient& patient, const Lesion& lesion) {
    lesion_ = lesion;
    ++generation_;
    images_.assign(lesion.images.size(), QImage());
    QString name = lesionName(lesion) + QStringLiteral(" — ") + patientName(patient);
    if (isSynthetic(patient) && !name.contains(QLatin1String("SYNTHETIC")))
        name += QStringLiteral("  [") + tr("SYNTHETIC") + u']';
    title_->setText(tr("Follow-up: %1").arg(name));
    strip_->clear();
    for (int i = 0; i < visitCount(); ++i) {
        strip_->addItem(new QListWidgetItem(QIcon(placeholder()), visitLabel(i)));
        const int generation = generation_;
        service_->loadImage(imageAt(i)).then(this, [this, i, generation](const Result<Image>& r) {
            if (generation == generation_ && r) onImageLoaded(i, toQImage(r->pixels));
        });
    }
    before_ = after_ = -1;
    const int n = visitCount();
    if (n >= 2) chooseVisits(n - 2, n - 1);
    loadTimeline();
}

QString TimelinePage::visitLabel(int index) const {
    const QString date = formatDate(lesion_.images[index].date);
    return tr("Visit %1").arg(index + 1) + u'\n' + (date.isEmpty() ? tr("date unknown") : date);
}

ImageId TimelinePage::imageAt(int index) const { return lesion_.images[index].image_id; }

void TimelinePage::onImageLoaded(int index, const QImage& image) {
    images_[index] = image;
    const QPixmap thumb = QPixmap::fromImage(
        image.scaled(kThumb, kThumb, Qt::KeepAspectRatio, Qt::SmoothTransformation));
    QIcon icon(thumb);
    icon.addPixmap(thumb, QIcon::Selected);  // a chosen visit keeps its true colours
    strip_->item(index)->setIcon(icon);
    if (index == before_ || index == after_) showChosenImages();
}

// Another pair of visits drops outline corrections not saved: only when the user says so.
bool TimelinePage::confirmDroppingEdits() {
    if (!contours_[0]->isModified() && !contours_[1]->isModified()) return true;
    return QMessageBox::question(this, tr("Outlines not saved"),
                                 tr("The corrected outlines are not saved. Drop the corrections "
                                    "and compare other visits?"),
                                 QMessageBox::Discard | QMessageBox::Cancel,
                                 QMessageBox::Cancel) == QMessageBox::Discard;
}

void TimelinePage::onStripClicked(int row) {
    // An earlier visit becomes the baseline; one after the later chosen becomes the later.
    if (row == before_ || row == after_ || before_ < 0 || !confirmDroppingEdits())
        chooseVisits(before_, after_);  // keeps the pair; restores the selection
    else if (row < after_)
        chooseVisits(row, after_);
    else
        chooseVisits(before_, row);
}

void TimelinePage::chooseVisits(int before, int after) {
    if (before < 0 || after >= visitCount() || before >= after) return;
    const QSignalBlocker block(strip_);
    strip_->clearSelection();
    strip_->item(before)->setSelected(true);
    strip_->item(after)->setSelected(true);
    if (before == before_ && after == after_) return;
    before_ = before;
    after_ = after;
    beforeView_->clear();
    afterView_->clear();
    const QString dot = QStringLiteral(" · ");
    beforeCaption_->setText(tr("Before: %1").arg(visitLabel(before).replace(u'\n', dot)));
    afterCaption_->setText(tr("After: %1").arg(visitLabel(after).replace(u'\n', dot)));
    loadContours();
    showChosenImages();
    compareChosen();
}

void TimelinePage::compareChosen() {
    comparison_.reset();
    comparisonDone_ = false;
    overlay_->showMessage(tr("Aligning the visits…"));
    change_->setText(tr("Comparing the visits…"));
    store_->compareVisits(imageAt(before_), imageAt(after_));
}

void TimelinePage::showChosenImages() {
    if (!beforeView_->hasImage() && !images_[before_].isNull())
        beforeView_->setImage(images_[before_]);
    if (!afterView_->hasImage() && !images_[after_].isNull()) afterView_->setImage(images_[after_]);
    applyContours();
    updateOverlay();
}

void TimelinePage::onComparison(const ImageId& before, const ImageId& after,
                                const VisitComparison& value) {
    if (before_ < 0 || before != imageAt(before_) || after != imageAt(after_)) return;
    comparison_ = value;
    comparisonDone_ = true;
    change_->setText(changeSummary(value));
    updateOverlay();
}

void TimelinePage::onComparisonFailed(const ImageId& before, const ImageId& after,
                                      const QString& message) {
    if (before_ < 0 || before != imageAt(before_) || after != imageAt(after_)) return;
    comparisonDone_ = true;
    change_->setText(tr("The visits could not be compared: %1").arg(message));
    overlay_->showMessage(tr("No aligned overlay: %1").arg(message));
}

void TimelinePage::updateOverlay() {
    if (!comparison_) return;
    const RegistrationResult& registration = comparison_->change.registration;
    if (images_[before_].isNull() || images_[after_].isNull() || overlay_->hasOverlay()) return;
    if (registration.trusted)
        overlay_->setImages(images_[before_], images_[after_], registration.transform);
    else
        overlay_->setUnalignedImages(
            images_[before_], images_[after_],
            tr("NOT ALIGNED: the alignment of the two images is not trusted (%1). They are shown "
               "unaligned; compare them side by side.")
                .arg(qs(registration.reason)));
}

void TimelinePage::syncFrom(ImageView* source, double zoom, QPointF center) {
    if (syncing_) return;
    syncing_ = true;
    for (ImageView* view : {beforeView_, afterView_})
        if (view != source) view->applyViewState(zoom, center);
    syncing_ = false;
}

QString TimelinePage::changeText() const { return change_->text(); }

bool TimelinePage::ready() const {
    return comparisonDone_ && beforeView_->hasImage() && afterView_->hasImage();
}

bool TimelinePage::outlinesReady() const {
    return !savingOutlines_ && contoursDone_[0] && contoursDone_[1] &&
           (contours_[0]->hasContour() || !loadedContours_[0]) &&
           (contours_[1]->hasContour() || !loadedContours_[1]);
}

// The stored outline of each chosen image, else the automatic one (stored then as "auto").
void TimelinePage::loadContours() {
    const int generation = ++pairGeneration_;
    for (int side = 0; side < 2; ++side) {
        contours_[side]->clear();
        loadedContours_[side].reset();
        contourProblems_[side].clear();
        contoursDone_[side] = false;
        const ImageId id = imageAt(side == 0 ? before_ : after_);
        store_->run([id](Workspace& ws) { return ws.lesionContour(id); })
            .then(this, [this, side, generation](const Result<LesionContour>& contour) {
                if (generation != pairGeneration_) return;
                contoursDone_[side] = true;
                if (contour)
                    loadedContours_[side] = *contour;
                else
                    contourProblems_[side] = qs(contour.error().reason);
                applyContours();
            });
    }
    updateOutlineButtons();
}

// Draws each loaded outline once its image is shown (the handles keep inside the image).
void TimelinePage::applyContours() {
    ImageView* views[2] = {beforeView_, afterView_};
    for (int side = 0; side < 2; ++side) {
        const auto& loaded = loadedContours_[side];
        if (!loaded || !views[side]->hasImage() || contours_[side]->hasContour()) continue;
        contours_[side]->setContour(loaded->points, loaded->source == ContourSource::User);
    }
    updateOutlineButtons();
}

void TimelinePage::updateOutlineButtons() {
    const bool modified = contours_[0]->isModified() || contours_[1]->isModified();
    saveOutlines_->setEnabled(modified && !savingOutlines_);
    revertOutlines_->setEnabled(modified && !savingOutlines_);
    editOutlines_->setEnabled(contours_[0]->hasContour() || contours_[1]->hasContour());
}

void TimelinePage::saveEditedOutlines() {
    std::vector<std::pair<ImageId, ImagePolygon>> edits;
    for (int side = 0; side < 2; ++side)
        if (contours_[side]->isModified())
            edits.emplace_back(imageAt(side == 0 ? before_ : after_), contours_[side]->polygon());
    if (edits.empty() || savingOutlines_) return;
    savingOutlines_ = true;
    updateOutlineButtons();
    store_
        ->run([edits](Workspace& ws) -> Result<void> {
            for (const auto& [image, points] : edits)
                if (auto saved = ws.setLesionContour(image, points); !saved) return saved;
            return {};
        })
        .then(this, [this](const Result<void>& saved) {
            onOutlinesSaved(saved ? QString() : qs(saved.error().message()));
        });
}

// Saved outlines are read back (the store's word is what is shown) and every figure that
// depends on them is recomputed: the comparison and the chart.
void TimelinePage::onOutlinesSaved(const QString& error) {
    savingOutlines_ = false;
    if (!error.isEmpty()) {
        change_->setText(tr("The outlines could not be saved: %1").arg(error));
        updateOutlineButtons();
        return;
    }
    loadContours();
    compareChosen();
    loadTimeline();
}

void TimelinePage::loadTimeline() {
    timelineDone_ = false;
    const LesionId lesion = lesion_.lesion_id;
    const int generation = ++timelineGeneration_;
    store_->run([lesion](Workspace& ws) { return ws.lesionTimeline(lesion); })
        .then(this, [this, generation](const Result<LesionTimeline>& timeline) {
            if (generation != timelineGeneration_) return;
            timelineDone_ = true;
            if (timeline)
                chart_->setTimeline(*timeline);
            else
                chart_->showMessage(tr("No timeline: %1").arg(qs(timeline.error().message())));
        });
}

}  // namespace dermalens::ui
