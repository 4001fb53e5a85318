// Workspace: the model, the batched analysis queue, Grad-CAM and the patient-context ranking.
#include <algorithm>
#include <functional>

#include "dermalens/imaging/ImageLoader.h"
#include "dermalens/workspace/Workspace.h"
#include "audit/AuditRecording.h"
#include "workspace/PatientTree.h"
#include "workspace/WorkspaceImpl.h"

namespace dermalens {
namespace {

Error noModel() { return Error{ErrorCode::InvalidModel, {}, "no model is loaded"}; }

StoredHeatmap toStored(const Heatmap& map) {
    StoredHeatmap out{map.class_index, map.raw.cols, map.raw.rows, {}};
    cv::Mat raw = map.raw.isContinuous() ? map.raw : map.raw.clone();
    out.values.assign(raw.ptr<float>(), raw.ptr<float>() + raw.total());
    return out;
}

struct Pending {
    ImageId id;
    Image image;
};

// Calls `visit(lesion, current image, its analysis by the model `sha` or nullopt)` for each
// lesion of `patient` that has an image; the current image is the latest visit's.
using CurrentImageVisitor = std::function<void(const LesionRecord&, const ImageEntry&,
                                               const std::optional<AnalysisRecord>&)>;
Result<void> forEachCurrentImage(const Store& s, PatientId patient, const std::string& sha,
                                 const CurrentImageVisitor& visit) {
    auto lesions = s.lesions(patient);
    if (!lesions) return tl::unexpected(lesions.error());
    for (const auto& l : *lesions) {
        auto images = s.images(l.id);
        if (!images) return tl::unexpected(images.error());
        const ImageEntry* current = detail::currentImage(*images);
        if (!current) continue;
        auto analysis = s.latestAnalysis(current->id, sha);
        if (!analysis) return tl::unexpected(analysis.error());
        visit(l, *current, *analysis);
    }
    return {};
}

}  // namespace

Result<void> Workspace::loadModel(const std::filesystem::path& model_directory,
                                  const ClassifierConfig& config) {
    std::lock_guard model_lock(impl_->model_mutex);
    {
        std::lock_guard lock(impl_->identity_mutex);
        impl_->model.reset();
        impl_->card.reset();
    }
    impl_->classifier.reset();
    auto loaded = Classifier::load(model_directory, config);
    if (!loaded) return tl::unexpected(loaded.error());
    std::lock_guard lock(impl_->identity_mutex);
    const ModelCard& card = loaded->card();
    impl_->model = ModelIdentity{card.name, card.version, card.weights_sha256};
    impl_->card = card;
    impl_->device = loaded->deviceName();
    impl_->classifier.emplace(std::move(*loaded));
    impl_->batch_size = std::max(1, config.batch_size);
    return {};
}

bool Workspace::modelLoaded() const {
    std::lock_guard lock(impl_->identity_mutex);
    return impl_->model.has_value();
}

std::optional<ModelCard> Workspace::card() const {
    std::lock_guard lock(impl_->identity_mutex);
    return impl_->card;
}

std::optional<ModelIdentity> Workspace::modelIdentity() const {
    std::lock_guard lock(impl_->identity_mutex);
    return impl_->model;
}

std::string Workspace::deviceName() const {
    std::lock_guard lock(impl_->identity_mutex);
    return impl_->device;
}

Result<std::vector<ImageId>> Workspace::needingAnalysis(std::optional<PatientId> patient) const {
    const std::string sha = impl_->modelSha();
    if (sha.empty()) return tl::unexpected(noModel());
    return impl_->withStore([&](const Store& s) -> Result<std::vector<ImageId>> {
        std::vector<PatientRecord> records;
        if (patient) {
            auto one = s.patient(*patient);
            if (!one) return tl::unexpected(one.error());
            records.push_back(*one);
        } else if (auto all = s.patients(); all) {
            records = std::move(*all);
        } else {
            return tl::unexpected(all.error());
        }
        std::vector<ImageId> out;
        for (const auto& p : records) {
            auto visited = forEachCurrentImage(
                s, p.id, sha,
                [&](const LesionRecord&, const ImageEntry& image,
                    const std::optional<AnalysisRecord>& analysis) {
                    if (!analysis) out.push_back(image.id);
                });
            if (!visited) return tl::unexpected(visited.error());
        }
        return out;
    });
}

Result<AnalysisSummary> Workspace::analyse(const std::vector<ImageId>& ids,
                                           const AnalysisCallback& each,
                                           const ProgressCallback& progress,
                                           const CancelCallback& cancel) {
    std::lock_guard model_lock(impl_->model_mutex);
    if (!impl_->classifier) return tl::unexpected(noModel());
    Classifier& classifier = *impl_->classifier;
    const ModelIdentity model = *modelIdentity();
    const auto batch = static_cast<std::size_t>(impl_->batch_size);
    AnalysisSummary summary;
    std::size_t done = 0;
    auto report = [&](const ImageId& id, const Result<AnalysisRecord>& r) {
        if (each) each(id, r);
        if (progress) progress(++done, ids.size());
    };
    std::vector<Pending> pending;
    auto flush = [&]() {
        if (pending.empty()) return;
        std::vector<Image> images;
        for (auto& p : pending) images.push_back(std::move(p.image));
        auto predictions = classifier.predictBatch(images, {}, cancel);
        for (std::size_t i = 0; i < pending.size(); ++i) {
            if (!predictions) {
                if (predictions.error().code == ErrorCode::Cancelled) return;
                summary.failed.push_back({pending[i].id.hex(), predictions.error().message()});
                report(pending[i].id, tl::unexpected(predictions.error()));
                continue;
            }
            AnalysisRecord record{{}, pending[i].id, model, (*predictions)[i], std::nullopt, {}};
            auto added = impl_->withStore([&](Store& s) { return detail::withAudit(s, detail::analysisEvent(record), [&] { return s.addAnalysis(record); }); });
            if (!added) {
                summary.failed.push_back({pending[i].id.hex(), added.error().message()});
                report(pending[i].id, tl::unexpected(added.error()));
                continue;
            }
            record.id = *added;
            ++summary.analysed;
            report(pending[i].id, record);
        }
        pending.clear();
    };
    for (const ImageId& id : ids) {
        if (cancel && cancel()) break;
        auto current = impl_->withStore([&](const Store& s) { return s.latestAnalysis(id, model.sha256); });
        if (current && *current) {
            ++summary.already_current;
            report(id, **current);
            continue;
        }
        auto path = imagePath(id);
        auto image = path ? loadImage(*path) : Result<Image>(tl::unexpected(path.error()));
        if (!image) {
            summary.failed.push_back({path ? path->string() : id.hex(), image.error().reason});
            report(id, tl::unexpected(image.error()));
            continue;
        }
        pending.push_back({id, std::move(*image)});
        if (pending.size() >= batch) flush();
    }
    if (!(cancel && cancel())) flush();
    summary.cancelled = cancel && cancel();
    return summary;
}

Result<Heatmap> Workspace::heatmap(const ImageId& id, int class_index) {
    std::lock_guard model_lock(impl_->model_mutex);
    if (!impl_->classifier) return tl::unexpected(noModel());
    auto path = imagePath(id);
    if (!path) return tl::unexpected(path.error());
    auto image = loadImage(*path);
    if (!image) return tl::unexpected(image.error());
    auto map = impl_->classifier->gradcam(*image, class_index);
    if (!map) return map;
    const std::string sha = impl_->modelSha();
    auto saved = impl_->withStore([&](Store& s) -> Result<void> {
        auto analysis = s.latestAnalysis(id, sha);
        if (!analysis) return tl::unexpected(analysis.error());
        if (!*analysis) return {};  // nothing to attach it to; the map is still returned
        return s.setHeatmap((*analysis)->id, toStored(*map));
    });
    if (!saved) return tl::unexpected(saved.error());
    return map;
}

Result<LesionRanking> Workspace::rank(PatientId patient) const {
    const std::string sha = impl_->modelSha();
    if (sha.empty()) return tl::unexpected(noModel());
    LesionRanking ranking;
    std::vector<PatientContextInput> inputs;
    auto gathered = impl_->withStore([&](const Store& s) {
        return forEachCurrentImage(
            s, patient, sha,
            [&](const LesionRecord& l, const ImageEntry& image,
                const std::optional<AnalysisRecord>& analysis) {
                if (!analysis || analysis->prediction.embedding.empty()) {
                    ++ranking.unanalysed;
                    return;
                }
                const auto& p = analysis->prediction;
                RankedLesion ranked;
                ranked.lesion = l.id;
                ranked.image = image.id;
                ranked.malignant_probability = p.malignant_probability;
                ranking.lesions.push_back(ranked);
                inputs.push_back({p.malignant_probability, p.embedding});
            });
    });
    if (!gathered) return tl::unexpected(gathered.error());
    if (inputs.size() < 2) return ranking;  // nothing to compare with
    const PatientContextRanker ranker(ranking.config);
    auto result = ranker.rank(inputs);
    if (!result) return tl::unexpected(result.error());
    const auto ids = ranking.lesions;  // input order, for nearest / farthest
    for (std::size_t i = 0; i < ranking.lesions.size(); ++i) {
        const ContextScore& c = result->lesions[i];
        RankedLesion& r = ranking.lesions[i];
        r.rank = c.rank;
        r.z_score = c.score;
        r.outlier = c.flagged;
        r.evidence_z = c.evidence_z;
        r.outlier_z = c.outlier_z;
        r.nearest = ids[static_cast<std::size_t>(c.nearest)].lesion;
        r.farthest = ids[static_cast<std::size_t>(c.farthest)].lesion;
        r.nearest_distance = c.nearest_distance;
        r.farthest_distance = c.farthest_distance;
        r.cluster = c.cluster;
    }
    std::sort(ranking.lesions.begin(), ranking.lesions.end(),
              [](const RankedLesion& a, const RankedLesion& b) { return a.rank < b.rank; });
    return ranking;
}

}  // namespace dermalens
