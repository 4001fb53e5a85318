// `dermalens-cli rank-eval`: the ranking methods on simulated patients built from a labelled
// HAM10000-style fold (see dev/.../UglyDucklingSimulation.h for the simulation).
#include <filesystem>
#include <iomanip>
#include <iostream>
#include <map>
#include <memory>
#include <numeric>
#include <sstream>

#include "BatchPredictor.h"
#include "Commands.h"
#include "JsonOutput.h"
#include "ModelOptions.h"
#include "dermalens/evaluation/PredictionCache.h"
#include "dermalens/evaluation/UglyDucklingSimulation.h"
#include "dermalens/importing/CsvTable.h"
#include "dermalens/ranking/PatientContextRanker.h"
#include "dermalens/ranking/UglyDucklingRanker.h"

namespace dermalens::cli {
namespace {

namespace fs = std::filesystem;

struct RankEvalOptions {
    ModelOptions model;
    std::string data, cache, half = "test";
    int fold = 0;
    SimulationConfig simulation{500, 1, 3, 30, 1000, 1};
    PatientContextConfig context;
    float probability_flag = 0.5f;
    bool json = false;
};

struct LabelledImage {
    std::string image_id, lesion_id, label, file;
};

// One image per lesion of `fold`: the lesion's first row in the table.
Result<std::vector<LabelledImage>> foldLesions(const fs::path& data, int fold) {
    const auto csv = data / "labels.csv";
    auto table = readCsv(csv);
    if (!table) return tl::unexpected(table.error());
    const int image = table->column("image_id"), lesion = table->column("lesion_id"),
              label = table->column("label"), file = table->column("file"),
              fold_col = table->column("fold");
    if (std::min({image, lesion, label, file, fold_col}) < 0)
        return fail(ErrorCode::InvalidArgument, csv.string(),
                    "needs columns image_id, lesion_id, label, file and fold");
    std::vector<LabelledImage> out;
    std::map<std::string, bool> seen;
    for (const auto& row : table->rows) {
        if (row[fold_col] != std::to_string(fold) || seen[row[lesion]]) continue;
        seen[row[lesion]] = true;
        out.push_back({row[image], row[lesion], row[label], (data / row[file]).string()});
    }
    if (out.empty())
        return fail(ErrorCode::InvalidArgument, csv.string(),
                    "no row with fold " + std::to_string(fold));
    return out;
}

bool cacheCovers(const PredictionCache& cache, const ModelCard& card,
                 const std::vector<LabelledImage>& images) {
    if (cache.model_sha256 != card.weights_sha256) return false;
    std::map<std::string, bool> have;
    for (const auto& e : cache.entries) have[e.image_id] = true;
    return std::all_of(images.begin(), images.end(),
                       [&](const LabelledImage& i) { return have.count(i.image_id) > 0; });
}

// Runs the model over every image once; the cache makes later runs (other methods, other
// parameters, the other half) use the very same predictions.
Result<PredictionCache> predictOnce(Classifier& classifier, const std::string& cache_file,
                                    const std::vector<LabelledImage>& images) {
    const ModelCard& card = classifier.card();
    if (auto cached = readPredictionCache(cache_file); cached && cacheCovers(*cached, card, images))
        return cached;
    PredictionCache cache{card.weights_sha256, {}, {}};
    for (const auto& c : card.classes) cache.classes.push_back(c.code);
    const std::size_t chunk = 64;
    for (std::size_t start = 0; start < images.size(); start += chunk) {
        std::vector<std::string> files;
        for (auto i = start; i < std::min(images.size(), start + chunk); ++i)
            files.push_back(images[i].file);
        const auto outcomes = predictFiles(classifier, files);
        for (std::size_t i = 0; i < outcomes.size(); ++i) {
            const auto& img = images[start + i];
            if (!outcomes[i].prediction)
                return fail(ErrorCode::Unreadable, img.file, outcomes[i].error);
            const auto& p = *outcomes[i].prediction;
            cache.entries.push_back({img.image_id, img.lesion_id, img.label,
                                     p.malignant_probability, p.probabilities, p.embedding});
        }
        std::cerr << "\rrank-eval: " << start + files.size() << " / " << images.size() << " images"
                  << std::flush;
    }
    std::cerr << std::endl;
    if (auto written = writePredictionCache(cache, cache_file); !written)
        return tl::unexpected(written.error());
    return cache;
}

std::vector<PooledLesion> poolOf(const PredictionCache& cache, const ModelCard& card,
                                 const std::vector<LabelledImage>& images,
                                 const std::string& half) {
    std::map<std::string, const CachedPrediction*> by_image;
    for (const auto& e : cache.entries) by_image[e.image_id] = &e;
    std::vector<PooledLesion> pool;
    for (const auto& img : images) {
        const bool tune = lesionHalf(img.lesion_id) == LesionHalf::Tune;
        if ((half == "tune" && !tune) || (half == "test" && tune)) continue;
        const auto& e = *by_image.at(img.image_id);
        const int c = card.classIndex(img.label);
        pool.push_back({img.lesion_id, img.label, c >= 0 && card.classes[c].malignant,
                        e.malignant_probability, e.probabilities, e.embedding});
    }
    return pool;
}

using Patient = std::vector<const PooledLesion*>;

// (a) The ranker before this release; its flag is its outlier call on the top lesion.
Result<MethodRanking> rankByOutlierness(const Patient& patient) {
    std::vector<std::vector<float>> embeddings;
    for (const auto* l : patient) embeddings.push_back(l->embedding);
    auto r = UglyDucklingRanker().rank(embeddings);
    if (!r) return tl::unexpected(r.error());
    return MethodRanking{r->order, r->outlier[static_cast<std::size_t>(r->order[0])]};
}

// (b) The classifier alone; its flag is the top lesion's probability reaching `flag_at`.
Result<MethodRanking> rankByProbability(const Patient& patient, float flag_at) {
    std::vector<int> order(patient.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        return patient[a]->malignant_probability > patient[b]->malignant_probability;
    });
    return MethodRanking{order, patient[order[0]]->malignant_probability >= flag_at};
}

// (c) PatientContextRanker, what Workspace::rank and `rank` use.
Result<MethodRanking> rankInContext(const Patient& patient, const PatientContextRanker& ranker) {
    std::vector<PatientContextInput> input;
    for (const auto* l : patient) input.push_back({l->malignant_probability, l->embedding});
    auto r = ranker.rank(input);
    if (!r) return tl::unexpected(r.error());
    return MethodRanking{r->order, r->lesions[static_cast<std::size_t>(r->order[0])].flagged};
}

std::vector<NamedMethod> methods(const RankEvalOptions& o) {
    const float flag_at = o.probability_flag;
    const PatientContextRanker ranker(o.context);
    return {{"ugly-duckling outlierness (previous)", rankByOutlierness},
            {"malignant-probability sort",
             [flag_at](const Patient& p) { return rankByProbability(p, flag_at); }},
            {"patient-context", [ranker](const Patient& p) { return rankInContext(p, ranker); }}};
}

std::vector<UglyDucklingScenario> scenarios(const ModelCard& card) {
    std::vector<std::string> benign, malignant;
    for (const auto& c : card.classes) (c.malignant ? malignant : benign).push_back(c.code);
    // Melanoma first: it is what the ugly-duckling sign is about.
    std::stable_partition(malignant.begin(), malignant.end(),
                          [](const std::string& c) { return c == "mel"; });
    std::vector<UglyDucklingScenario> out;
    for (const auto& m : malignant) out.push_back({m + " among benign", benign, m});
    const bool nevi = card.classIndex("nv") >= 0;
    if (nevi && card.classIndex("mel") >= 0) out.push_back({"mel among nevi", {"nv"}, "mel"});
    out.push_back({"all benign", benign, ""});
    if (nevi) out.push_back({"all nevi", {"nv"}, ""});
    return out;
}

Json estimateJson(const Estimate& e) {
    return Json{{"value", number(e.value)}, {"lower", number(e.lower)}, {"upper", number(e.upper)}};
}

Json scenarioJson(const ScenarioOutcome& s) {
    Json methods = Json::array();
    const bool malignant = !s.scenario.malignant_label.empty();
    for (const auto& m : s.methods) {
        Json j{{"method", m.method}};
        if (malignant) {
            j["top1"] = estimateJson(m.top1);
            j["top3"] = estimateJson(m.top3);
            j["top1_gain_vs_probability_sort"] = estimateJson(m.top1_gain);
            j["top3_gain_vs_probability_sort"] = estimateJson(m.top3_gain);
            j["malignant_ranked_first_and_flagged"] = estimateJson(m.flagged);
        } else {
            j["false_flag"] = estimateJson(m.flagged);
        }
        methods.push_back(j);
    }
    return Json{{"scenario", s.scenario.name},
                {"benign_classes", s.scenario.benign_labels},
                {"malignant_class", s.scenario.malignant_label},
                {"patients", s.patients},
                {"distinct_malignant_lesions", s.distinct_malignant},
                {"mean_lesions_per_patient", number(s.mean_lesions)},
                {"methods", methods}};
}

Json configJson(const RankEvalOptions& o, std::size_t pool) {
    const auto& c = o.context;
    return Json{{"data", o.data},
                {"fold", o.fold},
                {"half", o.half},
                {"lesions_in_pool", pool},
                {"seed", o.simulation.seed},
                {"patients_per_scenario", o.simulation.patients},
                {"benign_per_patient", {o.simulation.min_benign, o.simulation.max_benign}},
                {"intervals", "95% percentile bootstrap over malignant lesions (clusters), " +
                                  std::to_string(o.simulation.bootstrap) + " resamples"},
                {"halves", "lesion ids split by bit 16 of their FNV-1a hash: 0 = tune, 1 = test"},
                {"probability_sort_flag", number(o.probability_flag)},
                {"patient_context",
                 {{"outlier_weight", number(c.outlier_weight)},
                  {"evidence_floor", number(c.evidence_floor)},
                  {"flag_score", number(c.flag_score)},
                  {"flag_probability", number(c.flag_probability)}}}};
}

std::string percent(const Estimate& e) {
    std::ostringstream out;
    out << std::fixed << std::setprecision(1) << 100 * e.value << " [" << 100 * e.lower << ", "
        << 100 * e.upper << "]";
    return out.str();
}

void printTable(const std::vector<ScenarioOutcome>& outcomes) {
    for (const auto& s : outcomes) {
        std::cout << "\n"
                  << s.scenario.name << " (" << s.patients << " patients, " << s.distinct_malignant
                  << " distinct malignant lesions)\n";
        for (const auto& m : s.methods) {
            std::cout << "  " << std::left << std::setw(40) << m.method;
            if (s.scenario.malignant_label.empty())
                std::cout << "false flag " << percent(m.flagged) << "\n";
            else
                std::cout << "top-1 " << percent(m.top1) << "  top-3 " << percent(m.top3)
                          << "  first+flagged " << percent(m.flagged) << "\n";
        }
    }
}

int runRankEval(RankEvalOptions o) {
    if (o.cache.empty())
        o.cache = (fs::temp_directory_path() /
                   ("dermalens-rank-eval-fold" + std::to_string(o.fold) + ".cache"))
                      .string();
    auto images = foldLesions(o.data, o.fold);
    if (!images) {
        printError("rank-eval", images.error().message());
        return kExitUsage;
    }
    auto classifier = loadClassifier(o.model);
    if (!classifier) return kExitUsage;
    auto cache = predictOnce(*classifier, o.cache, *images);
    if (!cache) {
        printError("rank-eval", cache.error().message());
        return kExitInputFailed;
    }
    const auto pool = poolOf(*cache, classifier->card(), *images, o.half);
    auto outcomes =
        runUglyDucklingSimulation(pool, scenarios(classifier->card()), methods(o), o.simulation);
    if (!outcomes) {
        printError("rank-eval", outcomes.error().message());
        return kExitUsage;
    }
    if (!o.json) {
        printTable(*outcomes);
        return kExitOk;
    }
    Json list = Json::array();
    for (const auto& s : *outcomes) list.push_back(scenarioJson(s));
    printJson(Json{{"config", configJson(o, pool.size())}, {"scenarios", list}});
    return kExitOk;
}

}  // namespace

Subcommand addRankEvalCommand(CLI::App& parent) {
    auto o = std::make_shared<RankEvalOptions>();
    auto* cmd = parent.add_subcommand(
        "rank-eval",
        "Compare lesion-ranking methods on simulated patients built from one fold of a "
        "HAM10000-style folder (labels.csv with image_id, lesion_id, label, file, fold; one image "
        "per lesion): N benign lesions (N uniform in 3..30) plus zero or one malignant lesion. "
        "The model runs once; its predictions are cached (--cache) and reused.");
    addModelOptions(*cmd, o->model);
    cmd->add_option("--data", o->data, "Folder holding labels.csv")->required();
    cmd->add_option("--fold", o->fold, "Fold to draw lesions from")->capture_default_str();
    cmd->add_option("--half", o->half, "Lesions used: tune (fit parameters), test (report), all")
        ->check(CLI::IsMember({"tune", "test", "all"}))
        ->capture_default_str();
    cmd->add_option("--patients", o->simulation.patients, "Patients per scenario")
        ->check(CLI::PositiveNumber)
        ->capture_default_str();
    cmd->add_option("--seed", o->simulation.seed, "Random seed")->capture_default_str();
    cmd->add_option("--bootstrap", o->simulation.bootstrap, "Bootstrap resamples")
        ->check(CLI::PositiveNumber)
        ->capture_default_str();
    cmd->add_option("--cache", o->cache, "Prediction cache file (default: in the temp folder)");
    cmd->add_option("--outlier-weight", o->context.outlier_weight)->capture_default_str();
    cmd->add_option("--evidence-floor", o->context.evidence_floor)->capture_default_str();
    cmd->add_option("--flag-score", o->context.flag_score)->capture_default_str();
    cmd->add_option("--flag-probability", o->context.flag_probability)->capture_default_str();
    cmd->add_option("--probability-flag", o->probability_flag,
                    "Probability sort: flag the top lesion at this probability")
        ->capture_default_str();
    cmd->add_flag("--json", o->json, "Print one JSON document instead of a table");
    return {cmd, [o] { return runRankEval(*o); }};
}

}  // namespace dermalens::cli
