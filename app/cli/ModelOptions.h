// Options every model-using subcommand shares (--model, --device, --threads, --batch) and
// loading the model with a clear message on failure.
#pragma once

#include <filesystem>
#include <optional>
#include <string>

#include <CLI/CLI.hpp>

#include "dermalens/inference/Classifier.h"

namespace dermalens::cli {

struct ModelOptions {
    std::string model_dir;  // empty: $DERMALENS_MODEL_DIR, else the built-in default
    std::string device = "auto";
    int threads = 0;
    int batch = 16;
};

void addModelOptions(CLI::App& command, ModelOptions& options, bool with_batch = true);

// The shipped model: <exe>/../share/dermalens/models/... when installed, else the source tree's.
[[nodiscard]] std::filesystem::path shippedModelDir();

// --model, else $DERMALENS_MODEL_DIR, else shippedModelDir().
[[nodiscard]] std::filesystem::path resolveModelDir(const ModelOptions& options);

// The classifier settings the options ask for, after checking the model directory exists and
// the device name is valid; nullopt after printing why.
[[nodiscard]] std::optional<ClassifierConfig> classifierConfig(const ModelOptions& options);

// Loads the classifier; on failure prints a message naming the directory to stderr and
// returns nullopt (callers exit with kExitUsage).
[[nodiscard]] std::optional<Classifier> loadClassifier(const ModelOptions& options);

// "dermalens-cli <command>: error: <message>" on stderr.
void printError(const std::string& command, const std::string& message);

}  // namespace dermalens::cli
