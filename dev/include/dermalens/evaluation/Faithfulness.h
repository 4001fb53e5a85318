// Faithfulness of Grad-CAM maps by deletion and insertion curves (Petsiuk et al., RISE, 2018):
// remove (deletion) or restore (insertion) the model input's pixels in the map's order, most
// salient first, and follow the probability of the explained class. A map that points at the
// evidence makes deletion fall fast (low area) and insertion rise fast (high area). A random map
// of the same cell grid, in the same run, is the reference a real map must beat.
// Used by `dermalens-cli evaluate --faithfulness`; the result goes into the card's "faithfulness".
#pragma once

#include <cstdint>
#include <filesystem>
#include <random>
#include <span>
#include <string>
#include <vector>

#include <opencv2/core/mat.hpp>

#include "dermalens/inference/Classifier.h"
#include "dermalens/Result.h"

namespace dermalens {

// What deleted pixels become. Blur keeps the image natural; the mean colour cuts harder but its
// patch edges alone move a CNN's output, which favours scattered (random) orders.
enum class DeletionBaseline { Blur, MeanColour };

struct FaithfulnessOptions {
    int steps = 16;            // curve points after the start (each removes 1/steps of the pixels)
    double blur_sigma = 0.08;  // the blurred input (insertion's start): sigma * input width
    DeletionBaseline deletion = DeletionBaseline::Blur;
    std::uint64_t seed = 0;  // random maps and tie-breaks
};

struct FaithfulnessCurves {
    std::vector<double> deletion, insertion;  // steps + 1 class probabilities, from 0 to all
    double deletion_auc = 0, insertion_auc = 0;
};

struct FaithfulnessSummary {
    int images = 0;
    int steps = 0;
    std::string cells;                           // the maps' grid, "WxH" (of the first image)
    double deletion_auc = 0, insertion_auc = 0;  // means over the images
    double random_deletion_auc = 0, random_insertion_auc = 0;
    std::vector<std::string> skipped;  // "file: reason"
};

// Pixel indices (row-major) of `map` (CV_32F), highest value first; ties in random order.
[[nodiscard]] std::vector<int> salienceOrder(const cv::Mat& map, std::mt19937_64& rng);

// `to` where the first round(fraction * n) pixels of `order` are, `from` elsewhere (same size
// and type, CV_8UC3).
[[nodiscard]] cv::Mat replacedPixels(const cv::Mat& from, const cv::Mat& to,
                                     const std::vector<int>& order, double fraction);

// Trapezoid area under a curve sampled evenly over [0, 1]; 0 for fewer than 2 points.
[[nodiscard]] double curveArea(const std::vector<double>& curve);

// Both curves of one map. `input` is the model-input-size 8-bit RGB image (resizeForModel),
// `raw` the map at any grid (stretched over the input, bilinear). Deletion replaces pixels by
// the blurred input or its mean colour (options.deletion); insertion starts from the blurred one.
[[nodiscard]] Result<FaithfulnessCurves> deletionInsertion(Classifier& classifier,
                                                           const cv::Mat& input, const cv::Mat& raw,
                                                           int class_index,
                                                           const FaithfulnessOptions& options,
                                                           std::mt19937_64& rng);

// For every image file: Grad-CAM of the top class (the card's gradcam layer and size), its
// curves, and those of a random map of the same grid. Files that fail are listed in `skipped`;
// fails with InvalidArgument when none could be evaluated.
[[nodiscard]] Result<FaithfulnessSummary> evaluateFaithfulness(
    Classifier& classifier, std::span<const std::filesystem::path> files,
    const FaithfulnessOptions& options, const ProgressCallback& progress = {});

}  // namespace dermalens
