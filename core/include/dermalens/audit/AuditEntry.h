// The audit trail: who did what to which record, when, and on which workstation.
//
// The store keeps it append-only (its triggers refuse UPDATE and DELETE) and tamper-evident:
// every entry carries hash = sha256(previous entry's hash + its own canonical fields), so an
// entry altered, removed or inserted by a tool that bypasses the store breaks the chain at
// that entry. (Cutting entries off the end leaves a shorter, intact chain; a copy of the last
// hash kept elsewhere, e.g. in a backup, detects that.)
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>

namespace dermalens {

enum class AuditAction {
    Open,      // a patient's record was opened
    Import,    // an image was imported
    Analyse,   // the model analysed an image
    Finding,   // a clinician recorded a finding
    Export,    // records left the program as files (DICOM, report)
    Send,      // records were sent to a DICOM node (C-STORE)
    Retrieve,  // a study was retrieved from a DICOM node and imported
    Delete,    // a patient, lesion or image was deleted
    Backup,
    Restore,
};

// "open", "import", "analyse", "finding", "export", "send", "retrieve", "delete", "backup",
// "restore"; parseAuditAction accepts these and returns nullopt for anything else.
[[nodiscard]] std::string toString(AuditAction action);
[[nodiscard]] std::optional<AuditAction> parseAuditAction(const std::string& text);

// What a caller asks to record. `object` names the record ("patient:12", "image:<sha256>",
// "study:<uid>"); `details` is a small JSON object with what else matters.
struct AuditEvent {
    AuditAction action = AuditAction::Open;
    std::string object;
    std::string details = "{}";
};

// One stored entry. `at` is UTC ISO 8601 with milliseconds; user and workstation are filled
// by the store (login name, host name).
struct AuditEntry {
    std::int64_t seq = 0;
    std::string at;
    std::string user;
    std::string workstation;
    std::string action;
    std::string object;
    std::string details;
    std::string prev_hash;  // 64 hex digits; all zeros for the first entry
    std::string hash;
};

// Every field is optional. Dates may be YYYY-MM-DD, YYYYMMDD or a full ISO 8601 UTC time.
struct AuditFilter {
    std::string action;     // exact action name
    std::string since;      // entries at or after
    std::string until;      // entries before
    std::string object;     // exact object name
    std::size_t limit = 0;  // 0 = all
};

struct AuditVerification {
    std::size_t entries = 0;  // entries checked
    bool intact = true;
    std::int64_t first_broken_seq = 0;  // when not intact
    std::string reason;                 // why that entry is broken
};

}  // namespace dermalens
