// `dermalens-cli audit list|verify`: the store's tamper-evident audit trail.
#include <memory>

#include "Commands.h"
#include "JsonOutput.h"
#include "ModelOptions.h"
#include "StoreOptions.h"

namespace dermalens::cli {
namespace {

struct AuditOptions {
    std::string store;
    AuditFilter filter;
};

Json entryJson(const AuditEntry& e) {
    // The details were written as JSON by the program; shown as text if they no longer parse.
    Json details = Json::parse(e.details, nullptr, false);
    if (details.is_discarded()) details = e.details;
    return Json{{"seq", e.seq},       {"at", e.at},
                {"user", e.user},     {"workstation", e.workstation},
                {"action", e.action}, {"object", e.object},
                {"details", details}, {"hash", e.hash}};
}

int runList(const AuditOptions& o) {
    if (!o.filter.action.empty() && !parseAuditAction(o.filter.action)) {
        printError("audit list", "unknown action '" + o.filter.action + "'");
        return kExitUsage;
    }
    auto workspace = openWorkspace("audit list", o.store, true);
    if (!workspace) return kExitUsage;
    auto entries = workspace->auditLog(o.filter);
    if (!entries) {
        printError("audit list", entries.error().message());
        return kExitInputFailed;
    }
    for (const auto& e : *entries) printJson(entryJson(e), -1);
    return kExitOk;
}

int runVerify(const std::string& store) {
    auto workspace = openWorkspace("audit verify", store, true);
    if (!workspace) return kExitUsage;
    auto checked = workspace->verifyAudit();
    if (!checked) {
        printError("audit verify", checked.error().message());
        return kExitInputFailed;
    }
    Json doc{{"entries", checked->entries}, {"intact", checked->intact}};
    if (!checked->intact) {
        doc["first_broken_seq"] = checked->first_broken_seq;
        doc["reason"] = checked->reason;
        printError("audit verify", checked->reason);
    }
    printJson(doc);
    return checked->intact ? kExitOk : kExitInputFailed;
}

}  // namespace

Subcommand addAuditCommand(CLI::App& parent) {
    auto o = std::make_shared<AuditOptions>();
    auto* cmd = parent.add_subcommand(
        "audit",
        "The store's audit trail: who opened, imported, analysed, exported, sent, "
        "retrieved or deleted what, and when.");
    cmd->require_subcommand(1, 1);
    auto* list =
        cmd->add_subcommand("list", "Print the entries as JSON, one per line, oldest first");
    addStoreOption(*list, o->store);
    list->add_option("--action", o->filter.action,
                     "Only this action (open, import, analyse, finding, export, send, retrieve, "
                     "delete, backup, restore)");
    list->add_option("--since", o->filter.since,
                     "Entries at or after (YYYY-MM-DD or ISO 8601 UTC)");
    list->add_option("--until", o->filter.until, "Entries before (YYYY-MM-DD or ISO 8601 UTC)");
    list->add_option("--object", o->filter.object, "Only this object, e.g. patient:3");
    list->add_option("--limit", o->filter.limit, "At most this many entries");
    auto* verify = cmd->add_subcommand(
        "verify",
        "Recompute the hash chain; exit 1 naming the first entry that was altered, "
        "removed or inserted behind the program's back");
    addStoreOption(*verify, o->store);
    return {cmd, [o, list] { return list->parsed() ? runList(*o) : runVerify(o->store); }};
}

}  // namespace dermalens::cli
