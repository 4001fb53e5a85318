#include "pages/LesionPage.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QThreadPool>
#include <QToolButton>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>

#include "dermalens/workspace/Workspace.h"
#include "dialogs/RankExplanationDialog.h"
#include "services/AnalysisService.h"
#include "services/Settings.h"
#include "services/ViewExporter.h"
#include "services/WorkspaceService.h"
#include "support/QtConvert.h"
#include "widgets/FindingsForm.h"
#include "widgets/ImageView.h"
#include "widgets/MeasurementList.h"
#include "widgets/OverlayControls.h"
#include "widgets/ImageQualityNote.h"
#include "widgets/PredictionPanel.h"

namespace dermalens::ui {
namespace {

QToolButton* toolButton(const QString& text, const QString& tip, QWidget* parent) {
    auto* button = new QToolButton(parent);
    button->setText(text);
    button->setToolTip(tip);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    return button;
}

std::optional<double> spacingOf(const ImageMetadata& meta) {
    if (!meta.pixel_spacing_col_mm || *meta.pixel_spacing_col_mm <= 0) return std::nullopt;
    return *meta.pixel_spacing_col_mm / std::max(meta.decode_scale, 1e-6);
}

}  // namespace

LesionPage::LesionPage(AnalysisService* service, WorkspaceService* store, Settings* settings,
                       QWidget* parent)
    : QWidget(parent), service_(service), store_(store), settings_(settings) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    view_ = new ImageView(this);
    layout->addWidget(buildToolbar());
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    auto* imageColumn = new QWidget(splitter);
    auto* imageLayout = new QVBoxLayout(imageColumn);
    imageLayout->setContentsMargins(0, 0, 0, 0);
    imageLayout->setSpacing(0);
    controls_ = new OverlayControls(imageColumn);
    controls_->setOptions(settings_->overlayOptions());
    imageLayout->addWidget(view_, 1);
    imageLayout->addWidget(controls_);
    splitter->addWidget(imageColumn);
    splitter->addWidget(buildSideTabs());
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 0);
    splitter->setSizes({1000, 420});
    layout->addWidget(splitter, 1);

    connect(view_, &ImageView::rulerChanged, ruler_, &QLabel::setText);
    view_->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(view_, &ImageView::customContextMenuRequested, this, &LesionPage::showImageMenu);
    connect(service_, &AnalysisService::predictionReady, this, [this](const ImageId& id) {
        if (id == imageId_) refreshPrediction();
    });
    connect(service_, &AnalysisService::heatmapReady, this, [this](const ImageId& id, int) {
        if (id == imageId_) refreshOverlay();
    });
    connect(service_, &AnalysisService::imageFailed, this,
            [this](const ImageId& id, const QString& message) {
                if (id == imageId_ && !service_->prediction(id)) panel_->setMessage(message);
            });
    connect(service_, &AnalysisService::modelLoaded, this, [this] {
        if (imageId_.valid()) showVisit(visits_->currentIndex());
    });
    connect(service_, &AnalysisService::operatingPointChanged, this,
            [this] { panel_->setOperatingPoint(service_->operatingPoint()); });
}

QWidget* LesionPage::buildToolbar() {
    auto* bar = new QWidget(this);
    bar->setObjectName(QStringLiteral("pageHeader"));
    auto* row = new QHBoxLayout(bar);
    row->setContentsMargins(12, 8, 12, 8);
    auto* back = toolButton(tr("◀ Patient"), tr("Back to the patient's lesions (Esc)"), bar);
    back->setShortcut(Qt::Key_Escape);
    connect(back, &QToolButton::clicked, this, &LesionPage::backRequested);
    row->addWidget(back);
    title_ = new QLabel(bar);
    title_->setObjectName(QStringLiteral("pageTitle"));
    row->addWidget(title_, 1);
    visits_ = new QComboBox(bar);
    visits_->setAccessibleName(tr("Visit"));
    visits_->setToolTip(tr("Follow-up visits of this lesion"));
    connect(visits_, &QComboBox::activated, this, &LesionPage::showVisit);
    row->addWidget(visits_);
    followUp_ = new QPushButton(tr("Follow-up…"), bar);
    followUp_->setToolTip(tr("Compare this lesion's visits: aligned overlay and change figures"));
    connect(followUp_, &QPushButton::clicked, this, &LesionPage::followUpRequested);
    row->addWidget(followUp_);
    auto* why = new QPushButton(tr("Why this rank?"), bar);
    why->setObjectName(QStringLiteral("whyThisRank"));
    why->setToolTip(tr("How this lesion compares with the patient's other lesions"));
    connect(why, &QPushButton::clicked, this, [this] {
        (new RankExplanationDialog(service_, store_, patient_, lesion_.lesion_id, this))->open();
    });
    row->addWidget(why);
    auto* fit = toolButton(tr("Fit"), tr("Fit the image to the window (F)"), bar);
    connect(fit, &QToolButton::clicked, view_, &ImageView::fitToWindow);
    row->addWidget(fit);
    auto* actual = toolButton(tr("100 %"), tr("One image pixel per screen pixel (1)"), bar);
    connect(actual, &QToolButton::clicked, view_, &ImageView::actualSize);
    row->addWidget(actual);
    measure_ = toolButton(tr("Measure"), tr("Drag a line on the image to measure it"), bar);
    measure_->setCheckable(true);
    connect(measure_, &QToolButton::toggled, view_, &ImageView::setMeasureMode);
    row->addWidget(measure_);
    auto* calibrateButton =
        toolButton(tr("Calibrate…"), tr("Tell the length of the drawn line in mm"), bar);
    connect(calibrateButton, &QToolButton::clicked, this, &LesionPage::calibrate);
    row->addWidget(calibrateButton);
    keep_ = toolButton(tr("Keep Line"), tr("Store the drawn line as a measurement of this image"),
                       bar);
    keep_->setEnabled(false);
    connect(keep_, &QToolButton::clicked, this, &LesionPage::keepRulerLine);
    row->addWidget(keep_);
    ruler_ = new QLabel(bar);
    ruler_->setObjectName(QStringLiteral("secondaryText"));
    ruler_->setMinimumWidth(150);
    row->addWidget(ruler_);
    return bar;
}

// The prediction sidebar, the clinician's findings and the kept measurements, as tabs.
QWidget* LesionPage::buildSideTabs() {
    tabs_ = new QTabWidget(this);
    tabs_->setMinimumWidth(340);
    tabs_->addTab(buildSidebar(), tr("AI Result"));
    tabs_->addTab(buildFindingsTab(), tr("Findings"));
    measurements_ = new MeasurementList(store_, tabs_);
    tabs_->addTab(measurements_, tr("Measurements"));
    connect(measurements_, &MeasurementList::measurementsChanged, this, [this](const ImageId& id) {
        if (id == imageId_) view_->setSavedLines(measurements_->viewLines());
    });
    connect(view_, &ImageView::rulerChanged, this,
            [this] { keep_->setEnabled(view_->rulerLengthPx() > 0); });
    return tabs_;
}

QWidget* LesionPage::buildFindingsTab() {
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    findings_ = new FindingsForm(store_, settings_, scroll);
    findings_->setContentsMargins(12, 12, 12, 12);
    scroll->setWidget(findings_);
    return scroll;
}

QWidget* LesionPage::buildSidebar() {
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setMinimumWidth(320);
    auto* box = new QWidget(scroll);
    box->setObjectName(QStringLiteral("sidebar"));
    auto* column = new QVBoxLayout(box);
    column->setContentsMargins(16, 16, 16, 16);
    column->setSpacing(18);
    panel_ = new PredictionPanel(box);
    column->addWidget(panel_);
    column->addStretch(1);
    scroll->setWidget(box);
    connect(panel_, &PredictionPanel::modelCardRequested, this, &LesionPage::modelCardRequested);
    connect(controls_, &OverlayControls::overlayToggled, this, [this](bool on) {
        view_->setOverlayVisible(on);
        if (on) refreshOverlay();
    });
    connect(controls_, &OverlayControls::opacityChanged, view_, &ImageView::setOverlayOpacity);
    connect(controls_, &OverlayControls::classChanged, this, &LesionPage::onClassChanged);
    connect(controls_, &OverlayControls::colorMapChanged, this, [this] { refreshOverlay(); });
    return scroll;
}

QString LesionPage::title() const {
    QString text = lesionName(lesion_) + QStringLiteral(" — ") + patientName(patient_);
    if (isSynthetic(patient_) && !text.contains(QLatin1String("SYNTHETIC")))
        text += QStringLiteral("  [") + tr("SYNTHETIC") + u']';
    return text;
}

void LesionPage::setLesion(const Patient& patient, const Lesion& lesion) {
    patient_ = patient;
    patient_.lesions.clear();  // only the identity is needed here
    lesion_ = lesion;
    classIndex_ = -1;
    title_->setText(title());
    visits_->clear();
    for (std::size_t i = 0; i < lesion.images.size(); ++i) {
        const auto& rec = lesion.images[i];
        const QString date = formatDate(rec.date);
        visits_->addItem(tr("Visit %1%2")
                             .arg(i + 1)
                             .arg(date.isEmpty() ? QString() : QStringLiteral(" · ") + date));
    }
    visits_->setVisible(lesion.images.size() > 1);
    followUp_->setEnabled(lesion.images.size() > 1);
    visits_->setCurrentIndex(visits_->count() - 1);
    showVisit(visits_->count() - 1);
}

void LesionPage::showVisit(int index) {
    if (index < 0 || index >= static_cast<int>(lesion_.images.size())) return;
    const ImageRecord& rec = lesion_.images[index];
    imageId_ = rec.image_id;
    image_ = Image{};
    ++overlayGeneration_;
    overlayShown_ = false;
    view_->clear();
    findings_->setVisit(lesion_.lesion_id, rec.visit_id, rec.image_id);
    panel_->setMessage(tr("Loading %1…").arg(displayFileName(rec)));
    const ImageId id = imageId_;
    panel_->qualityNote()->showImage(store_, id);
    service_->loadImage(id).then(
        this, [this, id](const Result<Image>& image) { onImageLoaded(id, image); });
}

void LesionPage::onImageLoaded(const ImageId& id, const Result<Image>& image) {
    if (id != imageId_) return;  // the user moved on
    if (!image) {
        panel_->setMessage(qs(image.error().message()));
        return;
    }
    image_ = *image;
    view_->setImage(toQImage(image_.pixels), spacingOf(image_.meta));
    ruler_->setText(view_->mmPerPixel() ? tr("Pixel spacing known") : QString());
    restoreCalibration(id);
    measurements_->setImage(id, image_.meta.decode_scale);
    refreshPrediction();
}

// A ruler calibration the user saved for this image wins over the file's pixel spacing.
void LesionPage::restoreCalibration(const ImageId& id) {
    store_->run([id](Workspace& ws) { return ws.calibration(id); })
        .then(this, [this, id](const Result<std::optional<Calibration>>& stored) {
            if (id != imageId_ || image_.empty() || !stored || !*stored) return;
            applyCalibration(**stored);
        });
}

// Stored in mm per pixel of the file; the view may show a reduced decode.
void LesionPage::applyCalibration(const Calibration& calibration) {
    if (calibration.mm_per_pixel <= 0) return;
    const double scale = std::max(image_.meta.decode_scale, 1e-6);
    view_->setMmPerPixel(calibration.mm_per_pixel / scale);
    ruler_->setText(tr("Calibrated: %1 mm per pixel").arg(calibration.mm_per_pixel, 0, 'g', 4));
}

void LesionPage::refreshPrediction() {
    const Prediction* p = service_->prediction(imageId_);
    const ModelCard* card = service_->card();
    if (!card) {
        panel_->setMessage(service_->modelLoading()
                               ? tr("Loading the model…")
                               : tr("No model loaded: %1").arg(service_->modelProblem()));
        return;
    }
    if (!p) {
        panel_->setMessage(tr("Analysing…"));
        service_->requestPrediction(imageId_);
        return;
    }
    panel_->setOperatingPoint(service_->operatingPoint());
    panel_->setPrediction(*p, *card);
    findings_->setPrediction(imageId_, p, card);
    controls_->setClasses(*card, classIndex_ >= 0 ? classIndex_ : p->top_class);
    refreshOverlay();
}

void LesionPage::onClassChanged(int classIndex) {
    classIndex_ = classIndex;
    refreshOverlay();
}

void LesionPage::refreshOverlay() {
    const Prediction* p = service_->prediction(imageId_);
    if (!p || image_.empty() || !controls_->overlayEnabled()) return;
    const int cls = classIndex_ >= 0 ? classIndex_ : p->top_class;
    const Heatmap* map = service_->heatmap(imageId_, cls);
    if (!map) {
        service_->requestHeatmap(imageId_, cls);
        return;
    }
    OverlayOptions options = controls_->options();
    options.opacity = 1.0f;  // the view blends; the slider then needs no re-render
    if (options.normalization == HeatmapNormalization::Fixed) {
        options.fixed_max = map->raw_max;
        for (const auto& rec : lesion_.images)
            if (const Heatmap* other = service_->heatmap(rec.image_id, cls))
                options.fixed_max = std::max(options.fixed_max, other->raw_max);
    }
    // Colouring a full-resolution map takes a while for large photos: do it off the GUI thread.
    // The generation number drops results that a later request (class, colours) superseded.
    const int generation = ++overlayGeneration_;
    QtConcurrent::run(QThreadPool::globalInstance(), [pixels = image_.pixels, heatmap = *map,
                                                      options] {
        return toQImage(renderOverlay(pixels, heatmap, options));
    }).then(this, [this, generation, id = imageId_](const QImage& coloured) {
        if (generation != overlayGeneration_ || id != imageId_ || coloured.isNull()) return;
        view_->setOverlay(coloured);
        view_->setOverlayOpacity(controls_->options().opacity);
        view_->setOverlayVisible(controls_->overlayEnabled());
        overlayShown_ = true;
    });
}

bool LesionPage::ready() const {
    if (!imageId_.valid() || image_.empty() || !service_->prediction(imageId_)) return false;
    return !controls_->overlayEnabled() || overlayShown_;
}

void LesionPage::toggleOverlay() { controls_->setOverlayEnabled(!controls_->overlayEnabled()); }

void LesionPage::calibrate() {
    if (view_->rulerLengthPx() <= 0) {
        ruler_->setText(tr("Draw a line first (Measure)"));
        measure_->setChecked(true);
        return;
    }
    bool ok = false;
    const double mm = QInputDialog::getDouble(
        this, tr("Calibrate"), tr("Length of the drawn line (mm):"), 5.0, 0.01, 1000.0, 2, &ok);
    if (ok) calibrateRuler(mm);
}

void LesionPage::calibrateRuler(double mm) {
    view_->calibrate(mm);
    if (!view_->mmPerPixel() || !imageId_.valid() || image_.empty()) return;
    const double perFilePixel = *view_->mmPerPixel() * std::max(image_.meta.decode_scale, 1e-6);
    const ImageId id = imageId_;
    store_
        ->run([id, perFilePixel](Workspace& ws) {
            return ws.setCalibration(id, perFilePixel, "ruler");
        })
        .then(this, [this, id](const Result<void>& saved) {
            if (!saved) {
                if (id == imageId_) ruler_->setText(qs(saved.error().message()));
                return;
            }
            if (id == imageId_)
                ruler_->setText(view_->rulerText() + QStringLiteral(" · ") +
                                tr("calibration saved"));
            Q_EMIT calibrationSaved(id);
        });
}

bool LesionPage::keepRulerLine() {
    if (!measurements_->addLine(view_->rulerLine())) return false;
    view_->clearRuler();  // the kept line is drawn from the store from now on
    ruler_->setText(tr("Line kept (see Measurements)"));
    return true;
}

void LesionPage::showImageMenu(const QPoint& pos) {
    if (!imageId_.valid()) return;
    QMenu menu(this);
    const ImageId id = imageId_;
    menu.addAction(tr("&Delete This Image…"), this,
                   [this, id] { Q_EMIT deleteImageRequested(id); });
    menu.exec(view_->mapToGlobal(pos));
}

QImage LesionPage::exportImage() const {
    const ModelCard* card = service_->card();
    const QString model = card ? qs(card->name) + u' ' + qs(card->version) : tr("no model");
    return ViewExporter::compose(view_->renderToImage(), title(), panel_->summaryText(), model);
}

}  // namespace dermalens::ui
