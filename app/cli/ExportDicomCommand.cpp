// `dermalens-cli export-dicom`: one patient of the store as DICOM (images, AI report, heatmaps).
#include <fstream>
#include <memory>
#include <sstream>

#include "Commands.h"
#include "ModelOptions.h"
#include "StoreJson.h"
#include "StoreOptions.h"

namespace dermalens::cli {
namespace {

struct ExportDicomOptions {
    std::string store;
    std::int64_t patient = 0;
    std::string out;
    bool deidentify = false;
    bool retain_dates = false;
    std::string report;
    bool report_anonymous = false;
    ModelOptions model;
};

// The card names the classes in the report; without it they are numbered, which is no reason
// to refuse the export.
std::optional<ModelCard> readCard(const ModelOptions& model) {
    const auto file = resolveModelDir(model) / "model.json";
    std::ifstream in(file);
    if (!in) return std::nullopt;
    std::stringstream text;
    text << in.rdbuf();
    auto card = parseModelCard(text.str(), file);
    if (!card) return std::nullopt;
    return *card;
}

Json objectJson(const ExportedObject& o) {
    Json doc{{"kind", toString(o.kind)},
             {"file", o.file.string()},
             {"sop_class_uid", o.sop_class_uid},
             {"sop_instance_uid", o.sop_instance_uid},
             {"study_instance_uid", o.study_instance_uid}};
    if (o.image.valid()) doc["image"] = o.image.hex();
    return doc;
}

int runExport(const ExportDicomOptions& o) {
    auto workspace = openWorkspace("export-dicom", o.store);
    if (!workspace) return kExitUsage;
    DicomExportOptions options;
    options.deidentify = o.deidentify;
    options.retain_dates = o.retain_dates;
    options.report_pdf = o.report;
    options.report_contains_identity = !o.report_anonymous;
    options.card = readCard(o.model);
    auto summary = workspace->exportDicom(PatientId(o.patient), o.out, options);
    if (!summary) {
        printError("export-dicom", summary.error().message());
        return kExitInputFailed;
    }
    Json objects = Json::array();
    for (const auto& obj : summary->objects) objects.push_back(objectJson(obj));
    Json skipped = Json::array();
    for (const auto& s : summary->skipped)
        skipped.push_back(Json{{"item", s.item}, {"reason", s.reason}});
    printJson(Json{{"patient", o.patient},
                   {"out", o.out},
                   {"deidentified", summary->deidentified},
                   {"objects", objects},
                   {"skipped", skipped}});
    return summary->skipped.empty() ? kExitOk : kExitInputFailed;
}

}  // namespace

Subcommand addExportDicomCommand(CLI::App& parent) {
    auto o = std::make_shared<ExportDicomOptions>();
    auto* cmd = parent.add_subcommand(
        "export-dicom",
        "Export one patient as DICOM into an empty folder: one study per visit with the images "
        "(Dermoscopic Photography / VL Photographic), the AI results (TID 1500 structured "
        "report), the Grad-CAM heatmaps (Secondary Capture) and optionally a PDF report. "
        "Re-exporting gives the same UIDs. Prints a JSON summary; exit 1 if anything was "
        "left out.");
    addStoreOption(*cmd, o->store);
    cmd->add_option("--patient", o->patient, "The patient (its id from `list`)")->required();
    cmd->add_option("--out", o->out, "Empty or new folder for the DICOM files")->required();
    cmd->add_flag("--deidentify", o->deidentify,
                  "Apply the DICOM PS3.15 Basic Application Level Confidentiality Profile");
    cmd->add_flag("--retain-dates", o->retain_dates,
                  "With --deidentify: keep dates and times (Retain Longitudinal Temporal "
                  "Information option)");
    cmd->add_option("--report", o->report, "A PDF report to add as Encapsulated PDF")
        ->check(CLI::ExistingFile);
    cmd->add_flag("--report-anonymous", o->report_anonymous,
                  "The PDF identifies no patient (allowed into a de-identified export)");
    cmd->add_option("--model", o->model.model_dir,
                    "Model package whose card names the classes (default: as for predict)");
    return {cmd, [o] { return runExport(*o); }};
}

}  // namespace dermalens::cli
