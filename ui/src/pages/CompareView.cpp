#include "pages/CompareView.h"

#include <QGridLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

#include "services/AnalysisService.h"
#include "support/ClassNames.h"
#include "support/QtConvert.h"
#include "widgets/ImageView.h"

namespace dermalens::ui {

CompareView::CompareView(AnalysisService* service, QWidget* parent)
    : QWidget(parent), service_(service) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    auto* header = new QWidget(this);
    header->setObjectName(QStringLiteral("pageHeader"));
    auto* row = new QHBoxLayout(header);
    row->setContentsMargins(12, 8, 12, 8);
    auto* back = new QToolButton(header);
    back->setText(tr("◀ Patient"));
    back->setToolTip(tr("Back to the patient's lesions (Esc)"));
    back->setShortcut(Qt::Key_Escape);
    connect(back, &QToolButton::clicked, this, &CompareView::backRequested);
    row->addWidget(back);
    title_ = new QLabel(header);
    title_->setObjectName(QStringLiteral("pageTitle"));
    row->addWidget(title_, 1);
    auto* note = new QLabel(tr("Zoom and pan are synchronised"), header);
    note->setObjectName(QStringLiteral("secondaryText"));
    row->addWidget(note);
    layout->addWidget(header);
    auto* body = new QWidget(this);
    grid_ = new QGridLayout(body);
    grid_->setContentsMargins(8, 8, 8, 8);
    grid_->setSpacing(8);
    layout->addWidget(body, 1);
    connect(service_, &AnalysisService::predictionReady, this, [this](const ImageId& id) {
        for (auto& pane : panes_)
            if (pane.image == id) updateCaption(pane);
    });
}

void CompareView::clearPanes() {
    for (auto& pane : panes_) {
        delete pane.view->parentWidget();  // the pane's frame holds view and caption
    }
    panes_.clear();
}

void CompareView::setLesions(const Patient& patient, const QList<int>& lesionIndices) {
    clearPanes();
    QString name = patientName(patient);
    if (isSynthetic(patient) && !name.contains(QLatin1String("SYNTHETIC")))
        name += QStringLiteral(" — ") + tr("SYNTHETIC");
    title_->setText(tr("Compare %n lesion(s) — %1", "", lesionIndices.size()).arg(name));
    const int count = static_cast<int>(lesionIndices.size());
    panes_.reserve(count);
    for (int slot = 0; slot < count; ++slot) {
        const int index = lesionIndices[slot];
        if (index >= 0 && index < static_cast<int>(patient.lesions.size()))
            addPane(patient, patient.lesions[index], slot, count);
    }
}

void CompareView::addPane(const Patient&, const Lesion& lesion, int slot, int count) {
    auto* frame = new QWidget(this);
    frame->setObjectName(QStringLiteral("comparePane"));
    auto* column = new QVBoxLayout(frame);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(4);
    Pane pane;
    pane.view = new ImageView(frame);
    pane.caption = new QLabel(frame);
    pane.caption->setObjectName(QStringLiteral("caption"));
    pane.caption->setWordWrap(true);
    pane.lesion = lesionName(lesion);
    column->addWidget(pane.view, 1);
    column->addWidget(pane.caption);
    const int columns = count <= 3 ? count : 2;  // 2 or 3 in a row, 4 as 2 x 2
    grid_->addWidget(frame, slot / columns, slot % columns);
    if (const ImageRecord* rec = latestImage(lesion)) {
        pane.image = rec->image_id;
        pane.file = displayFileName(*rec);
        pane.date = formatDate(rec->date);
        ImageView* view = pane.view;
        service_->loadImage(pane.image).then(view, [view](const Result<Image>& image) {
            if (image) view->setImage(toQImage(image->pixels));
        });
        service_->requestPrediction(pane.image);
    }
    connect(pane.view, &ImageView::viewStateChanged, this,
            [this, view = pane.view](double zoom, QPointF c) { syncFrom(view, zoom, c); });
    panes_.push_back(pane);
    updateCaption(panes_.back());
}

void CompareView::updateCaption(Pane& pane) {
    QString text = QStringLiteral("<b>%1</b>").arg(pane.lesion.toHtmlEscaped());
    const Prediction* p = service_->prediction(pane.image);
    const ModelCard* card = service_->card();
    if (p && card && p->top_class >= 0 && p->top_class < static_cast<int>(card->classes.size()))
        text += QStringLiteral(" · %1 · %2")
                    .arg(ClassNames::displayName(card->classes[p->top_class]).toHtmlEscaped(),
                         tr("malignant %1 %").arg(p->malignant_probability * 100, 0, 'f', 1));
    const QString date = pane.date.isEmpty() ? tr("date unknown") : pane.date;
    text += QStringLiteral("<br><span style='color:#666'>%1 · %2</span>")
                .arg(date.toHtmlEscaped(), pane.file.toHtmlEscaped());
    pane.caption->setText(text);
}

void CompareView::syncFrom(ImageView* source, double zoom, QPointF center) {
    if (syncing_) return;
    syncing_ = true;
    for (auto& pane : panes_)
        if (pane.view != source) pane.view->applyViewState(zoom, center);
    syncing_ = false;
}

bool CompareView::ready() const {
    for (const auto& pane : panes_)
        if (!pane.view->hasImage()) return false;
    return !panes_.empty();
}

void CompareView::fitAll() {
    for (auto& pane : panes_) pane.view->fitToWindow();
}

void CompareView::actualSizeAll() {
    for (auto& pane : panes_) pane.view->actualSize();
}

}  // namespace dermalens::ui
