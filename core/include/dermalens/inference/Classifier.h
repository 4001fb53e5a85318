// Classifier: runs a model package on images (CPU or CUDA) and computes Grad-CAM maps.
//
// Thread safety: one Classifier may be used from one thread at a time; create one per
// worker thread or serialise calls. Failure is returned as Error, never thrown.
#pragma once

#include <filesystem>
#include <memory>
#include <span>
#include <string>
#include <vector>

#include "dermalens/inference/Heatmap.h"
#include "dermalens/imaging/Image.h"
#include "dermalens/model/ModelPackage.h"
#include "dermalens/inference/Prediction.h"
#include "dermalens/Result.h"

namespace dermalens {

enum class Device { Auto, Cpu, Cuda };

struct ClassifierConfig {
    Device device = Device::Auto;  // Auto: CUDA when LibTorch has it and a GPU is present
    int threads = 0;               // intra-op threads; 0 = all hardware threads
    int batch_size = 16;           // images per forward pass in predictBatch
};

class Classifier {
public:
    // Loads and checks the TorchScript module (required methods, one logit per class).
    // Fails with InvalidModel / DeviceUnavailable naming the weights file and reason.
    [[nodiscard]] static Result<Classifier> load(const ModelPackage& package,
                                                 const ClassifierConfig& config = {});
    // Convenience: ModelPackage::open + load.
    [[nodiscard]] static Result<Classifier> load(const std::filesystem::path& model_dir,
                                                 const ClassifierConfig& config = {});

    Classifier(Classifier&&) noexcept;
    Classifier& operator=(Classifier&&) noexcept;
    ~Classifier();

    [[nodiscard]] const ModelCard& card() const;
    [[nodiscard]] const ModelPackage& package() const;
    [[nodiscard]] std::string deviceName() const;  // "cpu" or "cuda:0"
    [[nodiscard]] double loadMilliseconds() const;

    [[nodiscard]] Result<Prediction> predict(const Image& image);

    // Batched; results in input order. Stops with Cancelled when `cancel` returns true.
    [[nodiscard]] Result<std::vector<Prediction>> predictBatch(std::span<const Image> images,
                                                               const ProgressCallback& progress = {},
                                                               const CancelCallback& cancel = {});

    // Grad-CAM for `class_index` (-1 = the top class) at the card's gradcam layer and input size
    // (default: the last convolutional block at the card's input; see ModelCard::gradcam).
    // Fails with InvalidArgument for an out-of-range class.
    [[nodiscard]] Result<Heatmap> gradcam(const Image& image, int class_index = -1);

    // Whether this build of LibTorch can use CUDA and a device is present.
    [[nodiscard]] static bool cudaAvailable();

    struct Impl;

private:
    explicit Classifier(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> impl_;
};

// Parses "auto" / "cpu" / "cuda"; InvalidArgument otherwise.
[[nodiscard]] Result<Device> parseDevice(const std::string& text);

}  // namespace dermalens
