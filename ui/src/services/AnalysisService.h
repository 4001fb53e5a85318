// AnalysisService: owns the Classifier and runs everything slow off the GUI thread.
//
// Threads: the Classifier is not thread-safe, so model loading, prediction and Grad-CAM all run
// on one dedicated QThreadPool with a single thread (tasks are serialised in submission order).
// Decoding and thumbnails run on the global pool. Results come back with QFuture continuations
// on the GUI thread (.then(this, ...)), are cached (bounded) and announced by signals, so
// revisiting an image is instant. The GUI thread never waits on inference or disk.
#pragma once

#include <QCache>
#include <QFuture>
#include <QHash>
#include <QImage>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QThreadPool>
#include <atomic>
#include <memory>
#include <optional>

#include "dermalens/inference/Classifier.h"
#include "dermalens/inference/Heatmap.h"
#include "dermalens/imaging/Image.h"
#include "dermalens/model/ModelCard.h"
#include "dermalens/inference/Prediction.h"
#include "dermalens/Result.h"

namespace dermalens::ui {

class AnalysisService : public QObject {
    Q_OBJECT
public:
    explicit AnalysisService(QObject* parent = nullptr);
    ~AnalysisService() override;

    // Loads a model package in the background; emits modelLoaded or modelFailed.
    // Cached results of the previous model are dropped.
    void loadModel(const QString& directory, Device device);
    [[nodiscard]] bool modelReady() const { return card_.has_value(); }
    [[nodiscard]] bool modelLoading() const { return loading_; }
    [[nodiscard]] QString modelProblem() const { return modelProblem_; }  // empty when none
    [[nodiscard]] const ModelCard* card() const { return card_ ? &*card_ : nullptr; }
    [[nodiscard]] QString deviceName() const { return deviceName_; }
    [[nodiscard]] QString modelDirectory() const { return modelDirectory_; }

    // Cached results (nullptr when not computed yet). Pointers stay valid until the next
    // request or model change: copy what you keep.
    [[nodiscard]] const Prediction* prediction(const QString& path) const;
    [[nodiscard]] const Heatmap* heatmap(const QString& path, int classIndex) const;
    [[nodiscard]] const QImage* thumbnail(const QString& path) const;
    [[nodiscard]] bool hasFailed(const QString& path) const { return failed_.contains(path); }

    // Requests; each emits its *Ready signal or imageFailed(path, message) later.
    void requestPrediction(const QString& path);
    void requestHeatmap(const QString& path, int classIndex);
    void requestThumbnail(const QString& path);
    // Decoded full image (from the bounded image cache when there).
    [[nodiscard]] QFuture<Result<Image>> loadImage(const QString& path);

    // Predicts all `paths` (cached ones count as done); progress and completion by signals.
    void analyse(const QStringList& paths);
    void cancelAnalysis();
    [[nodiscard]] bool analysing() const { return batch_.active; }

Q_SIGNALS:
    void modelLoaded();
    void modelFailed(const QString& message);
    void predictionReady(const QString& path);
    void heatmapReady(const QString& path, int classIndex);
    void thumbnailReady(const QString& path);
    void imageFailed(const QString& path, const QString& message);
    void analysisProgress(int done, int total);
    void analysisFinished(bool cancelled);

private:
    struct ModelSlot;
    struct ModelInfo;
    struct Batch {
        bool active = false;
        QStringList queue;
        QSet<QString> members;
        int total = 0;
        int done = 0;
        std::shared_ptr<std::atomic_bool> cancel;
    };

    void startPrediction(const QString& path);
    void onPredictionDone(const QString& path, const Result<Prediction>& result);
    void pumpBatch();
    void finishBatch(bool cancelled);
    void onModelResult(const Result<ModelInfo>& result, const QString& directory);

    QThreadPool inferencePool_;
    std::shared_ptr<ModelSlot> slot_;
    std::shared_ptr<std::atomic_bool> shutdown_;
    std::optional<ModelCard> card_;
    QString deviceName_;
    QString modelDirectory_;
    QString modelProblem_;
    bool loading_ = false;

    QCache<QString, Prediction> predictions_;
    QCache<QString, Heatmap> heatmaps_;  // key: path + '\n' + class index
    QCache<QString, Image> images_;      // cost in KiB
    QCache<QString, QImage> thumbnails_;
    QSet<QString> pendingPredictions_;
    QSet<QString> pendingHeatmaps_;
    QSet<QString> pendingThumbnails_;
    QSet<QString> failed_;
    Batch batch_;
    int inFlight_ = 0;
};

}  // namespace dermalens::ui
