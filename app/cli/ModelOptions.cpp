#include "ModelOptions.h"

#include <cstdlib>
#include <iostream>
#include <system_error>

#include "dermalens/platform/ShippedData.h"

namespace dermalens::cli {

void addModelOptions(CLI::App& command, ModelOptions& options, bool with_batch) {
    command.add_option("--model", options.model_dir,
                       "Model package directory (model.json + weights). Default: "
                       "$DERMALENS_MODEL_DIR, else " +
                           shippedModelDir().string());
    command.add_option("--device", options.device, "Where to run the model")
        ->check(CLI::IsMember({"auto", "cpu", "cuda"}))
        ->capture_default_str();
    command.add_option("--threads", options.threads, "CPU threads for inference (0 = all cores)")
        ->check(CLI::NonNegativeNumber)
        ->capture_default_str();
    if (with_batch)
        command.add_option("--batch", options.batch, "Images per forward pass")
            ->check(CLI::PositiveNumber)
            ->capture_default_str();
}

std::filesystem::path shippedModelDir() {
    return findShippedModel(currentExecutable(), DERMALENS_DEFAULT_MODEL_DIR);
}

std::filesystem::path resolveModelDir(const ModelOptions& options) {
    if (!options.model_dir.empty()) return options.model_dir;
    if (const char* env = std::getenv("DERMALENS_MODEL_DIR"); env != nullptr && *env != '\0')
        return env;
    return shippedModelDir();
}

std::optional<ClassifierConfig> classifierConfig(const ModelOptions& options) {
    const auto dir = resolveModelDir(options);
    std::error_code ec;
    if (!std::filesystem::is_directory(dir, ec)) {
        printError("", "model directory not found: " + dir.string() +
                           " (give one with --model DIR or set DERMALENS_MODEL_DIR)");
        return std::nullopt;
    }
    const auto device = parseDevice(options.device);
    if (!device) {
        printError("", device.error().message());
        return std::nullopt;
    }
    ClassifierConfig config;
    config.device = *device;
    config.threads = options.threads;
    config.batch_size = options.batch;
    return config;
}

std::optional<Classifier> loadClassifier(const ModelOptions& options) {
    const auto config = classifierConfig(options);
    if (!config) return std::nullopt;
    const auto dir = resolveModelDir(options);
    auto classifier = Classifier::load(dir, *config);
    if (!classifier) {
        printError(
            "", "cannot load the model in " + dir.string() + ": " + classifier.error().message());
        return std::nullopt;
    }
    return std::move(*classifier);
}

void printError(const std::string& command, const std::string& message) {
    std::cerr << "dermalens-cli" << (command.empty() ? "" : " " + command) << ": error: " << message
              << std::endl;
}

}  // namespace dermalens::cli
