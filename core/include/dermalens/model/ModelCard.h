// ModelCard: the parsed model.json of a model package (see core/MODEL_CONTRACT.md).
#pragma once

#include <array>
#include <filesystem>
#include <string>
#include <vector>

#include "dermalens/Result.h"
#include "dermalens/model/OperatingPoint.h"

namespace dermalens {

struct ClassInfo {
    std::string code;  // e.g. "mel"
    std::string name;  // display name, e.g. "Melanoma"
    bool malignant = false;
};

enum class ResizePolicy { Stretch, CenterCrop };
enum class Interpolation { Area, Linear };
enum class ColorOrder { RGB, BGR };

struct InputSpec {
    int width = 224;
    int height = 224;
    ResizePolicy resize = ResizePolicy::Stretch;
    Interpolation interpolation = Interpolation::Area;
    ColorOrder color_order = ColorOrder::RGB;
    float scale = 255.0f;
    std::array<float, 3> mean{0.485f, 0.456f, 0.406f};
    std::array<float, 3> std{0.229f, 0.224f, 0.225f};
};

// Training distribution of the input's colour/texture statistics (ImageStatistics.h).
// Doubles: the inverse covariance of differently scaled statistics needs the precision.
struct ImageStatisticsSpec {
    std::vector<double> mean;                // empty = rule off
    std::vector<double> inverse_covariance;  // mean.size() squared, row-major
    double max_distance = 0.0;               // <= 0 disables the rule
};

// Out-of-distribution / low-confidence rule parameters (empty statistics = entropy rule only).
struct OodSpec {
    float max_normalized_entropy = 0.85f;
    std::vector<float> embedding_mean;
    std::vector<float> embedding_std;
    float max_embedding_distance = 0.0f;  // <= 0 disables the distance rule
    ImageStatisticsSpec image_statistics;
    std::string rule;  // plain-words description for the user
};

// Where Grad-CAM reads its map (card "gradcam", optional). Only the heatmap pass uses it;
// predictions always use `input`. `layer` "features" is the contract's last block; "body.N" is
// the output of child N of the module's `body` Sequential (a higher-resolution stage).
struct GradCamSpec {
    std::string layer = "features";
    int width = 0, height = 0;  // heatmap-pass input size; 0 = the card's input size
};

// Deletion / insertion faithfulness of the heatmaps (card "faithfulness", optional; written by
// `dermalens-cli evaluate --faithfulness`). AUCs of the class probability over the fraction of
// the input removed (deletion, lower = more faithful) or restored (insertion, higher = better),
// for the model's maps and for random maps of the same cell grid in the same run.
struct FaithfulnessSpec {
    bool present = false;
    std::string data;      // which images, e.g. "first 300 fold-0 rows of labels.csv"
    std::string baseline;  // what removed pixels become
    std::string cells;     // map grid, e.g. "16x12"
    int images = 0, steps = 0;
    double deletion_auc = 0, insertion_auc = 0;
    double random_deletion_auc = 0, random_insertion_auc = 0;
};

struct ModelCard {
    int format_version = 1;
    std::string name;
    std::string version;
    std::string architecture;
    std::string weights_file;
    std::string weights_sha256;
    std::vector<ClassInfo> classes;
    InputSpec input;
    float temperature = 1.0f;
    std::string calibration_method;
    OodSpec ood;
    GradCamSpec gradcam;
    FaithfulnessSpec faithfulness;
    std::string intended_use;
    std::vector<std::string> limitations;
    std::string license;
    RocSection roc;                   // "roc": validation ROC and named operating points
    double decision_threshold = 0.5;  // "decision_threshold": the point when there is no ROC
    std::string raw_json;  // the whole card, for display and export

    [[nodiscard]] int classIndex(const std::string& code) const;  // -1 when absent
    // `input` with the Grad-CAM pass's size: where its maps lie over an image.
    [[nodiscard]] InputSpec heatmapInput() const;
    // The operating point a choice gives on this card (see resolveOperatingPoint).
    [[nodiscard]] OperatingPoint operatingPoint(const OperatingPointChoice& choice = {}) const {
        return resolveOperatingPoint(roc, choice, decision_threshold);
    }
};

// Parses and validates a card. `source` is only used in error messages.
// Fails with InvalidModel naming the missing/invalid field.
[[nodiscard]] Result<ModelCard> parseModelCard(const std::string& json_text,
                                               const std::filesystem::path& source);

}  // namespace dermalens
