// TorchModel (private): the only place that touches LibTorch. Wraps a TorchScript module that
// follows core/MODEL_CONTRACT.md, checks it on load, and runs forward passes and Grad-CAM on
// already preprocessed CHW buffers. Every call catches library exceptions and returns Error.
#pragma once

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include <opencv2/core/mat.hpp>

#include "dermalens/inference/Classifier.h"
#include "dermalens/model/ModelCard.h"
#include "dermalens/Result.h"

namespace dermalens::detail {

// One forward pass over n images: row-major n x classes logits and n x channels embeddings.
struct ForwardOutput {
    int n = 0;
    int classes = 0;
    int channels = 0;
    std::vector<float> logits;
    std::vector<float> embeddings;
};

struct GradCamOutput {
    cv::Mat raw;  // CV_32F at the feature-map resolution
    int class_index = -1;
};

class TorchModel {
public:
    // Loads `weights` and checks it against `card` (methods, output shape, head(features) ==
    // forward, embedding size vs the card's OOD statistics). Fails with InvalidModel or
    // DeviceUnavailable naming the weights file.
    [[nodiscard]] static Result<TorchModel> load(const std::filesystem::path& weights,
                                                 const ModelCard& card,
                                                 const ClassifierConfig& config);

    TorchModel(TorchModel&&) noexcept;
    TorchModel& operator=(TorchModel&&) noexcept;
    ~TorchModel();

    // `chw` holds n preprocessed images of the card's input size, back to back.
    [[nodiscard]] Result<ForwardOutput> run(const std::vector<float>& chw, int n);
    // Grad-CAM of one preprocessed image of width x height at the card's gradcam.layer;
    // class_index -1 = the top class of this pass. The caller checks the range.
    [[nodiscard]] Result<GradCamOutput> gradcam(const std::vector<float>& chw, int width,
                                                int height, int class_index);

    [[nodiscard]] std::string deviceName() const;
    [[nodiscard]] static bool cudaAvailable();

private:
    struct Impl;
    explicit TorchModel(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> impl_;
};

}  // namespace dermalens::detail
