// The only translation unit that includes LibTorch (it takes ~35 s to compile): keep it that way.
#include "inference/TorchModel.h"
#include "model/CardSeal.h"

#include <malloc.h>

#include <algorithm>
#include <cstring>
#include <mutex>
#include <thread>

#include <ATen/Parallel.h>
#include <torch/csrc/autograd/autograd.h>
#include <torch/cuda.h>
#include <torch/script.h>

namespace dermalens::detail {
namespace {

// LibTorch messages carry TorchScript tracebacks; keep the line that says what went wrong.
std::string concise(const std::string& what) {
    std::size_t start = 0;
    std::string first;
    while (start <= what.size()) {
        const std::size_t end = std::min(what.find('\n', start), what.size());
        const std::string line = what.substr(start, end - start);
        if (first.empty() && !line.empty()) first = line;
        if (line.find("Error: ") != std::string::npos) return line;
        start = end + 1;
    }
    return first.empty() ? "unknown LibTorch error" : first;
}

std::string concise(const c10::Error& e) {
    return concise(std::string(e.what_without_backtrace()));
}
std::string concise(const std::exception& e) { return concise(std::string(e.what())); }

template <typename T>
tl::unexpected<Error> failFrom(const std::filesystem::path& file, ErrorCode code,
                               const std::string& context, const T& e) {
    return fail(code, file.string(), context + ": " + concise(e));
}

// Process-wide runtime settings. glibc's heap trimming and per-call mmap of large tensors
// make batched inference ~2x slower; raising both thresholds keeps the memory for reuse.
// The mmap threshold cannot exceed 32 MiB, and a batch of 16 at 224x224 has 150 MiB
// activations: no mmap at all (measured: 40.5 -> 83.6 images/s; peak RSS unchanged).
void configureRuntime(int threads) {
    static std::once_flag once;
    std::call_once(once, [] {
#ifdef M_MMAP_THRESHOLD
        mallopt(M_MMAP_THRESHOLD, 32 * 1024 * 1024);  // glibc's maximum
        mallopt(M_TRIM_THRESHOLD, 256 * 1024 * 1024);
        mallopt(M_MMAP_MAX, 0);
#endif
    });
    const int hardware = static_cast<int>(std::thread::hardware_concurrency());
    at::set_num_threads(threads > 0 ? threads : std::max(1, hardware));
}

Result<torch::Device> selectDevice(Device wanted, const std::filesystem::path& file) {
    const bool cuda = torch::cuda::is_available();
    if (wanted == Device::Cuda && !cuda)
        return fail(ErrorCode::DeviceUnavailable, file.string(),
                    "CUDA was requested but this LibTorch build has no CUDA support or no GPU "
                    "is present (use device 'auto' or 'cpu')");
    if (wanted == Device::Cpu || !cuda) return torch::Device(torch::kCPU);
    return torch::Device(torch::kCUDA, 0);
}

std::string shapeText(const torch::Tensor& t) {
    std::string s = "[";
    for (int64_t i = 0; i < t.dim(); ++i) s += (i ? ", " : "") + std::to_string(t.size(i));
    return s + "]";
}

std::vector<float> toVector(const torch::Tensor& t) {
    const torch::Tensor cpu = t.to(torch::kCPU, torch::kFloat).contiguous();
    return {cpu.data_ptr<float>(), cpu.data_ptr<float>() + cpu.numel()};
}

}  // namespace

struct TorchModel::Impl {
    torch::jit::Module module;
    torch::Device device{torch::kCPU};
    std::filesystem::path weights;
    int width = 0, height = 0, classes = 0;

    // Grad-CAM's layer: -1 = features(), else the output of stages[stage] (the body's children).
    int stage = -1;
    std::vector<torch::jit::Module> stages;

    torch::Tensor input(const std::vector<float>& chw, int n) const {
        return input(chw, n, width, height);
    }
    torch::Tensor input(const std::vector<float>& chw, int n, int w, int h) const {
        // from_blob does not copy; the caller's buffer outlives the forward pass.
        auto x = torch::from_blob(const_cast<float*>(chw.data()), {n, 3, h, w}, torch::kFloat);
        // Channels-last input lets oneDNN pick NHWC convolutions: measured ~1.5x faster on CPU
        // for EfficientNet-B0 at 128x96, batch 16 (Python, same LibTorch build).
        return device.is_cpu() ? x.contiguous(torch::MemoryFormat::ChannelsLast) : x.to(device);
    }
    torch::Tensor call(const char* method, const torch::Tensor& x) {
        const c10::IValue out = module.run_method(method, x);
        if (!out.isTensor())
            throw std::runtime_error(std::string(method) + "() does not return a tensor");
        return out.toTensor();
    }
    // A = the Grad-CAM layer's output; afterLayer(A) = features(x).
    torch::Tensor layerOutput(const torch::Tensor& x) {
        if (stage < 0) return call("features", x);
        torch::Tensor a = x;
        for (int i = 0; i <= stage; ++i)
            a = stages[static_cast<std::size_t>(i)].forward({a}).toTensor();
        return a;
    }
    torch::Tensor afterLayer(torch::Tensor a) {
        for (std::size_t i = static_cast<std::size_t>(stage + 1); stage >= 0 && i < stages.size();
             ++i)
            a = stages[i].forward({a}).toTensor();
        return a;
    }
    Result<void> checkContract(const ModelCard& card);
    Result<void> selectLayer(const GradCamSpec& spec);
    Result<void> checkLayer(const torch::Tensor& x, const torch::Tensor& features,
                            const ModelCard& card);
};

// "body.N": the module's `body` must be a Sequential-like module with more than N children
// (training/dermalens_train/models.py's DermaNet is; features() is body(x)).
Result<void> TorchModel::Impl::selectLayer(const GradCamSpec& spec) {
    if (spec.layer == "features") return {};
    const std::string file = weights.string();
    if (!module.hasattr("body") || !module.attr("body").isModule())
        return fail(ErrorCode::InvalidModel, file,
                    "the card's gradcam.layer is '" + spec.layer +
                        "' but the module has no 'body' submodule");
    for (const auto& child : module.attr("body").toModule().children()) stages.push_back(child);
    stage = std::stoi(spec.layer.substr(5));
    if (stage >= static_cast<int>(stages.size()))
        return fail(ErrorCode::InvalidModel, file,
                    "the card's gradcam.layer is '" + spec.layer + "' but the body has only " +
                        std::to_string(stages.size()) + " stages");
    return {};
}

// The split must reproduce features(), and the heatmap pass must run at its own input size.
Result<void> TorchModel::Impl::checkLayer(const torch::Tensor& x, const torch::Tensor& features,
                                          const ModelCard& card) {
    const std::string file = weights.string();
    const torch::Tensor split = afterLayer(layerOutput(x));
    if (!split.sizes().equals(features.sizes()) || !torch::allclose(split, features, 1e-3, 1e-4))
        return fail(ErrorCode::InvalidModel, file,
                    "the body's stages up to gradcam.layer '" + card.gradcam.layer +
                        "' do not reproduce features(x)");
    const InputSpec heat = card.heatmapInput();
    const torch::Tensor a =
        layerOutput(torch::zeros({1, 3, heat.height, heat.width}, torch::TensorOptions(device)));
    if (a.dim() != 4 || a.size(0) != 1)
        return fail(ErrorCode::InvalidModel, file,
                    "the Grad-CAM layer returns shape " + shapeText(a) + "; expected [1, K, h, w]");
    return {};
}

Result<void> TorchModel::Impl::checkContract(const ModelCard& card) {
    const auto file = weights.string();
    torch::NoGradGuard no_grad;
    const torch::Tensor x = torch::zeros({1, 3, height, width}, torch::TensorOptions(device));
    const torch::Tensor logits = call("forward", x);
    if (logits.dim() != 2 || logits.size(0) != 1)
        return fail(ErrorCode::InvalidModel, file,
                    "forward() returns shape " + shapeText(logits) +
                        " for one image; expected [1, " + std::to_string(classes) + "]");
    if (logits.size(1) != classes)
        return fail(ErrorCode::InvalidModel, file,
                    "model has " + std::to_string(logits.size(1)) + " outputs but the card lists " +
                        std::to_string(classes) + " classes");
    const torch::Tensor features = call("features", x);
    if (features.dim() != 4 || features.size(0) != 1)
        return fail(ErrorCode::InvalidModel, file,
                    "features() returns shape " + shapeText(features) + "; expected [1, K, h, w]");
    const torch::Tensor head = call("head", features);
    if (!head.sizes().equals(logits.sizes()) || !torch::allclose(head, logits, 1e-3, 1e-4))
        return fail(ErrorCode::InvalidModel, file, "head(features(x)) differs from forward(x)");
    if (auto ok = checkLayer(x, features, card); !ok) return ok;
    const auto channels = static_cast<std::size_t>(features.size(1));
    for (const auto* stats : {&card.ood.embedding_mean, &card.ood.embedding_std})
        if (!stats->empty() && stats->size() != channels)
            return fail(ErrorCode::InvalidModel, file,
                        "the card's OOD embedding statistics have " +
                            std::to_string(stats->size()) +
                            " values but the model's features have " + std::to_string(channels) +
                            " channels");
    return {};
}

TorchModel::TorchModel(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
TorchModel::TorchModel(TorchModel&&) noexcept = default;
TorchModel& TorchModel::operator=(TorchModel&&) noexcept = default;
TorchModel::~TorchModel() = default;

Result<TorchModel> TorchModel::load(const std::filesystem::path& weights, const ModelCard& card,
                                    const ClassifierConfig& config) {
    auto impl = std::make_unique<Impl>();
    impl->weights = weights;
    impl->width = card.input.width;
    impl->height = card.input.height;
    impl->classes = static_cast<int>(card.classes.size());
    torch::jit::ExtraFilesMap seal{{detail::kCardSealFile, ""}};
    try {
        configureRuntime(config.threads);
        auto device = selectDevice(config.device, weights);
        if (!device) return tl::unexpected(device.error());
        impl->device = *device;
        impl->module = torch::jit::load(weights.string(), c10::nullopt, seal);
    } catch (const c10::Error& e) {
        return failFrom(weights, ErrorCode::InvalidModel, "not a loadable TorchScript module", e);
    } catch (const std::exception& e) {
        return failFrom(weights, ErrorCode::InvalidModel, "not a loadable TorchScript module", e);
    }
    for (const char* method : {"forward", "features", "head"})
        if (!impl->module.find_method(method))
            return fail(ErrorCode::InvalidModel, weights.string(),
                        std::string("the module has no '") + method +
                            "' method (see core/MODEL_CONTRACT.md)");
    if (auto ok = impl->selectLayer(card.gradcam); !ok) return tl::unexpected(ok.error());
    try {
        impl->module.eval();
        impl->module.to(impl->device);
        if (auto ok = impl->checkContract(card); !ok) return tl::unexpected(ok.error());
    } catch (const c10::Error& e) {
        return failFrom(weights, ErrorCode::InvalidModel, "the module failed on a test input", e);
    } catch (const std::exception& e) {
        return failFrom(weights, ErrorCode::InvalidModel, "the module failed on a test input", e);
    }
    // After the contract, so a card that no longer fits the weights says how it does not.
    if (auto ok = detail::checkCardSeal(card, seal[detail::kCardSealFile],
                                        weights.parent_path() / "model.json", weights);
        !ok)
        return tl::unexpected(ok.error());
    return TorchModel(std::move(impl));
}

Result<ForwardOutput> TorchModel::run(const std::vector<float>& chw, int n) {
    try {
        torch::InferenceMode inference;
        const torch::Tensor features = impl_->call("features", impl_->input(chw, n));
        // One pass gives both: logits from head(features), the embedding from its mean.
        const torch::Tensor logits = impl_->call("head", features);
        ForwardOutput out;
        out.n = n;
        out.classes = impl_->classes;
        out.channels = static_cast<int>(features.size(1));
        if (logits.dim() != 2 || logits.size(0) != n || logits.size(1) != impl_->classes)
            return fail(ErrorCode::InvalidModel, impl_->weights.string(),
                        "head() returned shape " + shapeText(logits));
        out.logits = toVector(logits);
        out.embeddings = toVector(features.mean({2, 3}));
        return out;
    } catch (const c10::Error& e) {
        return failFrom(impl_->weights, ErrorCode::Internal, "inference failed", e);
    } catch (const std::exception& e) {
        return failFrom(impl_->weights, ErrorCode::Internal, "inference failed", e);
    }
}

Result<GradCamOutput> TorchModel::gradcam(const std::vector<float>& chw, int width, int height,
                                          int class_index) {
    try {
        torch::Tensor layer;
        {
            // Not InferenceMode: its tensors can never require grad.
            torch::NoGradGuard no_grad;
            layer = impl_->layerOutput(impl_->input(chw, 1, width, height));
        }
        const torch::Tensor a = layer.detach().clone().requires_grad_(true);
        torch::AutoGradMode grad_mode(true);
        const torch::Tensor logits = impl_->call("head", impl_->afterLayer(a));
        GradCamOutput out;
        out.class_index =
            class_index >= 0 ? class_index : static_cast<int>(logits[0].argmax().item<int64_t>());
        // autograd::grad, not backward(): no gradients accumulate in the module's parameters.
        const torch::Tensor grad = torch::autograd::grad({logits[0][out.class_index]}, {a})[0];
        const torch::Tensor weights = grad.mean({2, 3}, /*keepdim=*/true);
        const torch::Tensor cam =
            torch::relu((weights * a.detach()).sum(1)).squeeze(0).to(torch::kCPU).contiguous();
        out.raw = cv::Mat(static_cast<int>(cam.size(0)), static_cast<int>(cam.size(1)), CV_32F);
        std::memcpy(out.raw.data, cam.data_ptr<float>(), sizeof(float) * cam.numel());
        return out;
    } catch (const c10::Error& e) {
        return failFrom(impl_->weights, ErrorCode::Internal, "Grad-CAM failed", e);
    } catch (const std::exception& e) {
        return failFrom(impl_->weights, ErrorCode::Internal, "Grad-CAM failed", e);
    }
}

std::string TorchModel::deviceName() const { return impl_->device.str(); }

bool TorchModel::cudaAvailable() {
    try {
        return torch::cuda::is_available();
    } catch (...) {
        return false;
    }
}

}  // namespace dermalens::detail
