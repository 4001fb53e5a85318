// `dermalens-cli pacs echo|find|get|store`: a DICOM node from the command line.
#include <memory>

#include "Commands.h"
#include "JsonOutput.h"
#include "ModelOptions.h"
#include "StoreJson.h"
#include "StoreOptions.h"
#include "dermalens/pacs/PacsClient.h"

namespace dermalens::cli {
namespace {

struct PacsOptions {
    PacsNode node;
    PacsQuery query;
    std::string level = "study";
    std::string store;
    std::string study_uid;
    bool move = false;
    std::int64_t patient = 0;
    bool deidentify = false;
    std::vector<std::string> files;
};

void addNodeOptions(CLI::App& cmd, PacsNode& node) {
    cmd.add_option("--host", node.host, "The node's host name or address")->capture_default_str();
    cmd.add_option("--port", node.port, "The node's DICOM port")
        ->check(CLI::Range(1, 65535))
        ->required();
    cmd.add_option("--called-aet", node.called_aet, "The node's AE title")->required();
    cmd.add_option("--calling-aet", node.calling_aet, "Our AE title")->capture_default_str();
    cmd.add_option("--timeout", node.timeout_seconds, "Seconds to wait for each network step")
        ->check(CLI::PositiveNumber)
        ->capture_default_str();
}

Json storeJson(const StoreResult& r) {
    Json failed = Json::array();
    for (const auto& [file, why] : r.failed)
        failed.push_back(Json{{"file", file.string()}, {"reason", why}});
    return Json{{"sent", r.sent}, {"failed", failed}};
}

int runEcho(const PacsOptions& o) {
    if (auto ok = PacsClient(o.node).echo(); !ok) {
        printError("pacs echo", ok.error().message());
        return kExitInputFailed;
    }
    printJson(
        Json{{"echo", "ok"},
             {"node", o.node.called_aet + "@" + o.node.host + ":" + std::to_string(o.node.port)}});
    return kExitOk;
}

int runFind(const PacsOptions& o) {
    const PacsClient client(o.node);
    if (o.level == "patient") {
        auto found = client.findPatients(o.query);
        if (!found) return printError("pacs find", found.error().message()), kExitInputFailed;
        for (const auto& p : *found)
            printJson(Json{{"patient_id", p.patient_id},
                           {"name", p.name},
                           {"birth_date", p.birth_date},
                           {"sex", p.sex},
                           {"studies", p.studies}},
                      -1);
        return kExitOk;
    }
    auto found = client.findStudies(o.query);
    if (!found) return printError("pacs find", found.error().message()), kExitInputFailed;
    for (const auto& s : *found)
        printJson(Json{{"study_uid", s.study_uid},
                       {"patient_id", s.patient_id},
                       {"patient_name", s.patient_name},
                       {"study_date", s.study_date},
                       {"description", s.description},
                       {"accession_number", s.accession_number},
                       {"modalities", s.modalities},
                       {"series", s.series},
                       {"instances", s.instances}},
                  -1);
    return kExitOk;
}

int runGet(const PacsOptions& o) {
    auto workspace = openWorkspace("pacs get", o.store);
    if (!workspace) return kExitUsage;
    auto summary = workspace->pacsRetrieve(o.node, o.study_uid,
                                           o.move ? RetrieveMethod::Move : RetrieveMethod::Get);
    if (!summary) return printError("pacs get", summary.error().message()), kExitInputFailed;
    printJson(importSummaryJson(*summary, ImportPlan{}));
    return summary->skipped.empty() ? kExitOk : kExitInputFailed;
}

int runStore(const PacsOptions& o) {
    if (o.files.empty() == (o.patient == 0)) {
        printError("pacs store", "give either FILE... or --patient ID (with --store)");
        return kExitUsage;
    }
    auto workspace = openWorkspace("pacs store", o.store);
    if (!workspace) return kExitUsage;
    DicomExportOptions options;
    options.deidentify = o.deidentify;
    auto sent = o.patient != 0 ? workspace->pacsSend(o.node, PatientId(o.patient), options)
                               : workspace->pacsSendFiles(o.node, {o.files.begin(), o.files.end()});
    if (!sent) return printError("pacs store", sent.error().message()), kExitInputFailed;
    printJson(storeJson(*sent));
    return sent->failed.empty() ? kExitOk : kExitInputFailed;
}

}  // namespace

Subcommand addPacsCommand(CLI::App& parent) {
    auto o = std::make_shared<PacsOptions>();
    auto* cmd = parent.add_subcommand(
        "pacs", "Talk to a DICOM node (PACS): verify, query, retrieve into the store, send.");
    cmd->require_subcommand(1, 1);
    auto* echo =
        cmd->add_subcommand("echo", "C-ECHO: can we reach the node and does it accept us?");
    auto* find =
        cmd->add_subcommand("find", "C-FIND: patients or studies, one JSON object per line");
    find->add_option("--level", o->level, "What to find")
        ->check(CLI::IsMember({"patient", "study"}))
        ->capture_default_str();
    find->add_option("--patient-id", o->query.patient_id, "Patient ID (wildcards * ?)");
    find->add_option("--patient-name", o->query.patient_name, "Patient name (wildcards * ?)");
    find->add_option("--study-date", o->query.study_date, "YYYYMMDD or a range YYYYMMDD-YYYYMMDD");
    find->add_option("--study-uid", o->query.study_uid, "Study Instance UID");
    auto* get = cmd->add_subcommand(
        "get", "C-GET (or C-MOVE to us) one study and import it into the store");
    get->add_option("--study-uid", o->study_uid, "Study Instance UID")->required();
    get->add_flag("--move", o->move, "Use C-MOVE to our own receiver instead of C-GET");
    get->add_option("--receive-port", o->node.receive_port,
                    "With --move: the port we listen on (the node must know us there)");
    addStoreOption(*get, o->store);
    auto* store = cmd->add_subcommand(
        "store", "C-STORE DICOM files, or a patient of the store exported as DICOM");
    store->add_option("files", o->files, "DICOM files to send");
    store->add_option("--patient", o->patient,
                      "Send this patient of the store (its id from `list`)");
    store->add_flag("--deidentify", o->deidentify, "With --patient: de-identify what is sent");
    addStoreOption(*store, o->store);
    for (auto* sub : {echo, find, get, store}) addNodeOptions(*sub, o->node);
    return {cmd, [o, echo, find, get] {
                if (echo->parsed()) return runEcho(*o);
                if (find->parsed()) return runFind(*o);
                if (get->parsed()) return runGet(*o);
                return runStore(*o);
            }};
}

}  // namespace dermalens::cli
