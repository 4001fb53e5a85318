// Patients: records, search, recently opened, deletion.
#include <algorithm>
#include <cctype>
#include <optional>

#include "store/StoreImpl.h"

namespace dermalens {
using store::Statement;

namespace {

constexpr const char* kColumns =
    "SELECT id, name, birth_date, sex, external_id, issuer, synthetic, created_at, "
    "last_opened_at FROM patients ";
constexpr const char* kByName = " ORDER BY name COLLATE NOCASE, id";

PatientRecord readPatient(const Statement& s) {
    PatientRecord p;
    p.id = PatientId(s.columnInt(0));
    p.name = s.columnText(1);
    p.birth_date = s.columnText(2);
    p.sex = s.columnText(3);
    p.external_id = s.columnText(4);
    p.issuer = s.columnText(5);
    p.synthetic = s.columnInt(6) != 0;
    p.created_at = s.columnText(7);
    p.last_opened_at = s.columnText(8);
    return p;
}

// Binds the editable fields to ?1..?6.
void bindPatient(Statement& s, const PatientRecord& p) {
    s.bindText(1, p.name).bindText(2, p.birth_date).bindText(3, p.sex);
    s.bindText(4, p.external_id).bindText(5, p.issuer).bindInt(6, p.synthetic ? 1 : 0);
}

std::string trim(const std::string& text) {
    const auto space = [](unsigned char c) { return std::isspace(c) != 0; };
    auto begin = std::find_if_not(text.begin(), text.end(), space);
    auto end = std::find_if_not(text.rbegin(), text.rend(), space).base();
    return begin < end ? std::string(begin, end) : std::string();
}

// A LIKE pattern matching `text` anywhere; '\' escapes LIKE's own wildcards.
std::string containsPattern(const std::string& text) {
    std::string pattern = "%";
    for (char c : text) {
        if (c == '%' || c == '_' || c == '\\') pattern += '\\';
        pattern += c;
    }
    return pattern + "%";
}

// YYYYMMDD for a search that is a whole date (YYYYMMDD or YYYY-MM-DD), as birth dates are kept.
std::optional<std::string> asBirthDate(const std::string& text) {
    std::string digits = text;
    if (text.size() == 10 && text[4] == '-' && text[7] == '-')
        digits = text.substr(0, 4) + text.substr(5, 2) + text.substr(8, 2);
    const bool allDigits = std::all_of(digits.begin(), digits.end(),
                                       [](unsigned char c) { return std::isdigit(c) != 0; });
    if (digits.size() != 8 || !allDigits) return std::nullopt;
    return digits;
}

}  // namespace

Result<PatientId> Store::addPatient(const PatientRecord& record) {
    auto s = impl_->db.prepare(
        std::string("INSERT INTO patients (name, birth_date, sex, external_id, issuer, synthetic, "
                    "created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ") + store::kNowSql + ")",
        "add a patient");
    if (!s) return tl::unexpected(s.error());
    bindPatient(*s, record);
    if (auto done = s->run(); !done) return tl::unexpected(done.error());
    return PatientId(impl_->db.lastInsertId());
}

Result<void> Store::updatePatient(const PatientRecord& record) {
    auto s = impl_->db.prepare(
        "UPDATE patients SET name = ?1, birth_date = ?2, sex = ?3, external_id = ?4, "
        "issuer = ?5, synthetic = ?6 WHERE id = ?7",
        "update a patient");
    if (!s) return tl::unexpected(s.error());
    bindPatient(*s, record);
    s->bindInt(7, record.id.value());
    if (auto done = s->run(); !done) return done;
    if (impl_->db.changes() == 0)
        return impl_->failNotFound("patient " + std::to_string(record.id.value()));
    return {};
}

Result<PatientRecord> Store::patient(PatientId id) const {
    auto s = impl_->db.prepare(std::string(kColumns) + "WHERE id = ?1", "read a patient");
    if (!s) return tl::unexpected(s.error());
    s->bindInt(1, id.value());
    auto row = store::firstRow(*s, readPatient);
    if (!row) return tl::unexpected(row.error());
    if (!*row) return impl_->failNotFound("patient " + std::to_string(id.value()));
    return std::move(**row);
}

Result<std::optional<PatientRecord>> Store::findPatient(const std::string& external_id,
                                                        const std::string& issuer) const {
    auto s = impl_->db.prepare(
        std::string(kColumns) + "WHERE external_id = ?1 AND issuer = ?2 ORDER BY id LIMIT 1",
        "look up a patient");
    if (!s) return tl::unexpected(s.error());
    s->bindText(1, external_id).bindText(2, issuer);
    return store::firstRow(*s, readPatient);
}

Result<std::vector<PatientRecord>> Store::patients(const std::string& search) const {
    const std::string text = trim(search);
    // SQLite's LIKE folds case for ASCII only and compares other scripts exactly, which is
    // what the contract promises (no ICU in the core).
    const std::string where =
        text.empty() ? std::string()
                     : "WHERE name LIKE ?1 ESCAPE '\\' OR external_id LIKE ?1 ESCAPE '\\' "
                       "OR birth_date = ?2";
    auto s = impl_->db.prepare(kColumns + where + kByName, "list patients");
    if (!s) return tl::unexpected(s.error());
    if (!text.empty()) {
        s->bindText(1, containsPattern(text));
        const auto date = asBirthDate(text);
        date ? s->bindText(2, *date) : s->bindNull(2);  // NULL never equals: no date match
    }
    return store::collectRows(*s, readPatient);
}

Result<std::vector<PatientRecord>> Store::recentPatients(int limit) const {
    auto s = impl_->db.prepare(std::string(kColumns) +
                                   "WHERE last_opened_at IS NOT NULL "
                                   "ORDER BY last_opened_at DESC, id DESC LIMIT ?1",
                               "list recent patients");
    if (!s) return tl::unexpected(s.error());
    s->bindInt(1, std::max(limit, 0));
    return store::collectRows(*s, readPatient);
}

Result<void> Store::markOpened(PatientId id) {
    // Two opens within one millisecond would tie and lose their order, so a new mark is always
    // at least 1 ms after the latest one.
    auto s = impl_->db.prepare(
        std::string("UPDATE patients SET last_opened_at = (SELECT CASE "
                    "WHEN latest IS NULL OR latest < now THEN now "
                    "ELSE strftime('%Y-%m-%dT%H:%M:%fZ', latest, '+0.001 seconds') END "
                    "FROM (SELECT MAX(last_opened_at) AS latest, ") +
            store::kNowSql + " AS now FROM patients)) WHERE id = ?1",
        "mark a patient as opened");
    if (!s) return tl::unexpected(s.error());
    s->bindInt(1, id.value());
    if (auto done = s->run(); !done) return done;
    if (impl_->db.changes() == 0)
        return impl_->failNotFound("patient " + std::to_string(id.value()));
    return {};
}

Result<std::size_t> Store::patientCount() const {
    auto count = impl_->db.queryInt("SELECT count(*) FROM patients", "count patients");
    if (!count) return tl::unexpected(count.error());
    return static_cast<std::size_t>(*count);
}

Result<std::vector<std::string>> Store::deletePatient(PatientId id) {
    return impl_->deleteWithImages(
        "SELECT i.managed_path FROM images i JOIN lesions l ON l.id = i.lesion_id "
        "WHERE l.patient_id = ?1 ORDER BY i.rowid",
        "DELETE FROM patients WHERE id = ?1",
        [&](Statement& s) { s.bindInt(1, id.value()); }, "patient " + std::to_string(id.value()));
}

}  // namespace dermalens
