// `dermalens-cli evaluate`: metrics and plots of a model on a labelled CSV of images.
#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>

#include "BatchPredictor.h"
#include "Commands.h"
#include "dermalens/evaluation/Faithfulness.h"
#include "dermalens/evaluation/CardRoc.h"
#include "dermalens/importing/CsvTable.h"
#include "EvaluationJson.h"
#include "ModelOptions.h"

namespace dermalens::cli {
namespace {

namespace fs = std::filesystem;

struct EvaluateOptions {
    ModelOptions model;
    std::string csv, root, path_column = "file", label_column = "label", out = "evaluation";
    std::vector<std::string> where;
    int limit = 0;
    int faithfulness = 0;  // images for deletion/insertion curves (0 = off)
    std::string deletion_baseline = "blur";
};

struct Sample {
    std::string file;
    int label = -1;
};

struct Filter {
    int column = -1;
    std::string value;
};

Result<std::vector<Filter>> parseFilters(const EvaluateOptions& o, const CsvTable& table) {
    std::vector<Filter> filters;
    for (const auto& w : o.where) {
        const auto eq = w.find('=');
        if (eq == std::string::npos)
            return fail(ErrorCode::InvalidArgument, "",
                        "--where needs COLUMN=VALUE, got '" + w + "'");
        const int column = table.column(w.substr(0, eq));
        if (column < 0)
            return fail(ErrorCode::InvalidArgument, o.csv, "no column '" + w.substr(0, eq) + "'");
        filters.push_back({column, w.substr(eq + 1)});
    }
    return filters;
}

Result<std::vector<Sample>> selectSamples(const EvaluateOptions& o, const CsvTable& table,
                                          const ModelCard& card) {
    const int path_col = table.column(o.path_column), label_col = table.column(o.label_column);
    if (path_col < 0)
        return fail(ErrorCode::InvalidArgument, o.csv, "no column '" + o.path_column + "'");
    if (label_col < 0)
        return fail(ErrorCode::InvalidArgument, o.csv, "no column '" + o.label_column + "'");
    auto filters = parseFilters(o, table);
    if (!filters) return tl::unexpected(filters.error());
    const fs::path root = o.root.empty() ? fs::path(o.csv).parent_path() : fs::path(o.root);
    std::vector<Sample> samples;
    for (std::size_t r = 0; r < table.rows.size(); ++r) {
        const auto& row = table.rows[r];
        if (!std::all_of(filters->begin(), filters->end(),
                         [&](const Filter& f) { return row[f.column] == f.value; }))
            continue;
        const int label = card.classIndex(row[label_col]);
        if (label < 0)
            return fail(ErrorCode::InvalidArgument, o.csv,
                        "line " + std::to_string(table.line_numbers[r]) + ": label '" +
                            row[label_col] + "' is not a class of the model");
        samples.push_back({(root / row[path_col]).string(), label});
        if (o.limit > 0 && static_cast<int>(samples.size()) >= o.limit) break;
    }
    if (samples.empty()) return fail(ErrorCode::InvalidArgument, o.csv, "no rows to evaluate");
    return samples;
}

struct Collected {
    std::vector<int> labels;
    std::vector<std::vector<float>> probabilities;
    std::vector<ImageQualityReport> quality;  // per evaluated image (empty when not assessed)
    int out_of_distribution = 0, low_confidence = 0;  // flag counts, to check the card's rates
    Json skipped = Json::array();
};

Collected predictAll(Classifier& classifier, const std::vector<Sample>& samples, int batch) {
    Collected c;
    const std::size_t chunk = static_cast<std::size_t>(std::max(1, batch)) * 4;
    for (std::size_t start = 0; start < samples.size(); start += chunk) {
        const auto end = std::min(samples.size(), start + chunk);
        std::vector<std::string> files;
        for (auto i = start; i < end; ++i) files.push_back(samples[i].file);
        const auto outcomes = predictFiles(classifier, files);
        for (std::size_t i = 0; i < outcomes.size(); ++i) {
            if (!outcomes[i].prediction) {
                c.skipped.push_back(errorJson(outcomes[i].file, outcomes[i].error));
                continue;
            }
            c.labels.push_back(samples[start + i].label);
            c.probabilities.push_back(outcomes[i].prediction->probabilities);
            c.quality.push_back(outcomes[i].quality.value_or(ImageQualityReport{}));
            c.out_of_distribution += outcomes[i].prediction->out_of_distribution ? 1 : 0;
            c.low_confidence += outcomes[i].prediction->low_confidence ? 1 : 0;
        }
        std::cerr << "\revaluate: " << end << " / " << samples.size() << " images" << std::flush;
    }
    std::cerr << std::endl;
    return c;
}

// The card's "faithfulness" section (core/MODEL_CONTRACT.md).
Json faithfulnessJson(const FaithfulnessSummary& summary, const FaithfulnessOptions& options,
                      const ModelCard& card, const std::string& data) {
    const InputSpec heat = card.heatmapInput();
    const int percent = static_cast<int>(std::lround(options.blur_sigma * 100));
    const std::string blur =
        "the input blurred (Gaussian, sigma " + std::to_string(percent) + " % of its width)";
    const std::string deleted =
        options.deletion == DeletionBaseline::Blur ? blur : "the input's mean colour";
    return Json{
        {"method", "Grad-CAM at " + card.gradcam.layer + ", " + std::to_string(heat.width) + "x" +
                       std::to_string(heat.height) + " input; curves on the model input, " +
                       std::to_string(summary.steps) + " steps of pixels in map order"},
        {"data", data},
        {"images", summary.images},
        {"steps", summary.steps},
        {"cells", summary.cells},
        {"baseline", "deletion: " + deleted + "; insertion starts from " + blur},
        {"deletion_auc", summary.deletion_auc},
        {"insertion_auc", summary.insertion_auc},
        {"random_deletion_auc", summary.random_deletion_auc},
        {"random_insertion_auc", summary.random_insertion_auc},
        {"random_map", "uniform random values on the same grid, same images, same run"},
        {"reading",
         "class probability of the top class; deletion lower and insertion higher "
         "= the map points at what the model uses"},
        {"skipped", summary.skipped}};
}

// Deletion / insertion curves on the first o.faithfulness samples.
Result<Json> faithfulness(const EvaluateOptions& o, Classifier& classifier,
                          const std::vector<Sample>& samples) {
    FaithfulnessOptions options;
    options.deletion =
        o.deletion_baseline == "mean" ? DeletionBaseline::MeanColour : DeletionBaseline::Blur;
    std::vector<fs::path> files;
    for (const Sample& s : samples)
        if (static_cast<int>(files.size()) < o.faithfulness) files.push_back(s.file);
    const auto summary = evaluateFaithfulness(classifier, files, options, [](auto done, auto all) {
        std::cerr << "\rfaithfulness: " << done << " / " << all << " images" << std::flush;
    });
    std::cerr << std::endl;
    if (!summary) return tl::unexpected(summary.error());
    std::string data = fs::path(o.csv).filename().string();
    for (const auto& w : o.where) data += " where " + w;
    data += ", first " + std::to_string(files.size()) + " rows";
    return faithfulnessJson(*summary, options, classifier.card(), data);
}

// card_roc.json: the card's "roc" section for these predictions (training/add_card_roc.py).
bool writeCardRoc(const EvaluateOptions& o, const ModelCard& card, const Collected& collected) {
    std::string where;
    for (const auto& w : o.where) where += (where.empty() ? " where " : ", ") + w;
    CardRocOptions options;
    options.source = fs::path(o.csv).filename().string() + where + " (" +
                     std::to_string(collected.labels.size()) + " images)";
    const auto roc = cardRoc(card, collected.labels, collected.probabilities, options);
    if (!roc) return true;  // e.g. no melanoma in the selection: the metrics still stand
    std::ofstream file(fs::path(o.out) / "card_roc.json");
    file << dumpJson(cardRocJson(*roc)) << '\n';
    return static_cast<bool>(file);
}

int writeOutputs(const EvaluateOptions& o, const EvaluationReport& report, const ModelCard& card,
                 const Collected& collected, const Json& faithful) {
    Json metrics = metricsJson(report, card);
    if (!faithful.is_null()) metrics["faithfulness"] = faithful;
    metrics["csv"] = o.csv;
    metrics["where"] = o.where;
    metrics["skipped"] = collected.skipped;
    const double n = std::max<std::size_t>(1, collected.labels.size());
    metrics["flagged"] = Json{{"out_of_distribution", collected.out_of_distribution / n},
                              {"low_confidence", collected.low_confidence / n}};
    if (auto quality = evaluateByQuality(card, collected.labels, collected.probabilities,
                                         collected.quality))
        metrics["image_quality"] = qualityEvaluationJson(*quality);
    else
        metrics["image_quality"] = Json{{"error", quality.error().message()}};
    const fs::path out(o.out);
    metrics["plots"] = Json{{"confusion_matrix", (out / "confusion_matrix.png").string()},
                            {"roc", (out / "roc.png").string()},
                            {"reliability", (out / "reliability.png").string()}};
    metrics["card_roc"] = (out / "card_roc.json").string();
    if (auto plots = writeEvaluationPlots(report, o.out); !plots) {
        printError("evaluate", plots.error().message());
        return kExitUsage;
    }
    if (!writeCardRoc(o, card, collected)) {
        printError("evaluate", (out / "card_roc.json").string() + ": cannot write");
        return kExitUsage;
    }
    std::ofstream file(out / "metrics.json");
    file << dumpJson(metrics) << '\n';
    if (!file) {
        printError("evaluate", (out / "metrics.json").string() + ": cannot write");
        return kExitUsage;
    }
    printJson(metrics);
    return collected.skipped.empty() ? kExitOk : kExitInputFailed;
}

int runEvaluate(const EvaluateOptions& o) {
    const auto table = readCsv(o.csv);
    if (!table) {
        printError("evaluate", table.error().message());
        return kExitUsage;
    }
    auto classifier = loadClassifier(o.model);
    if (!classifier) return kExitUsage;
    const auto samples = selectSamples(o, *table, classifier->card());
    if (!samples) {
        printError("evaluate", samples.error().message());
        return kExitUsage;
    }
    const auto collected = predictAll(*classifier, *samples, o.model.batch);
    for (const auto& s : collected.skipped)
        printError("evaluate", "skipped " + s["error"].get<std::string>());
    const auto report = evaluate(classifier->card(), collected.labels, collected.probabilities);
    if (!report) {
        printError("evaluate", "no image could be evaluated: " + report.error().message());
        return kExitInputFailed;
    }
    Json faithful;
    if (o.faithfulness > 0) {
        auto section = faithfulness(o, *classifier, *samples);
        if (!section) {
            printError("evaluate", "faithfulness: " + section.error().message());
            return kExitInputFailed;
        }
        faithful = *section;
    }
    return writeOutputs(o, *report, classifier->card(), collected, faithful);
}

}  // namespace

Subcommand addEvaluateCommand(CLI::App& parent) {
    auto o = std::make_shared<EvaluateOptions>();
    auto* cmd = parent.add_subcommand(
        "evaluate",
        "Evaluate the model on a labelled CSV (header row; one image path and one class code per "
        "row). Writes metrics.json, card_roc.json (the model card's ROC section), "
        "confusion_matrix.png, roc.png and reliability.png into --out "
        "and prints the metrics, with how many images each image quality check flags and the "
        "balanced accuracy and melanoma AUC on flagged vs unflagged images (when a subset has "
        "30 images or more). Unreadable images are skipped and listed (exit status 1).");
    addModelOptions(*cmd, o->model);
    cmd->add_option("--csv", o->csv, "Labels CSV, e.g. ../shared/data/ham10000/labels.csv")
        ->required();
    cmd->add_option("--root", o->root,
                    "Folder image paths are relative to (default: the CSV's folder)");
    cmd->add_option("--path-column", o->path_column, "Column holding the image path")
        ->capture_default_str();
    cmd->add_option("--label-column", o->label_column, "Column holding the class code")
        ->capture_default_str();
    cmd->add_option("--where", o->where,
                    "Keep only rows where COLUMN=VALUE (repeatable; all must hold)");
    cmd->add_option("--out", o->out, "Output folder")->capture_default_str();
    cmd->add_option("--limit", o->limit, "Evaluate at most N rows (0 = all)")
        ->check(CLI::NonNegativeNumber);
    cmd->add_option("--faithfulness", o->faithfulness,
                    "Also measure the heatmaps' deletion and insertion curves (against random "
                    "maps) on the first N evaluated rows; the result is the card's "
                    "'faithfulness' section, in metrics.json")
        ->check(CLI::NonNegativeNumber);
    cmd->add_option("--deletion-baseline", o->deletion_baseline,
                    "What deleted pixels become: blur or mean (colour)")
        ->check(CLI::IsMember({"blur", "mean"}))
        ->capture_default_str();
    return {cmd, [o] { return runEvaluate(*o); }};
}

}  // namespace dermalens::cli
