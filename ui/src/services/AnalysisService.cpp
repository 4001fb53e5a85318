#include "services/AnalysisService.h"

#include <QtConcurrent/QtConcurrentRun>

#include "dermalens/imaging/ImageLoader.h"
#include "dermalens/workspace/Workspace.h"
#include "services/WorkspaceService.h"
#include "support/QtConvert.h"

namespace dermalens::ui {

struct AnalysisService::ModelInfo {
    ModelCard card;
    QString device;
};

namespace {

constexpr int kThumbnailSide = 320;  // px, longer side
constexpr int kImageCacheKiB = 512 * 1024;
constexpr int kAnalysisCacheSize = 8000;  // each holds an embedding (a few KiB)

Error cancelledError() { return Error{ErrorCode::Cancelled, {}, "cancelled"}; }

int costKiB(const Image& image) {
    return std::max(1, static_cast<int>(image.pixels.total() * image.pixels.elemSize() / 1024));
}

Result<Image> loadManaged(Workspace& ws, const ImageId& id, int maxDimension) {
    auto path = ws.imagePath(id);
    if (!path) return tl::unexpected(path.error());
    LoadOptions options;
    options.max_dimension = maxDimension;
    return dermalens::loadImage(*path, options);
}

}  // namespace

AnalysisService::AnalysisService(WorkspaceService* store, QObject* parent)
    : QObject(parent),
      store_(store),
      shutdown_(std::make_shared<std::atomic_bool>(false)),
      analyses_(kAnalysisCacheSize),
      heatmaps_(24),
      images_(kImageCacheKiB),
      thumbnails_(4000) {
    registerRecordTypes();
    inferencePool_.setMaxThreadCount(1);
    inferencePool_.setExpiryTimeout(-1);  // keep the thread: LibTorch keeps per-thread state
    demandTimer_.setSingleShot(true);
    demandTimer_.setInterval(0);  // one run for a burst of requests (a grid of tiles)
    connect(&demandTimer_, &QTimer::timeout, this, &AnalysisService::flushDemand);
}

AnalysisService::~AnalysisService() {
    // Queued work returns at once once it sees the flag; running analyses stop at their
    // next cancel check. Tasks post back to this object, so it must outlive them.
    shutdown_->store(true);
    if (batch_.cancel) batch_.cancel->store(true);
    inferencePool_.clear();
    inferencePool_.waitForDone();
    QThreadPool::globalInstance()->waitForDone();  // reads continue onto this object
}

void AnalysisService::clearResults() {
    ++epoch_;
    analyses_.clear();
    heatmaps_.clear();
    failed_.clear();
    pendingAnalyses_.clear();
    pendingHeatmaps_.clear();
    demand_.clear();
}

void AnalysisService::loadModel(const QString& directory, Device device) {
    cancelAnalysis();
    loading_ = true;
    modelProblem_.clear();
    card_.reset();
    clearResults();
    const int generation = ++modelGeneration_;
    auto ws = store_->workspace();
    QtConcurrent::run(&inferencePool_,
                      [ws, dir = toPath(directory), device]() -> Result<ModelInfo> {
                          if (!ws) return fail(ErrorCode::NotFound, {}, "no record store is open");
                          ClassifierConfig config;
                          config.device = device;
                          if (auto loaded = ws->loadModel(dir, config); !loaded)
                              return tl::unexpected(loaded.error());
                          return ModelInfo{ws->card().value_or(ModelCard{}), qs(ws->deviceName())};
                      })
        .then(this,
              [this, generation](const Result<ModelInfo>& r) {
                  if (generation == modelGeneration_) onModelResult(r);  // a newer load replaced it
              })
        .onFailed(this, [this, generation, directory] {
            if (generation != modelGeneration_) return;
            onModelResult(fail(ErrorCode::Internal, directory.toStdString(),
                               tr("unexpected error while loading the model").toStdString()));
        });
}

void AnalysisService::onModelResult(const Result<ModelInfo>& result) {
    loading_ = false;
    if (!result) {
        modelProblem_ = qs(result.error().message());
        Q_EMIT modelFailed(modelProblem_);
        return;
    }
    card_ = result->card;
    deviceName_ = result->device;
    setOperatingPointChoice(operatingPointChoice_);  // the new card's ROC
    Q_EMIT modelLoaded();
}

void AnalysisService::setOperatingPointChoice(const OperatingPointChoice& choice) {
    operatingPointChoice_ = choice;
    operatingPoint_ = card_ ? card_->operatingPoint(choice) : OperatingPoint{};
    Q_EMIT operatingPointChanged();
}

const AnalysisRecord* AnalysisService::analysis(const ImageId& id) const {
    return analyses_.object(id);
}

const Prediction* AnalysisService::prediction(const ImageId& id) const {
    const AnalysisRecord* record = analyses_.object(id);
    return record ? &record->prediction : nullptr;
}

const Heatmap* AnalysisService::heatmap(const ImageId& id, int classIndex) const {
    return heatmaps_.object({id, classIndex});
}

const QImage* AnalysisService::thumbnail(const ImageId& id) const { return thumbnails_.object(id); }

QFuture<Result<Image>> AnalysisService::loadImage(const ImageId& id) {
    if (const Image* cached = images_.object(id))
        return QtFuture::makeReadyFuture(Result<Image>(*cached));
    return store_->run([id](Workspace& ws) { return loadManaged(ws, id, 0); })
        .then(this, [this, id](Result<Image> image) {
            if (image) images_.insert(id, new Image(*image), costKiB(*image));
            return image;
        });
}

void AnalysisService::requestThumbnail(const ImageId& id) {
    if (!id.valid() || thumbnails_.contains(id) || pendingThumbnails_.contains(id)) return;
    pendingThumbnails_.insert(id);
    store_
        ->run([id](Workspace& ws) -> Result<QImage> {
            auto image = loadManaged(ws, id, kThumbnailSide);
            if (!image) return tl::unexpected(image.error());
            return toQImage(image->pixels);
        })
        .then(this, [this, id](const Result<QImage>& thumb) {
            pendingThumbnails_.remove(id);
            if (!thumb) {
                markFailed(id, thumb.error());
                return;
            }
            thumbnails_.insert(id, new QImage(*thumb));
            Q_EMIT thumbnailReady(id);
        });
}

void AnalysisService::requestPrediction(const ImageId& id) {
    if (!id.valid() || analyses_.contains(id) || pendingAnalyses_.contains(id) ||
        failed_.contains(id) || !modelReady())
        return;
    pendingAnalyses_.insert(id);
    const int epoch = epoch_;
    store_->run([id](Workspace& ws) { return ws.currentAnalysis(id); })
        .then(this, [this, epoch, id](const Result<std::optional<AnalysisRecord>>& stored) {
            onStoredAnalysis(epoch, id, stored);
        });
}

void AnalysisService::onStoredAnalysis(int epoch, const ImageId& id,
                                       const Result<std::optional<AnalysisRecord>>& stored) {
    if (epoch != epoch_) return;  // the model or store changed meanwhile
    if (stored && *stored) {
        onAnalysed(epoch, id, **stored);
        return;
    }
    if (stored && modelReady()) {
        demand_.push_back(id);  // stays pending until the run reports it
        demandTimer_.start();
        return;
    }
    pendingAnalyses_.remove(id);
    if (!stored) markFailed(id, stored.error());
}

void AnalysisService::flushDemand() {
    if (demand_.empty()) return;
    Scope scope;
    scope.ids = std::exchange(demand_, {});
    startRun(std::move(scope), 0, 0, shutdown_);
}

void AnalysisService::analysePatient(PatientId patient) {
    Scope scope;
    scope.query = true;
    scope.patient = patient;
    joinBatch(std::move(scope));
}

void AnalysisService::analyseAll() {
    Scope scope;
    scope.query = true;
    joinBatch(std::move(scope));
}

void AnalysisService::analyse(const std::vector<ImageId>& ids) {
    Scope scope;
    scope.ids = ids;
    joinBatch(std::move(scope));
}

void AnalysisService::joinBatch(Scope scope) {
    if (!batch_.active) {
        Batch next;
        next.active = true;
        next.generation = batch_.generation + 1;
        next.cancel = std::make_shared<std::atomic_bool>(false);
        batch_ = std::move(next);
    }
    if (!modelReady() && !modelLoading()) {
        if (batch_.runs == 0) finishBatch();  // nothing can run; the model banner says why
        return;
    }
    const int run = static_cast<int>(batch_.progress.size());
    batch_.progress.emplace_back(0, scope.ids.size());
    ++batch_.runs;
    onProgress(batch_.generation, run, 0, scope.ids.size());
    startRun(std::move(scope), batch_.generation, run, batch_.cancel);
}

void AnalysisService::startRun(Scope scope, int batchGeneration, int run,
                               std::shared_ptr<std::atomic_bool> cancel) {
    ++runsInFlight_;
    const int epoch = epoch_;
    const std::vector<ImageId> demanded = batchGeneration == 0 ? scope.ids : std::vector<ImageId>{};
    // The callbacks run on the inference thread and post to this object, which waits for
    // that pool in its destructor (so it is alive while they run).
    CancelCallback stop = [cancel, shutdown = shutdown_] {
        return cancel->load() || shutdown->load();
    };
    Workspace::AnalysisCallback each = [this, epoch](const ImageId& id,
                                                     const Result<AnalysisRecord>& r) {
        QMetaObject::invokeMethod(
            this, [this, epoch, id, r] { onAnalysed(epoch, id, r); }, Qt::QueuedConnection);
    };
    ProgressCallback progress;
    if (batchGeneration != 0)  // on-demand runs show no progress dialog
        progress = [this, batchGeneration, run](std::size_t done, std::size_t total) {
            QMetaObject::invokeMethod(
                this,
                [this, batchGeneration, run, done, total] {
                    onProgress(batchGeneration, run, done, total);
                },
                Qt::QueuedConnection);
        };
    QtConcurrent::run(&inferencePool_,
                      [ws = store_->workspace(), scope = std::move(scope), each, progress, stop] {
                          return analyseScope(ws.get(), scope, each, progress, stop);
                      })
        .then(this,
              [this, epoch, batchGeneration, demanded](const Result<AnalysisSummary>& s) {
                  onRunFinished(epoch, batchGeneration, demanded, s);
              })
        .onFailed(this, [this, epoch, batchGeneration, demanded] {
            onRunFinished(epoch, batchGeneration, demanded,
                          fail(ErrorCode::Internal, {},
                               tr("unexpected error during analysis").toStdString()));
        });
}

Result<AnalysisSummary> AnalysisService::analyseScope(Workspace* ws, const Scope& scope,
                                                      const Workspace::AnalysisCallback& each,
                                                      const ProgressCallback& progress,
                                                      const CancelCallback& stop) {
    if (stop()) return tl::unexpected(cancelledError());
    if (!ws || !ws->modelLoaded()) return fail(ErrorCode::InvalidModel, {}, "no model is loaded");
    if (!scope.query) return ws->analyse(scope.ids, each, progress, stop);
    auto needed = ws->needingAnalysis(scope.patient);
    if (!needed) return tl::unexpected(needed.error());
    return ws->analyse(*needed, each, progress, stop);
}

// One progress for the whole batch: the sum over its runs.
void AnalysisService::onProgress(int batchGeneration, int run, std::size_t done,
                                 std::size_t total) {
    if (!batch_.active || batch_.generation != batchGeneration) return;
    batch_.progress[run] = {done, total};
    std::size_t allDone = 0;
    std::size_t allTotal = 0;
    for (const auto& [d, t] : batch_.progress) {
        allDone += d;
        allTotal += t;
    }
    Q_EMIT analysisProgress(static_cast<int>(allDone), static_cast<int>(allTotal));
}

void AnalysisService::onAnalysed(int epoch, const ImageId& id,
                                 const Result<AnalysisRecord>& result) {
    if (epoch != epoch_) return;
    pendingAnalyses_.remove(id);
    if (!result) {
        if (result.error().code != ErrorCode::Cancelled) markFailed(id, result.error());
        return;
    }
    AnalysisRecord* kept = new AnalysisRecord(result.value());
    kept->heatmap.reset();  // heatmaps have their own cache; keep the embeddings small
    analyses_.insert(id, kept);
    Q_EMIT predictionReady(id, *kept);
}

void AnalysisService::onRunFinished(int epoch, int batchGeneration,
                                    const std::vector<ImageId>& demanded,
                                    const Result<AnalysisSummary>& summary) {
    --runsInFlight_;
    // Queued results of this run were posted before this continuation, so they have arrived:
    // whatever is still pending was never reached (cancelled, or the run failed).
    if (epoch == epoch_)
        for (const ImageId& id : demanded) pendingAnalyses_.remove(id);
    if (!summary && summary.error().code != ErrorCode::Cancelled &&
        summary.error().code != ErrorCode::InvalidModel)
        Q_EMIT imageFailed(ImageId{}, qs(summary.error().message()));
    // Failed images were reported one by one through `each`.
    if (batchGeneration != 0 && batch_.active && batch_.generation == batchGeneration)
        onBatchRunFinished(summary);
}

void AnalysisService::onBatchRunFinished(const Result<AnalysisSummary>& summary) {
    --batch_.runs;
    if (summary) batch_.analysed += static_cast<int>(summary->analysed);
    batch_.cancelled |= summary ? summary->cancelled : summary.error().code == ErrorCode::Cancelled;
    if (batch_.runs == 0) finishBatch();
}

void AnalysisService::markFailed(const ImageId& id, const Error& error) {
    failed_.insert(id);
    Q_EMIT imageFailed(id, qs(error.message()));
}

void AnalysisService::requestHeatmap(const ImageId& id, int classIndex) {
    const HeatmapKey key{id, classIndex};
    if (!id.valid() || heatmaps_.contains(key) || pendingHeatmaps_.contains(key)) return;
    pendingHeatmaps_.insert(key);
    const int epoch = epoch_;
    QtConcurrent::run(
        &inferencePool_,
        [ws = store_->workspace(), shutdown = shutdown_, id, classIndex]() -> Result<Heatmap> {
            if (shutdown->load()) return tl::unexpected(cancelledError());
            if (!ws) return fail(ErrorCode::NotFound, {}, "no record store is open");
            return ws->heatmap(id, classIndex);
        })
        .then(this, [this, epoch, key](const Result<Heatmap>& map) {
            if (epoch != epoch_) return;
            pendingHeatmaps_.remove(key);
            if (!map) {
                if (map.error().code != ErrorCode::Cancelled)
                    Q_EMIT imageFailed(key.first, qs(map.error().message()));
                return;
            }
            heatmaps_.insert(key, new Heatmap(*map));
            Q_EMIT heatmapReady(key.first, key.second);
        });
}

void AnalysisService::cancelAnalysis() {
    if (!batch_.active) return;
    batch_.cancel->store(true);
    batch_.cancelled = true;
    finishBatch();  // the running analyse() calls stop at their next cancel check
}

void AnalysisService::finishBatch() {
    batch_.active = false;
    Q_EMIT analysisFinished(batch_.cancelled, batch_.analysed);
}

}  // namespace dermalens::ui
