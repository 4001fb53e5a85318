// `dermalens-cli import` and `list`: the patient store from the command line.
#include <memory>

#include "Commands.h"
#include "ModelOptions.h"
#include "StoreJson.h"
#include "StoreOptions.h"

namespace dermalens::cli {
namespace {

struct ImportCliOptions {
    std::string store;
    std::string metadata;
    std::string kind = "dermoscopic";
    bool accept_review = false;
    bool synthetic = false;
    std::vector<std::string> paths;
};

int runImport(const ImportCliOptions& o) {
    auto workspace = openWorkspace("import", o.store);
    if (!workspace) return kExitUsage;
    ImportOptions options;
    options.metadata_csv = o.metadata;
    options.default_kind = parseImageKind(o.kind).value_or(ImageKind::Dermoscopic);
    options.synthetic = o.synthetic;
    std::vector<std::filesystem::path> inputs(o.paths.begin(), o.paths.end());
    auto plan = workspace->planImport(inputs, options);
    if (!plan) {
        printError("import", plan.error().message());
        return kExitUsage;
    }
    if (o.accept_review)  // take the planner's proposal: a new lesion unless it found one
        for (auto& item : plan->items)
            if (item.action == ImportAction::NeedsReview) item.action = ImportAction::Import;
    auto summary = workspace->commitImport(*plan);
    if (!summary) {
        printError("import", summary.error().message());
        return kExitInputFailed;
    }
    printJson(importSummaryJson(*summary, *plan));
    return summary->skipped.empty() ? kExitOk : kExitInputFailed;
}

int runList(const std::string& store, const ModelOptions& model, bool with_model) {
    auto workspace = openWorkspace("list", store, true);
    if (!workspace) return kExitUsage;
    if (with_model) {  // analyses are "current" for the loaded model's weights
        const auto config = classifierConfig(model);
        if (config) {
            if (auto loaded = workspace->loadModel(resolveModelDir(model), *config); !loaded)
                printError("list", "analyses not shown: " + loaded.error().message());
        }
    }
    auto study = workspace->study();
    if (!study) {
        printError("list", study.error().message());
        return kExitInputFailed;
    }
    printJson(storeTreeJson(*workspace, *study));
    return kExitOk;
}

}  // namespace

Subcommand addImportCommand(CLI::App& parent) {
    auto o = std::make_shared<ImportCliOptions>();
    auto* cmd = parent.add_subcommand(
        "import",
        "Import image files, folders and DICOM studies into the store (copied into it, so the "
        "originals may move). Prints a JSON summary: imported, duplicates, items that need "
        "review, skipped files with reasons. Exit 1 if any input was skipped.");
    addStoreOption(*cmd, o->store);
    cmd->add_option("--metadata", o->metadata,
                    "CSV with columns image, lesion, patient, age, sex, site, date (HAM10000 "
                    "names such as image_id, lesion_id, localization work too)");
    cmd->add_option("--kind", o->kind, "Kind of raster images")
        ->check(CLI::IsMember({"dermoscopic", "clinical", "overview"}))
        ->capture_default_str();
    cmd->add_flag("--accept-review", o->accept_review,
                  "Import ambiguous items as proposed (a new lesion) instead of skipping them");
    cmd->add_flag("--synthetic", o->synthetic, "Mark the imported patients SYNTHETIC (demo data)");
    cmd->add_option("paths", o->paths, "Files or folders")->required();
    return {cmd, [o] { return runImport(*o); }};
}

Subcommand addListCommand(CLI::App& parent) {
    auto store = std::make_shared<std::string>();
    auto model = std::make_shared<ModelOptions>();
    auto with_model = std::make_shared<bool>(true);
    auto* cmd = parent.add_subcommand(
        "list",
        "Print the store as JSON: patients -> lesions -> visits -> images, each image with its "
        "latest analysis by the model (null when not analysed by it).");
    addStoreOption(*cmd, *store);
    addModelOptions(*cmd, *model, false);
    cmd->add_flag("!--no-model", *with_model, "Do not load the model (no analyses shown)");
    return {cmd, [store, model, with_model] { return runList(*store, *model, *with_model); }};
}

}  // namespace dermalens::cli
