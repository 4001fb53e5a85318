#include "dermalens/evaluation/Faithfulness.h"

#include <algorithm>
#include <cmath>
#include <numeric>

#include <opencv2/imgproc.hpp>

#include "dermalens/imaging/ImageLoader.h"
#include "dermalens/inference/Preprocessor.h"

namespace dermalens {
namespace {

std::size_t countAt(double fraction, std::size_t n) {
    return static_cast<std::size_t>(std::lround(std::clamp(fraction, 0.0, 1.0) * n));
}

// Copies `source` pixels order[begin, end) into `target`.
void copyPixels(const cv::Mat& source, cv::Mat& target, const std::vector<int>& order,
                std::size_t begin, std::size_t end) {
    const auto* from = source.ptr<cv::Vec3b>();
    auto* to = target.ptr<cv::Vec3b>();
    for (std::size_t i = begin; i < end; ++i) to[order[i]] = from[order[i]];
}

// The 2 (steps + 1) images of both curves, deletion and insertion interleaved.
std::vector<Image> curveImages(const cv::Mat& input, const std::vector<int>& order,
                               const FaithfulnessOptions& options) {
    cv::Mat blurred;
    cv::GaussianBlur(input, blurred, cv::Size(), options.blur_sigma * input.cols);
    const cv::Mat removed = options.deletion == DeletionBaseline::Blur
                                ? blurred
                                : cv::Mat(input.size(), CV_8UC3, cv::mean(input));
    cv::Mat deleting = input.clone(), inserting = blurred.clone();
    std::vector<Image> images;
    std::size_t done = 0;
    for (int k = 0; k <= options.steps; ++k) {
        const std::size_t count = countAt(static_cast<double>(k) / options.steps, order.size());
        copyPixels(removed, deleting, order, done, count);
        copyPixels(input, inserting, order, done, count);
        done = count;
        images.push_back(Image{deleting.clone(), {}});
        images.push_back(Image{inserting.clone(), {}});
    }
    return images;
}

struct Totals {
    int images = 0;
    double deletion = 0, insertion = 0, random_deletion = 0, random_insertion = 0;
};

// Grad-CAM's curves and a random map's for one file, added to `totals`.
Result<void> addFile(Classifier& classifier, const std::filesystem::path& file,
                     const FaithfulnessOptions& options, std::mt19937_64& rng, Totals& totals,
                     std::string& cells) {
    auto image = loadImage(file);
    if (!image) return tl::unexpected(image.error());
    auto map = classifier.gradcam(*image);
    if (!map) return tl::unexpected(map.error());
    const cv::Mat input = resizeForModel(image->pixels, classifier.card().input);
    auto real = deletionInsertion(classifier, input, map->raw, map->class_index, options, rng);
    if (!real) return tl::unexpected(real.error());
    cv::Mat noise(map->raw.size(), CV_32F);
    cv::randu(noise, 0.0f, 1.0f);  // OpenCV's generator, seeded in evaluateFaithfulness
    auto random = deletionInsertion(classifier, input, noise, map->class_index, options, rng);
    if (!random) return tl::unexpected(random.error());
    if (cells.empty()) cells = std::to_string(map->raw.cols) + "x" + std::to_string(map->raw.rows);
    ++totals.images;
    totals.deletion += real->deletion_auc;
    totals.insertion += real->insertion_auc;
    totals.random_deletion += random->deletion_auc;
    totals.random_insertion += random->insertion_auc;
    return {};
}

}  // namespace

std::vector<int> salienceOrder(const cv::Mat& map, std::mt19937_64& rng) {
    cv::Mat values;
    map.convertTo(values, CV_32F);
    values = values.reshape(1, 1).clone();
    std::vector<int> order(values.total());
    std::iota(order.begin(), order.end(), 0);
    std::shuffle(order.begin(), order.end(), rng);  // ties keep this random order
    const float* v = values.ptr<float>();
    std::stable_sort(order.begin(), order.end(), [v](int a, int b) { return v[a] > v[b]; });
    return order;
}

cv::Mat replacedPixels(const cv::Mat& from, const cv::Mat& to, const std::vector<int>& order,
                       double fraction) {
    if (from.size() != to.size() || from.type() != CV_8UC3 || to.type() != CV_8UC3) return {};
    cv::Mat out = from.clone();
    copyPixels(to, out, order, 0, std::min(order.size(), countAt(fraction, order.size())));
    return out;
}

double curveArea(const std::vector<double>& curve) {
    if (curve.size() < 2) return 0.0;
    double area = 0;
    for (std::size_t i = 1; i < curve.size(); ++i) area += (curve[i - 1] + curve[i]) / 2;
    return area / static_cast<double>(curve.size() - 1);
}

Result<FaithfulnessCurves> deletionInsertion(Classifier& classifier, const cv::Mat& input,
                                             const cv::Mat& raw, int class_index,
                                             const FaithfulnessOptions& options,
                                             std::mt19937_64& rng) {
    if (input.empty() || input.type() != CV_8UC3 || raw.empty() || options.steps < 1)
        return fail(ErrorCode::InvalidArgument, "", "faithfulness needs an RGB input and a map");
    cv::Mat map;
    cv::resize(raw, map, input.size(), 0, 0, cv::INTER_LINEAR);
    const std::vector<Image> images = curveImages(input, salienceOrder(map, rng), options);
    auto predictions = classifier.predictBatch(images);
    if (!predictions) return tl::unexpected(predictions.error());
    const auto cls = static_cast<std::size_t>(class_index);
    FaithfulnessCurves curves;
    for (std::size_t i = 0; i < predictions->size(); ++i)
        (i % 2 == 0 ? curves.deletion : curves.insertion)
            .push_back((*predictions)[i].probabilities.at(cls));
    curves.deletion_auc = curveArea(curves.deletion);
    curves.insertion_auc = curveArea(curves.insertion);
    return curves;
}

Result<FaithfulnessSummary> evaluateFaithfulness(Classifier& classifier,
                                                 std::span<const std::filesystem::path> files,
                                                 const FaithfulnessOptions& options,
                                                 const ProgressCallback& progress) {
    std::mt19937_64 rng(options.seed);
    cv::theRNG().state = options.seed + 1;
    FaithfulnessSummary summary;
    Totals totals;
    for (std::size_t i = 0; i < files.size(); ++i) {
        if (auto ok = addFile(classifier, files[i], options, rng, totals, summary.cells); !ok)
            summary.skipped.push_back(files[i].string() + ": " + ok.error().reason);
        if (progress) progress(i + 1, files.size());
    }
    if (totals.images == 0)
        return fail(ErrorCode::InvalidArgument, "", "no image could be evaluated for faithfulness");
    const double n = totals.images;
    summary.images = totals.images;
    summary.steps = options.steps;
    summary.deletion_auc = totals.deletion / n;
    summary.insertion_auc = totals.insertion / n;
    summary.random_deletion_auc = totals.random_deletion / n;
    summary.random_insertion_auc = totals.random_insertion / n;
    return summary;
}

}  // namespace dermalens
