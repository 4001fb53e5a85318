// `dermalens-cli report`: a patient's (or one lesion's) PDF report, as the viewer prints it.
#include <cstdlib>
#include <memory>
#include <optional>

#include <QGuiApplication>
#include <QImage>

#include "Commands.h"
#include "JsonOutput.h"
#include "ModelOptions.h"
#include "StoreOptions.h"
#include "dermalens/report/LanguageLoader.h"
#include "dermalens/report/ReportRenderer.h"

namespace dermalens::cli {
namespace {

struct ReportCommandOptions {
    std::string store;
    std::int64_t patient = 0;
    std::int64_t lesion = 0;
    std::string language = "en";
    bool deidentify = false;
    std::string clinic;
    std::string logo;
    std::string out;
    std::string operating_point = "default";
    ModelOptions model;
};

// QPdfWriter and the fonts need a QGuiApplication; offscreen needs no display.
std::unique_ptr<QGuiApplication> guiApplication() {
    if (std::getenv("QT_QPA_PLATFORM") == nullptr) setenv("QT_QPA_PLATFORM", "offscreen", 1);
    static int argc = 1;
    static char name[] = "dermalens-cli";
    static char* argv[] = {name, nullptr};
    return std::make_unique<QGuiApplication>(argc, argv);
}

std::optional<report::ReportBranding> branding(const ReportCommandOptions& o) {
    report::ReportBranding out{QString::fromStdString(o.clinic), {}};
    if (o.logo.empty()) return out;
    out.logo = QImage(QString::fromStdString(o.logo));
    if (out.logo.isNull()) {
        printError("report", o.logo + ": cannot read the logo image");
        return std::nullopt;
    }
    return out;
}

bool loadModel(Workspace& workspace, const ModelOptions& model) {
    const auto config = classifierConfig(model);
    if (!config) return false;
    if (auto loaded = workspace.loadModel(resolveModelDir(model), *config); !loaded) {
        printError("report", "cannot load the model: " + loaded.error().message());
        return false;
    }
    return true;
}

int runReport(const ReportCommandOptions& o) {
    auto app = guiApplication();
    if (!report::LanguageLoader::install(app.get(), QString::fromStdString(o.language)) &&
        o.language != "en") {
        printError("report", "no translation for language '" + o.language +
                                 "' (available: en, " +
                                 report::LanguageLoader::available().join(", ").toStdString() + ")");
        return kExitUsage;
    }
    const auto brand = branding(o);
    if (!brand) return kExitUsage;
    auto workspace = openWorkspace("report", o.store);
    if (!workspace || !loadModel(*workspace, o.model)) return kExitUsage;
    std::optional<LesionId> lesion;
    if (o.lesion > 0) lesion = LesionId(o.lesion);
    ReportOptions options;
    options.deidentify = o.deidentify;
    const auto choice = OperatingPointChoice::fromKey(o.operating_point);
    if (!choice) {
        printError("report", "--operating-point '" + o.operating_point +
                                 "' is none of default, malignant:S, melanoma:S, name:NAME");
        return kExitUsage;
    }
    if (const auto card = workspace->card()) options.operating_point = card->operatingPoint(*choice);
    auto content = workspace->reportContent(PatientId(o.patient), lesion, options);
    if (!content) {
        printError("report", "patient " + std::to_string(o.patient) + ": " +
                                 content.error().message());
        return kExitInputFailed;
    }
    auto pages = report::ReportRenderer(*content, *brand).writePdf(o.out);
    if (!pages) {
        printError("report", pages.error().message());
        return kExitInputFailed;
    }
    if (auto logged = workspace->recordReportExport(PatientId(o.patient), lesion, o.out,
                                                    o.deidentify, *pages);
        !logged)
        printError("report", logged.error().message());
    printJson(Json{{"patient", o.patient}, {"lesion", o.lesion}, {"out", o.out},
                   {"pages", *pages},      {"lesions", content->lesions.size()},
                   {"deidentified", o.deidentify}, {"language", o.language},
                   {"operating_point", Json{{"name", content->operating_point.point.name},
                                            {"threshold", content->operating_point.point.threshold}}}});
    return kExitOk;
}

}  // namespace

Subcommand addReportCommand(CLI::App& parent) {
    auto o = std::make_shared<ReportCommandOptions>();
    auto* cmd = parent.add_subcommand(
        "report",
        "Write a PDF report of one patient (or one of its lesions): visits, each lesion's "
        "photo and Grad-CAM overlay, calibrated malignant probability, flags, ugly-duckling "
        "rank, findings, and the model card. Analyses come from the loaded model; missing "
        "heatmaps are computed and stored. Prints a JSON summary.");
    addStoreOption(*cmd, o->store);
    cmd->add_option("--patient", o->patient, "The patient (its id from `list`)")->required();
    cmd->add_option("--lesion", o->lesion, "Only this lesion of the patient (its id)");
    cmd->add_option("--language", o->language, "en (default), ru, ko or kk");
    cmd->add_flag("--deidentify", o->deidentify,
                  "No name, identifier, birth date, dates or free text; no overview photos");
    cmd->add_option("--clinic", o->clinic, "Clinic name for the page header");
    cmd->add_option("--logo", o->logo, "Clinic logo image for the page header");
    cmd->add_option("--out", o->out, "The PDF file to write (replaced if it exists)")->required();
    cmd->add_option("--operating-point", o->operating_point,
                    "When a lesion is called suspicious: default (the model card's), "
                    "malignant:0.95 / melanoma:0.9 (a validation sensitivity), or name:NAME "
                    "(a point the card names)")
        ->capture_default_str();
    addModelOptions(*cmd, o->model, false);
    return {cmd, [o] { return runReport(*o); }};
}

}  // namespace dermalens::cli
