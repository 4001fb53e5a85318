// Classifier: the domain side of inference (preprocessing, calibration, flags, batching).
// All LibTorch work happens in TorchModel.cpp, so this file compiles without torch headers.
#include "dermalens/inference/Classifier.h"

#include <algorithm>
#include <chrono>
#include <cmath>

#include <opencv2/imgproc.hpp>

#include "inference/TorchModel.h"
#include "dermalens/inference/ImageStatistics.h"
#include "dermalens/inference/Preprocessor.h"

namespace dermalens {
namespace {

using Clock = std::chrono::steady_clock;

double millisecondsSince(Clock::time_point start) {
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

std::vector<float> calibratedSoftmax(const std::vector<float>& logits, float temperature) {
    const double top = *std::max_element(logits.begin(), logits.end()) / temperature;
    std::vector<double> e(logits.size());
    double sum = 0;
    for (std::size_t i = 0; i < logits.size(); ++i)
        sum += e[i] = std::exp(logits[i] / temperature - top);
    std::vector<float> p(logits.size());
    for (std::size_t i = 0; i < logits.size(); ++i) p[i] = static_cast<float>(e[i] / sum);
    return p;
}

// RMS z-distance to the training embedding statistics; 0 when the card has none.
float embeddingDistance(const std::vector<float>& e, const OodSpec& ood) {
    if (ood.embedding_mean.size() != e.size() || ood.embedding_std.size() != e.size() || e.empty())
        return 0.0f;
    double sum = 0;
    for (std::size_t k = 0; k < e.size(); ++k) {
        const double s = ood.embedding_std[k] > 0 ? ood.embedding_std[k] : 1.0;
        const double z = (e[k] - ood.embedding_mean[k]) / s;
        sum += z * z;
    }
    return static_cast<float>(std::sqrt(sum / static_cast<double>(e.size())));
}

// `image_distance`: imageStatisticsDistance of the input, 0 when the card has no statistics.
Prediction makePrediction(const ModelCard& card, std::vector<float> logits,
                          std::vector<float> embedding, double image_distance) {
    Prediction p;
    p.probabilities = calibratedSoftmax(logits, card.temperature);
    p.logits = std::move(logits);
    p.top_class = static_cast<int>(
        std::max_element(p.probabilities.begin(), p.probabilities.end()) - p.probabilities.begin());
    double entropy = 0;
    for (std::size_t i = 0; i < p.probabilities.size(); ++i) {
        const double q = p.probabilities[i];
        if (card.classes[i].malignant) p.malignant_probability += p.probabilities[i];
        if (q > 0) entropy -= q * std::log(q);
    }
    const std::size_t classes = p.probabilities.size();
    p.entropy = static_cast<float>(entropy);
    p.normalized_entropy = classes > 1 ? static_cast<float>(entropy / std::log(classes)) : 0.0f;
    p.low_confidence = p.normalized_entropy > card.ood.max_normalized_entropy;
    p.ood_distance = embeddingDistance(embedding, card.ood);
    p.image_statistics_distance = static_cast<float>(image_distance);
    const ImageStatisticsSpec& stats = card.ood.image_statistics;
    p.out_of_distribution =
        (card.ood.max_embedding_distance > 0 && p.ood_distance > card.ood.max_embedding_distance) ||
        (stats.max_distance > 0 && image_distance > stats.max_distance);
    p.embedding = std::move(embedding);
    return p;
}

// Places the feature-resolution map over the part of the image the model saw.
cv::Mat upsampleToImage(const cv::Mat& raw, cv::Size image_size, const InputSpec& spec) {
    const cv::Rect2d region = modelInputRegion(image_size, spec);
    const int x0 = std::clamp(static_cast<int>(std::lround(region.x)), 0, image_size.width - 1);
    const int y0 = std::clamp(static_cast<int>(std::lround(region.y)), 0, image_size.height - 1);
    const int x1 =
        std::clamp(static_cast<int>(std::lround(region.br().x)), x0 + 1, image_size.width);
    const int y1 =
        std::clamp(static_cast<int>(std::lround(region.br().y)), y0 + 1, image_size.height);
    cv::Mat out = cv::Mat::zeros(image_size, CV_32F);
    cv::Mat inside = out(cv::Rect(x0, y0, x1 - x0, y1 - y0));
    cv::resize(raw, inside, inside.size(), 0, 0, cv::INTER_LINEAR);
    return out;
}

Result<void> checkImage(const Image& image) {
    if (image.empty() || image.pixels.type() != CV_8UC3)
        return fail(ErrorCode::InvalidArgument, image.meta.source_path,
                    "image is empty or not 8-bit RGB");
    return {};
}

template <typename T, typename F>
Result<T> guarded(const std::string& file, F&& body) {
    try {
        return body();
    } catch (const std::exception& e) {
        return fail(ErrorCode::Internal, file, e.what());
    } catch (...) {
        return fail(ErrorCode::Internal, file, "unknown failure");
    }
}

}  // namespace

struct Classifier::Impl {
    ModelPackage package;
    ClassifierConfig config;
    detail::TorchModel model;
    double load_ms = 0;

    Result<std::vector<Prediction>> predictChunk(std::span<const Image> images);
};

Result<std::vector<Prediction>> Classifier::Impl::predictChunk(std::span<const Image> images) {
    const auto start = Clock::now();
    const InputSpec& spec = package.card.input;
    const ImageStatisticsSpec& stats = package.card.ood.image_statistics;
    std::vector<float> chw;
    std::vector<double> image_distances;
    chw.reserve(images.size() * 3 * spec.width * spec.height);
    for (const Image& image : images) {
        if (auto ok = checkImage(image); !ok) return tl::unexpected(ok.error());
        const cv::Mat resized = resizeForModel(image.pixels, spec);
        const std::vector<float> one = normalizeToChw(resized, spec);
        chw.insert(chw.end(), one.begin(), one.end());
        image_distances.push_back(
            stats.mean.empty() ? 0.0 : imageStatisticsDistance(imageStatistics(resized), stats));
    }
    const int n = static_cast<int>(images.size());
    auto out = model.run(chw, n);
    if (!out) return tl::unexpected(out.error());
    const double per_image = millisecondsSince(start) / n;
    std::vector<Prediction> predictions;
    for (int i = 0; i < n; ++i) {
        const auto logit = out->logits.begin() + static_cast<std::ptrdiff_t>(i) * out->classes;
        const auto emb = out->embeddings.begin() + static_cast<std::ptrdiff_t>(i) * out->channels;
        predictions.push_back(makePrediction(package.card, {logit, logit + out->classes},
                                             {emb, emb + out->channels},
                                             image_distances[static_cast<std::size_t>(i)]));
        predictions.back().milliseconds = per_image;
        predictions.back().device = model.deviceName();
    }
    return predictions;
}

Classifier::Classifier(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Classifier::Classifier(Classifier&&) noexcept = default;
Classifier& Classifier::operator=(Classifier&&) noexcept = default;
Classifier::~Classifier() = default;

Result<Classifier> Classifier::load(const ModelPackage& package, const ClassifierConfig& config) {
    return guarded<Classifier>(package.weights_path.string(), [&]() -> Result<Classifier> {
        if (config.batch_size <= 0)
            return fail(ErrorCode::InvalidArgument, package.weights_path.string(),
                        "batch size must be at least 1");
        const auto start = Clock::now();
        auto model = detail::TorchModel::load(package.weights_path, package.card, config);
        if (!model) return tl::unexpected(model.error());
        auto impl = std::make_unique<Impl>(
            Impl{package, config, std::move(*model), millisecondsSince(start)});
        return Classifier(std::move(impl));
    });
}

Result<Classifier> Classifier::load(const std::filesystem::path& model_dir,
                                    const ClassifierConfig& config) {
    auto package = ModelPackage::open(model_dir);
    if (!package) return tl::unexpected(package.error());
    return load(*package, config);
}

const ModelCard& Classifier::card() const { return impl_->package.card; }
const ModelPackage& Classifier::package() const { return impl_->package; }
std::string Classifier::deviceName() const { return impl_->model.deviceName(); }
double Classifier::loadMilliseconds() const { return impl_->load_ms; }

Result<Prediction> Classifier::predict(const Image& image) {
    return guarded<Prediction>(image.meta.source_path, [&]() -> Result<Prediction> {
        auto one = impl_->predictChunk(std::span<const Image>(&image, 1));
        if (!one) return tl::unexpected(one.error());
        return std::move(one->front());
    });
}

Result<std::vector<Prediction>> Classifier::predictBatch(std::span<const Image> images,
                                                         const ProgressCallback& progress,
                                                         const CancelCallback& cancel) {
    using Out = std::vector<Prediction>;
    return guarded<Out>(impl_->package.weights_path.string(), [&]() -> Result<Out> {
        Out all;
        all.reserve(images.size());
        const auto chunk = static_cast<std::size_t>(impl_->config.batch_size);
        for (std::size_t begin = 0; begin < images.size(); begin += chunk) {
            if (cancel && cancel()) return fail(ErrorCode::Cancelled, "", "prediction cancelled");
            auto part =
                impl_->predictChunk(images.subspan(begin, std::min(chunk, images.size() - begin)));
            if (!part) return tl::unexpected(part.error());
            std::move(part->begin(), part->end(), std::back_inserter(all));
            if (progress) progress(all.size(), images.size());
        }
        return all;
    });
}

Result<Heatmap> Classifier::gradcam(const Image& image, int class_index) {
    return guarded<Heatmap>(image.meta.source_path, [&]() -> Result<Heatmap> {
        const ModelCard& card = impl_->package.card;
        const int classes = static_cast<int>(card.classes.size());
        if (class_index < -1 || class_index >= classes)
            return fail(ErrorCode::InvalidArgument, image.meta.source_path,
                        "class index " + std::to_string(class_index) +
                            " is out of range (the model has " + std::to_string(classes) +
                            " classes)");
        if (auto ok = checkImage(image); !ok) return tl::unexpected(ok.error());
        const InputSpec spec = card.heatmapInput();
        if (class_index < 0 &&
            (spec.width != card.input.width || spec.height != card.input.height)) {
            // The map explains the prediction, which is made at the card's input size.
            auto top = predict(image);
            if (!top) return tl::unexpected(top.error());
            class_index = top->top_class;
        }
        auto cam = impl_->model.gradcam(preprocessToChw(image.pixels, spec), spec.width,
                                        spec.height, class_index);
        if (!cam) return tl::unexpected(cam.error());
        Heatmap map;
        map.raw = cam->raw;
        map.class_index = cam->class_index;
        double hi = 0;
        cv::minMaxLoc(map.raw, nullptr, &hi);
        map.raw_max = static_cast<float>(hi);
        map.upsampled = upsampleToImage(map.raw, image.pixels.size(), spec);
        return map;
    });
}

bool Classifier::cudaAvailable() { return detail::TorchModel::cudaAvailable(); }

Result<Device> parseDevice(const std::string& text) {
    std::string lower = text;
    std::transform(lower.begin(), lower.end(), lower.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (lower == "auto") return Device::Auto;
    if (lower == "cpu") return Device::Cpu;
    if (lower == "cuda" || lower == "gpu") return Device::Cuda;
    return fail(ErrorCode::InvalidArgument, "",
                "unknown device '" + text + "' (expected auto, cpu or cuda)");
}

}  // namespace dermalens
