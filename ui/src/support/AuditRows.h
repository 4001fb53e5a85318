// The audit viewer's rows: what the user's filter keeps of the audit trail, and the entries
// written as CSV (RFC 4180) or JSON for someone who reviews them outside the program.
#pragma once

#include <QByteArray>
#include <QDate>
#include <QString>
#include <vector>

#include "dermalens/audit/AuditEntry.h"

namespace dermalens::ui {

struct AuditViewFilter {
    QString action;  // exact action name; empty: any
    QString user;    // part of the user name, case-insensitive
    QString text;    // part of the object, details or workstation, case-insensitive
    QDate since;     // on or after (invalid: no bound)
    QDate until;     // on or before (invalid: no bound)
};

// The part the store filters (action and dates; `until` becomes the day after, exclusive).
[[nodiscard]] AuditFilter storeFilter(const AuditViewFilter& filter);
// The part the viewer filters (user and text).
[[nodiscard]] std::vector<AuditEntry> matching(const std::vector<AuditEntry>& entries,
                                               const AuditViewFilter& filter);

[[nodiscard]] QByteArray auditCsv(const std::vector<AuditEntry>& entries);
[[nodiscard]] QByteArray auditJson(const std::vector<AuditEntry>& entries);

}  // namespace dermalens::ui
