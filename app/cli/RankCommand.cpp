// `dermalens-cli rank`: which of one patient's lesions looks least like the others.
#include <memory>
#include <sstream>

#include "BatchPredictor.h"
#include "Commands.h"
#include "JsonOutput.h"
#include "ModelOptions.h"
#include "dermalens/ranking/UglyDucklingRanker.h"

namespace dermalens::cli {
namespace {

struct RankOptions {
    ModelOptions model;
    UglyDucklingConfig ranker;
    std::vector<std::string> files;
};

std::string formatted(float value) {
    std::ostringstream out;
    out << value;
    return out.str();
}

std::string methodText(const UglyDucklingConfig& config) {
    return "ugly-duckling: cosine distance between model embeddings (global-average-pooled last "
           "convolutional features); a lesion's score is its mean distance to its k nearest other "
           "lesions, k = clamp(round(sqrt(n-1)), 1, " +
           std::to_string(config.max_neighbours) +
           "); z = robust z-score (median / 1.4826 MAD); outlier when z > " +
           formatted(config.outlier_z) + "; rank 1 = most unusual";
}

Json lesionsJson(const std::vector<const FileOutcome*>& ok, const UglyDucklingResult& result,
                 const ModelCard& card) {
    Json lesions = Json::array();
    for (int index : result.order) {
        const auto& p = *ok[index]->prediction;
        lesions.push_back(Json{{"file", ok[index]->file},
                               {"rank", result.ranks[index]},
                               {"score", number(result.raw_scores[index])},
                               {"z", number(result.z_scores[index])},
                               {"outlier", static_cast<bool>(result.outlier[index])},
                               {"top_class", card.classes[p.top_class].code},
                               {"malignant_probability", number(p.malignant_probability)}});
    }
    return lesions;
}

int runRank(const RankOptions& options) {
    auto classifier = loadClassifier(options.model);
    if (!classifier) return kExitUsage;
    const auto outcomes = predictFiles(*classifier, options.files);
    std::vector<const FileOutcome*> ok;
    Json skipped = Json::array();
    std::vector<std::vector<float>> embeddings;
    for (const auto& outcome : outcomes) {
        if (!outcome.prediction) {
            printError("rank", "skipping " + outcome.error);
            skipped.push_back(errorJson(outcome.file, outcome.error));
            continue;
        }
        ok.push_back(&outcome);
        embeddings.push_back(outcome.prediction->embedding);
    }
    if (ok.size() < 2) {
        printError("rank",
                   "need at least 2 readable images to rank, got " + std::to_string(ok.size()));
        return kExitInputFailed;
    }
    const auto result = UglyDucklingRanker(options.ranker).rank(embeddings);
    if (!result) {
        printError("rank", result.error().message());
        return kExitInputFailed;
    }
    Json doc{{"method", methodText(options.ranker)},
             {"model", modelJson(classifier->card())},
             {"lesions", lesionsJson(ok, *result, classifier->card())},
             {"skipped", skipped}};
    printJson(doc);
    return skipped.empty() ? kExitOk : kExitInputFailed;
}

}  // namespace

Subcommand addRankCommand(CLI::App& parent) {
    auto options = std::make_shared<RankOptions>();
    auto* cmd = parent.add_subcommand(
        "rank",
        "Rank one patient's lesion images by how unusual each looks among the others (the "
        "'ugly duckling' sign). Prints one JSON document with the lesions sorted by rank. "
        "Needs at least 2 readable images; unreadable ones are listed under \"skipped\" "
        "(exit status 1).");
    addModelOptions(*cmd, options->model);
    cmd->add_option("--neighbours", options->ranker.max_neighbours,
                    "Largest k for the k-nearest-neighbour score")
        ->check(CLI::PositiveNumber)
        ->capture_default_str();
    cmd->add_option("--outlier-z", options->ranker.outlier_z,
                    "Robust z above which a lesion is an outlier")
        ->capture_default_str();
    cmd->add_option("files", options->files, "Image files of one patient's lesions")->required();
    return {cmd, [options] { return runRank(*options); }};
}

}  // namespace dermalens::cli
