// `dermalens-cli analyse`: runs the model over what the store has not analysed yet.
#include <memory>

#include "Commands.h"
#include "ModelOptions.h"
#include "StoreJson.h"
#include "StoreOptions.h"

namespace dermalens::cli {
namespace {

struct AnalyseOptions {
    std::string store;
    ModelOptions model;
    std::int64_t patient = 0;
};

Json rankings(const Workspace& workspace, const std::vector<PatientId>& patients) {
    Json out = Json::array();
    for (PatientId id : patients) {
        auto patient = workspace.patient(id);
        auto ranking = workspace.rank(id);
        if (patient && ranking) out.push_back(rankingJson(*ranking, *patient));
    }
    return out;
}

int runAnalyse(const AnalyseOptions& o) {
    auto workspace = openWorkspace("analyse", o.store);
    if (!workspace) return kExitUsage;
    const auto config = classifierConfig(o.model);
    if (!config) return kExitUsage;
    if (auto loaded = workspace->loadModel(resolveModelDir(o.model), *config); !loaded) {
        printError("analyse", "cannot load the model: " + loaded.error().message());
        return kExitUsage;
    }
    std::optional<PatientId> only;
    if (o.patient > 0) only = PatientId(o.patient);
    auto ids = workspace->needingAnalysis(only);
    if (!ids) {
        printError("analyse", ids.error().message());
        return kExitUsage;
    }
    auto summary = workspace->analyse(*ids);
    if (!summary) {
        printError("analyse", summary.error().message());
        return kExitInputFailed;
    }
    std::vector<PatientId> patients;
    if (only) patients.push_back(*only);
    else if (auto all = workspace->patients(); all)
        for (const auto& p : *all) patients.push_back(p.record.id);
    Json failed = Json::array();
    for (const auto& f : summary->failed)
        failed.push_back(Json{{"file", f.path.string()}, {"error", f.reason}});
    printJson(Json{{"model", modelJson(*workspace->card())},
                   {"analysed", summary->analysed},
                   {"failed", failed},
                   {"rankings", rankings(*workspace, patients)}});
    return summary->failed.empty() ? kExitOk : kExitInputFailed;
}

}  // namespace

Subcommand addAnalyseCommand(CLI::App& parent) {
    auto o = std::make_shared<AnalyseOptions>();
    auto* cmd = parent.add_subcommand(
        "analyse",
        "Analyse every current image (latest visit of each lesion) that has no analysis by the "
        "loaded model yet, store the results, and print each patient's ugly-duckling ranking.");
    addStoreOption(*cmd, o->store);
    addModelOptions(*cmd, o->model);
    cmd->add_option("--patient", o->patient, "Only this patient (its id from `list`)");
    return {cmd, [o] { return runAnalyse(*o); }};
}

}  // namespace dermalens::cli
