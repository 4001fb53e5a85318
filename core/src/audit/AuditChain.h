// The audit log's hash chain and the identity stamped on each entry (private to the core).
#pragma once

#include <string>

#include "dermalens/audit/AuditEntry.h"

namespace dermalens::detail {

// prev_hash of the first entry.
inline const std::string kAuditGenesisHash(64, '0');

// The fields the hash covers, unambiguously: "dermalens-audit-v1" then, for seq, at, user,
// workstation, action, object and details in that order, "<byte length>:<bytes>;". Length
// prefixes mean no choice of field content can make two different entries hash alike.
[[nodiscard]] std::string canonicalAuditFields(const AuditEntry& entry);

// sha256(prev_hash + canonical fields), lower-case hex.
[[nodiscard]] std::string auditEntryHash(const std::string& prev_hash, const AuditEntry& entry);

// Why `entry` does not follow an entry whose hash is `expected_prev` (empty when it does).
[[nodiscard]] std::string auditChainProblem(const std::string& expected_prev,
                                            const AuditEntry& entry);

// The login name (getlogin, else $USER, else the password database) and the host name.
struct AuditIdentity {
    std::string user;
    std::string workstation;
};
[[nodiscard]] AuditIdentity currentAuditIdentity();

// Now as UTC ISO 8601 with milliseconds, e.g. 2024-05-01T09:30:00.123Z.
[[nodiscard]] std::string utcNowIso8601();

}  // namespace dermalens::detail
