// The audit log: appending chained entries, reading them back filtered, verifying the chain.
#include "audit/AuditChain.h"
#include "store/StoreImpl.h"

namespace dermalens {
using store::Statement;

namespace {

constexpr const char* kColumns =
    "SELECT seq, at, user, workstation, action, object, details, prev_hash, hash FROM audit_log ";

AuditEntry readEntry(const Statement& s) {
    return AuditEntry{s.columnInt(0),  s.columnText(1), s.columnText(2),
                      s.columnText(3), s.columnText(4), s.columnText(5),
                      s.columnText(6), s.columnText(7), s.columnText(8)};
}

// YYYYMMDD becomes YYYY-MM-DD so it compares with the stored ISO times; others pass as given.
std::string isoBound(const std::string& text) {
    if (text.size() == 8 && text.find_first_not_of("0123456789") == std::string::npos)
        return text.substr(0, 4) + "-" + text.substr(4, 2) + "-" + text.substr(6, 2);
    return text;
}

struct ChainEnd {
    std::int64_t seq = 0;
    std::string hash = detail::kAuditGenesisHash;
};

Result<ChainEnd> chainEnd(const store::Database& db) {
    auto s = db.prepare("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1",
                        "read the end of the audit log");
    if (!s) return tl::unexpected(s.error());
    auto row = store::firstRow(*s, [](const Statement& r) {
        return ChainEnd{r.columnInt(0), r.columnText(1)};
    });
    if (!row) return tl::unexpected(row.error());
    return row->value_or(ChainEnd{});
}

Result<void> insertEntry(const store::Database& db, const AuditEntry& e) {
    auto s = db.prepare(
        "INSERT INTO audit_log (seq, at, user, workstation, action, object, details, prev_hash, "
        "hash) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
        "append to the audit log");
    if (!s) return tl::unexpected(s.error());
    s->bindInt(1, e.seq).bindText(2, e.at).bindText(3, e.user).bindText(4, e.workstation);
    s->bindText(5, e.action).bindText(6, e.object).bindText(7, e.details);
    s->bindText(8, e.prev_hash).bindText(9, e.hash);
    return s->run();
}

}  // namespace

Result<AuditEntry> Store::appendAudit(const AuditEvent& event) {
    static const detail::AuditIdentity identity = detail::currentAuditIdentity();
    AuditEntry entry;
    // BEGIN IMMEDIATE (or a savepoint in the caller's write transaction) holds the write lock
    // from reading the chain's end to inserting, so two writers can never fork the chain.
    auto done = impl_->atomically([&]() -> Result<void> {
        auto end = chainEnd(impl_->db);
        if (!end) return tl::unexpected(end.error());
        entry = AuditEntry{end->seq + 1,
                           detail::utcNowIso8601(),
                           identity.user,
                           identity.workstation,
                           toString(event.action),
                           event.object,
                           event.details.empty() ? "{}" : event.details,
                           end->hash,
                           {}};
        entry.hash = detail::auditEntryHash(entry.prev_hash, entry);
        return insertEntry(impl_->db, entry);
    });
    if (!done) return tl::unexpected(done.error());
    return entry;
}

Result<std::vector<AuditEntry>> Store::auditLog(const AuditFilter& filter) const {
    std::string sql = std::string(kColumns) +
                      "WHERE (?1 = '' OR action = ?1) AND (?2 = '' OR at >= ?2) AND "
                      "(?3 = '' OR at < ?3) AND (?4 = '' OR object = ?4) ORDER BY seq";
    if (filter.limit > 0) sql += " LIMIT " + std::to_string(filter.limit);
    auto s = impl_->db.prepare(sql, "read the audit log");
    if (!s) return tl::unexpected(s.error());
    s->bindText(1, filter.action).bindText(2, isoBound(filter.since));
    s->bindText(3, isoBound(filter.until)).bindText(4, filter.object);
    return store::collectRows(*s, readEntry);
}

Result<AuditVerification> Store::verifyAudit() const {
    auto s = impl_->db.prepare(std::string(kColumns) + "ORDER BY seq", "verify the audit log");
    if (!s) return tl::unexpected(s.error());
    AuditVerification result;
    std::string expected_prev = detail::kAuditGenesisHash;
    while (true) {
        auto more = s->step();
        if (!more) return tl::unexpected(more.error());
        if (!*more) return result;
        const AuditEntry entry = readEntry(*s);
        ++result.entries;
        if (std::string problem = detail::auditChainProblem(expected_prev, entry);
            !problem.empty()) {
            result.intact = false;
            result.first_broken_seq = entry.seq;
            result.reason = "audit entry " + std::to_string(entry.seq) + ": " + problem;
            return result;
        }
        expected_prev = entry.hash;
    }
}

}  // namespace dermalens
