// `dermalens-cli rank`: which of one patient's lesions most deserves a look (PatientContextRanker).
#include <memory>
#include <sstream>

#include "BatchPredictor.h"
#include "Commands.h"
#include "JsonOutput.h"
#include "ModelOptions.h"
#include "dermalens/ranking/PatientContextRanker.h"

namespace dermalens::cli {
namespace {

struct RankOptions {
    ModelOptions model;
    PatientContextConfig ranker;
    std::vector<std::string> files;
};

std::string formatted(float value) {
    std::ostringstream out;
    out << value;
    return out.str();
}

std::string methodText(const PatientContextConfig& c) {
    return "patient-context: malignant evidence = logit of the calibrated malignant probability "
           "as a robust z against this patient's median / MAD (spread floored at " +
           formatted(c.evidence_floor) + "), plus " + formatted(c.outlier_weight) +
           " x malignant probability x the ugly-duckling z (k-NN cosine distance between model "
           "embeddings, k = "
           "clamp(round(sqrt(n-1)), 1, " +
           std::to_string(c.max_neighbours) +
           "), robust z); rank 1 = highest score; rank 1 is flagged \"most unusual\" (outlier) "
           "when its score >= " +
           formatted(c.flag_score) +
           " and its malignant probability >= " + formatted(c.flag_probability) +
           "; clusters: average-linkage on cosine distance cut at " + formatted(c.cluster_cut);
}

Json lesionJson(const std::vector<const FileOutcome*>& ok, const PatientContextResult& result,
                int index, const ModelCard& card) {
    const auto& p = *ok[index]->prediction;
    const auto& s = result.lesions[static_cast<std::size_t>(index)];
    return Json{{"file", ok[index]->file},
                {"rank", s.rank},
                {"score", number(s.score)},
                {"z", number(s.score)},  // the score is in z units; kept for older readers
                {"outlier", s.flagged},
                {"evidence_z", number(s.evidence_z)},
                {"outlier_z", number(s.outlier_z)},
                {"nearest", ok[s.nearest]->file},
                {"nearest_distance", number(s.nearest_distance)},
                {"farthest", ok[s.farthest]->file},
                {"farthest_distance", number(s.farthest_distance)},
                {"cluster", s.cluster},
                {"top_class", card.classes[p.top_class].code},
                {"malignant_probability", number(p.malignant_probability)}};
}

Json lesionsJson(const std::vector<const FileOutcome*>& ok, const PatientContextResult& result,
                 const ModelCard& card) {
    Json lesions = Json::array();
    for (int index : result.order) lesions.push_back(lesionJson(ok, result, index, card));
    return lesions;
}

int runRank(const RankOptions& options) {
    auto classifier = loadClassifier(options.model);
    if (!classifier) return kExitUsage;
    const auto outcomes = predictFiles(*classifier, options.files);
    std::vector<const FileOutcome*> ok;
    Json skipped = Json::array();
    std::vector<PatientContextInput> inputs;
    for (const auto& outcome : outcomes) {
        if (!outcome.prediction) {
            printError("rank", "skipping " + outcome.error);
            skipped.push_back(errorJson(outcome.file, outcome.error));
            continue;
        }
        ok.push_back(&outcome);
        inputs.push_back(
            {outcome.prediction->malignant_probability, outcome.prediction->embedding});
    }
    if (ok.size() < 2) {
        printError("rank",
                   "need at least 2 readable images to rank, got " + std::to_string(ok.size()));
        return kExitInputFailed;
    }
    const auto result = PatientContextRanker(options.ranker).rank(inputs);
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
        "Rank one patient's lesion images by how much each stands out among the others: the "
        "model's malignant evidence against this patient's own baseline plus how unusual the "
        "lesion looks (the 'ugly duckling' sign). Prints one JSON document with the lesions sorted "
        "by rank. "
        "Needs at least 2 readable images; unreadable ones are listed under \"skipped\" "
        "(exit status 1).");
    addModelOptions(*cmd, options->model);
    cmd->add_option("--neighbours", options->ranker.max_neighbours,
                    "Largest k for the k-nearest-neighbour score")
        ->check(CLI::PositiveNumber)
        ->capture_default_str();
    cmd->add_option("--flag-score", options->ranker.flag_score,
                    "Score at or above which rank 1 is flagged \"most unusual\"")
        ->capture_default_str();
    cmd->add_option("--flag-probability", options->ranker.flag_probability,
                    "Least malignant probability for the flag")
        ->capture_default_str();
    cmd->add_option("--outlier-weight", options->ranker.outlier_weight,
                    "Weight of the embedding outlierness against the malignant evidence")
        ->capture_default_str();
    cmd->add_option("files", options->files, "Image files of one patient's lesions")->required();
    return {cmd, [options] { return runRank(*options); }};
}

}  // namespace dermalens::cli
