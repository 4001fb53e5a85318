#include "services/AnalysisService.h"

#include <QtConcurrent/QtConcurrentRun>

#include "support/QtConvert.h"
#include "dermalens/imaging/ImageLoader.h"

namespace dermalens::ui {

// The Classifier lives here and is touched only by tasks on the single inference thread.
struct AnalysisService::ModelSlot {
    std::optional<Classifier> classifier;
};

struct AnalysisService::ModelInfo {
    ModelCard card;
    QString device;
};

namespace {

constexpr int kBatchWindow = 2;      // images decoded/queued ahead of the classifier
constexpr int kThumbnailSide = 320;  // px, longer side
constexpr int kImageCacheKiB = 512 * 1024;

Error noModel() { return Error{ErrorCode::InvalidModel, {}, "no model is loaded"}; }
Error cancelled() { return Error{ErrorCode::Cancelled, {}, "cancelled"}; }

QString heatmapKey(const QString& path, int classIndex) {
    return path + u'\n' + QString::number(classIndex);
}

int costKiB(const Image& image) {
    return std::max(1, static_cast<int>(image.pixels.total() * image.pixels.elemSize() / 1024));
}

}  // namespace

AnalysisService::AnalysisService(QObject* parent)
    : QObject(parent),
      slot_(std::make_shared<ModelSlot>()),
      shutdown_(std::make_shared<std::atomic_bool>(false)),
      predictions_(20000),
      heatmaps_(24),
      images_(kImageCacheKiB),
      thumbnails_(4000) {
    inferencePool_.setMaxThreadCount(1);
    inferencePool_.setExpiryTimeout(-1);  // keep the thread: LibTorch keeps per-thread state
}

AnalysisService::~AnalysisService() {
    // Let queued work drain quickly: tasks check the flag and return at once.
    shutdown_->store(true);
    if (batch_.cancel) batch_.cancel->store(true);
    QThreadPool::globalInstance()->waitForDone();  // decode tasks may still chain onto our pool
    inferencePool_.clear();
    inferencePool_.waitForDone();
}

void AnalysisService::loadModel(const QString& directory, Device device) {
    loading_ = true;
    modelProblem_.clear();
    card_.reset();
    predictions_.clear();
    heatmaps_.clear();
    failed_.clear();
    auto slot = slot_;
    const auto dir = toPath(directory);
    QtConcurrent::run(&inferencePool_, [slot, dir, device]() -> Result<ModelInfo> {
        slot->classifier.reset();
        ClassifierConfig config;
        config.device = device;
        auto loaded = Classifier::load(dir, config);
        if (!loaded) return tl::unexpected(loaded.error());
        ModelInfo info{loaded->card(), qs(loaded->deviceName())};
        slot->classifier.emplace(std::move(*loaded));
        return info;
    }).then(this, [this, directory](const Result<ModelInfo>& r) {
          onModelResult(r, directory);
      }).onFailed(this, [this, directory] {
        onModelResult(
            tl::unexpected(Error{ErrorCode::Internal, directory.toStdString(),
                                 tr("unexpected error while loading the model").toStdString()}),
            directory);
    });
}

void AnalysisService::onModelResult(const Result<ModelInfo>& result, const QString& directory) {
    loading_ = false;
    modelDirectory_ = directory;
    if (!result) {
        modelProblem_ = qs(result.error().message());
        if (batch_.active) cancelAnalysis();
        Q_EMIT modelFailed(modelProblem_);
        return;
    }
    card_ = result->card;
    deviceName_ = result->device;
    Q_EMIT modelLoaded();
}

const Prediction* AnalysisService::prediction(const QString& path) const {
    return predictions_.object(path);
}

const Heatmap* AnalysisService::heatmap(const QString& path, int classIndex) const {
    return heatmaps_.object(heatmapKey(path, classIndex));
}

const QImage* AnalysisService::thumbnail(const QString& path) const {
    return thumbnails_.object(path);
}

QFuture<Result<Image>> AnalysisService::loadImage(const QString& path) {
    if (const Image* cached = images_.object(path))
        return QtFuture::makeReadyFuture(Result<Image>(*cached));
    return QtConcurrent::run(QThreadPool::globalInstance(),
                             [file = toPath(path)] { return dermalens::loadImage(file); })
        .then(this, [this, path](Result<Image> image) {
            if (image) images_.insert(path, new Image(*image), costKiB(*image));
            return image;
        });
}

void AnalysisService::requestThumbnail(const QString& path) {
    if (thumbnails_.contains(path) || pendingThumbnails_.contains(path)) return;
    pendingThumbnails_.insert(path);
    QtConcurrent::run(QThreadPool::globalInstance(), [file = toPath(path)]() -> Result<QImage> {
        LoadOptions options;
        options.max_dimension = kThumbnailSide;
        auto image = dermalens::loadImage(file, options);
        if (!image) return tl::unexpected(image.error());
        return toQImage(image->pixels);
    }).then(this, [this, path](const Result<QImage>& thumb) {
        pendingThumbnails_.remove(path);
        if (!thumb) {
            failed_.insert(path);
            Q_EMIT imageFailed(path, qs(thumb.error().message()));
            return;
        }
        thumbnails_.insert(path, new QImage(*thumb));
        Q_EMIT thumbnailReady(path);
    });
}

void AnalysisService::requestPrediction(const QString& path) {
    if (predictions_.contains(path) || pendingPredictions_.contains(path)) return;
    startPrediction(path);
}

void AnalysisService::startPrediction(const QString& path) {
    pendingPredictions_.insert(path);
    ++inFlight_;
    auto slot = slot_;
    auto stop = batch_.members.contains(path) && batch_.cancel ? batch_.cancel : shutdown_;
    auto shutdown = shutdown_;
    loadImage(path)
        .then(&inferencePool_,
              [slot, stop, shutdown](Result<Image> image) -> Result<Prediction> {
                  if (stop->load() || shutdown->load()) return tl::unexpected(cancelled());
                  if (!image) return tl::unexpected(image.error());
                  if (!slot->classifier) return tl::unexpected(noModel());
                  return slot->classifier->predict(*image);
              })
        .then(this, [this, path](const Result<Prediction>& r) { onPredictionDone(path, r); })
        .onFailed(this, [this, path] {
            onPredictionDone(
                path, tl::unexpected(Error{ErrorCode::Internal, path.toStdString(),
                                           tr("unexpected error during analysis").toStdString()}));
        });
}

void AnalysisService::onPredictionDone(const QString& path, const Result<Prediction>& result) {
    pendingPredictions_.remove(path);
    --inFlight_;
    if (result) {
        predictions_.insert(path, new Prediction(*result));
        Q_EMIT predictionReady(path);
    } else if (result.error().code != ErrorCode::Cancelled &&
               !(result.error().code == ErrorCode::InvalidModel && result.error().file.empty())) {
        failed_.insert(path);
        Error error = result.error();
        if (error.file.empty()) error.file = path.toStdString();
        Q_EMIT imageFailed(path, qs(error.message()));
    }
    if (batch_.active && batch_.members.contains(path)) {
        const bool cancelledByOlderBatch =
            !result && result.error().code == ErrorCode::Cancelled && !batch_.cancel->load();
        if (cancelledByOlderBatch) {
            // It was started by a batch that a newer analyse() replaced; this batch still
            // needs it, so run it again instead of counting it as done without a result.
            batch_.queue.append(path);
        } else {
            ++batch_.done;
            Q_EMIT analysisProgress(batch_.done, batch_.total);
        }
        pumpBatch();
    }
}

void AnalysisService::requestHeatmap(const QString& path, int classIndex) {
    const QString key = heatmapKey(path, classIndex);
    if (heatmaps_.contains(key) || pendingHeatmaps_.contains(key)) return;
    pendingHeatmaps_.insert(key);
    auto slot = slot_;
    auto shutdown = shutdown_;
    loadImage(path)
        .then(&inferencePool_,
              [slot, shutdown, classIndex](Result<Image> image) -> Result<Heatmap> {
                  if (shutdown->load()) return tl::unexpected(cancelled());
                  if (!image) return tl::unexpected(image.error());
                  if (!slot->classifier) return tl::unexpected(noModel());
                  return slot->classifier->gradcam(*image, classIndex);
              })
        .then(this, [this, path, key, classIndex](const Result<Heatmap>& map) {
            pendingHeatmaps_.remove(key);
            if (!map) {
                if (map.error().code != ErrorCode::Cancelled)
                    Q_EMIT imageFailed(path, qs(map.error().message()));
                return;
            }
            heatmaps_.insert(key, new Heatmap(*map));
            Q_EMIT heatmapReady(path, classIndex);
        });
}

void AnalysisService::analyse(const QStringList& paths) {
    if (batch_.active) cancelAnalysis();
    batch_ = Batch{};
    batch_.active = true;
    batch_.total = static_cast<int>(paths.size());
    batch_.cancel = std::make_shared<std::atomic_bool>(false);
    for (const QString& path : paths) {
        if (predictions_.contains(path) || failed_.contains(path)) {
            ++batch_.done;
            continue;
        }
        batch_.queue.append(path);
        batch_.members.insert(path);
    }
    Q_EMIT analysisProgress(batch_.done, batch_.total);
    if (!modelReady() && !modelLoading()) {
        finishBatch(false);  // nothing to run; the model banner says why
        return;
    }
    pumpBatch();
}

void AnalysisService::pumpBatch() {
    if (!batch_.active) return;
    while (inFlight_ < kBatchWindow && !batch_.queue.isEmpty()) {
        const QString path = batch_.queue.takeFirst();
        if (pendingPredictions_.contains(path)) continue;  // counted when that one finishes
        startPrediction(path);
    }
    if (batch_.done >= batch_.total) finishBatch(batch_.cancel->load());
}

void AnalysisService::cancelAnalysis() {
    if (!batch_.active) return;
    batch_.cancel->store(true);
    batch_.queue.clear();
    finishBatch(true);  // in-flight tasks see the flag and end without reporting
}

void AnalysisService::finishBatch(bool cancelled) {
    batch_.active = false;
    batch_.members.clear();
    Q_EMIT analysisFinished(cancelled);
}

}  // namespace dermalens::ui
