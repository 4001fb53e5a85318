// AnalysisService: the GUI's adapter over the Workspace's model and analysis queue.
//
// Threads: the model is loaded and run on one dedicated QThreadPool with a single thread
// (LibTorch keeps per-thread state; tasks run in submission order): Workspace::loadModel,
// Workspace::analyse and Workspace::heatmap go there. Stored analyses, thumbnails and decoded
// images are read on the global pool. Results come back to the GUI thread, are cached by
// ImageId (bounded) and announced with the id and the value, so nobody pulls results back.
// Analyses persist in the store: an image analysed once is never run again for this model.
#pragma once

#include <QCache>
#include <QFuture>
#include <QImage>
#include <QObject>
#include <QSet>
#include <QThreadPool>
#include <QTimer>
#include <atomic>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

#include "dermalens/Result.h"
#include "dermalens/imaging/Image.h"
#include "dermalens/inference/Classifier.h"
#include "dermalens/inference/Heatmap.h"
#include "dermalens/model/ModelCard.h"
#include "dermalens/records/AnalysisRecord.h"
#include "dermalens/records/Ids.h"
#include "dermalens/workspace/Workspace.h"
#include "support/RecordTypes.h"

namespace dermalens::ui {

class WorkspaceService;

class AnalysisService : public QObject {
    Q_OBJECT
public:
    explicit AnalysisService(WorkspaceService* store, QObject* parent = nullptr);
    ~AnalysisService() override;

    // Loads a model package into the Workspace in the background; emits modelLoaded or
    // modelFailed. Cached results of the previous model are dropped.
    void loadModel(const QString& directory, Device device);
    [[nodiscard]] bool modelReady() const { return card_.has_value(); }
    [[nodiscard]] bool modelLoading() const { return loading_; }
    [[nodiscard]] QString modelProblem() const { return modelProblem_; }  // empty when none
    [[nodiscard]] const ModelCard* card() const { return card_ ? &*card_ : nullptr; }
    [[nodiscard]] QString deviceName() const { return deviceName_; }
    // When a lesion is called suspicious: the choice (Settings) applied to the loaded card;
    // re-resolved when the model changes. Emits operatingPointChanged.
    void setOperatingPointChoice(const OperatingPointChoice& choice);
    [[nodiscard]] const OperatingPoint& operatingPoint() const { return operatingPoint_; }

    // Cached results (nullptr when not there yet). Pointers stay valid until the next
    // request or model change: copy what you keep.
    [[nodiscard]] const AnalysisRecord* analysis(const ImageId& id) const;
    [[nodiscard]] const Prediction* prediction(const ImageId& id) const;
    [[nodiscard]] const Heatmap* heatmap(const ImageId& id, int classIndex) const;
    [[nodiscard]] const QImage* thumbnail(const ImageId& id) const;
    [[nodiscard]] bool hasFailed(const ImageId& id) const { return failed_.contains(id); }

    // The stored analysis when there is one, else queued for the model; emits predictionReady
    // or imageFailed later (nothing while no model is loaded: modelLoaded is the cue to ask).
    void requestPrediction(const ImageId& id);
    void requestHeatmap(const ImageId& id, int classIndex);
    void requestThumbnail(const ImageId& id);
    // Decoded full image of the managed copy (from the bounded image cache when there).
    [[nodiscard]] QFuture<Result<Image>> loadImage(const ImageId& id);

    // Batch analysis with progress (analysisProgress / analysisFinished): the images of the
    // patient or of the whole store that have no analysis by the loaded model yet, or the
    // given images. A request while a batch runs joins it (queued behind it on the inference
    // thread, with one progress and one Cancel for all); images analysed meanwhile are not
    // run again.
    void analysePatient(PatientId patient);
    void analyseAll();
    void analyse(const std::vector<ImageId>& ids);
    void cancelAnalysis();
    // A batch or on-demand analysis (or the look-up of a stored one) is queued or running.
    [[nodiscard]] bool analysing() const {
        return batch_.active || runsInFlight_ > 0 || !demand_.empty() ||
               !pendingAnalyses_.isEmpty();
    }
    [[nodiscard]] bool batchActive() const { return batch_.active; }

Q_SIGNALS:
    void modelLoaded();
    void modelFailed(const QString& message);
    void operatingPointChanged();
    void predictionReady(const dermalens::ImageId& id, const dermalens::AnalysisRecord& analysis);
    void heatmapReady(const dermalens::ImageId& id, int classIndex);
    void thumbnailReady(const dermalens::ImageId& id);
    void imageFailed(const dermalens::ImageId& id, const QString& message);
    void analysisProgress(int done, int total);
    void analysisFinished(bool cancelled, int analysed);

private:
    struct ModelInfo;
    // What one Workspace::analyse run covers: given ids, or a needingAnalysis query.
    struct Scope {
        std::vector<ImageId> ids;
        bool query = false;
        std::optional<PatientId> patient;  // with query: nullopt = the whole store
    };
    struct Batch {
        bool active = false;
        int generation = 0;
        std::shared_ptr<std::atomic_bool> cancel;
        int runs = 0;  // Workspace::analyse calls of this batch still running
        int analysed = 0;
        bool cancelled = false;
        std::vector<std::pair<std::size_t, std::size_t>> progress;  // (done, total) per run
    };
    using HeatmapKey = std::pair<ImageId, int>;

    void clearResults();
    void onModelResult(const Result<ModelInfo>& result);
    void joinBatch(Scope scope);
    void startRun(Scope scope, int batchGeneration, int run,
                  std::shared_ptr<std::atomic_bool> cancel);
    // Runs on the inference thread: the scope's images through Workspace::analyse.
    static Result<AnalysisSummary> analyseScope(Workspace* ws, const Scope& scope,
                                                const Workspace::AnalysisCallback& each,
                                                const ProgressCallback& progress,
                                                const CancelCallback& stop);
    void onProgress(int batchGeneration, int run, std::size_t done, std::size_t total);
    void onAnalysed(int epoch, const ImageId& id, const Result<AnalysisRecord>& result);
    void onRunFinished(int epoch, int batchGeneration, const std::vector<ImageId>& demanded,
                       const Result<AnalysisSummary>& summary);
    void onBatchRunFinished(const Result<AnalysisSummary>& summary);
    void onStoredAnalysis(int epoch, const ImageId& id,
                          const Result<std::optional<AnalysisRecord>>& stored);
    void flushDemand();
    void markFailed(const ImageId& id, const Error& error);
    void finishBatch();

    WorkspaceService* store_;
    QThreadPool inferencePool_;
    std::shared_ptr<std::atomic_bool> shutdown_;
    std::optional<ModelCard> card_;
    QString deviceName_;
    QString modelProblem_;
    OperatingPointChoice operatingPointChoice_;
    OperatingPoint operatingPoint_;
    bool loading_ = false;
    int modelGeneration_ = 0;
    int epoch_ = 0;  // bumped when cached results become invalid (model or store change)

    QCache<ImageId, AnalysisRecord> analyses_;
    QCache<HeatmapKey, Heatmap> heatmaps_;
    QCache<ImageId, Image> images_;  // cost in KiB
    QCache<ImageId, QImage> thumbnails_;
    QSet<ImageId> pendingAnalyses_;
    QSet<HeatmapKey> pendingHeatmaps_;
    QSet<ImageId> pendingThumbnails_;
    QSet<ImageId> failed_;
    std::vector<ImageId> demand_;  // requested, nothing stored: analysed together
    QTimer demandTimer_;
    Batch batch_;
    int runsInFlight_ = 0;
};

}  // namespace dermalens::ui
