// Lesions and visits of a patient.
#include "store/StoreImpl.h"

namespace dermalens {
using store::Statement;

namespace {

constexpr const char* kLesionColumns =
    "SELECT id, patient_id, label, body_site, body_site_code, laterality, external_key, "
    "created_at FROM lesions ";
constexpr const char* kVisitColumns =
    "SELECT id, patient_id, date, study_instance_uid, description FROM visits ";

LesionRecord readLesion(const Statement& s) {
    LesionRecord l;
    l.id = LesionId(s.columnInt(0));
    l.patient = PatientId(s.columnInt(1));
    l.label = s.columnText(2);
    l.body_site = s.columnText(3);
    l.body_site_code = s.columnText(4);
    l.laterality = s.columnText(5);
    l.external_key = s.columnText(6);
    l.created_at = s.columnText(7);
    return l;
}

// Binds the editable fields to ?1..?6.
void bindLesion(Statement& s, const LesionRecord& l) {
    s.bindInt(1, l.patient.value()).bindText(2, l.label).bindText(3, l.body_site);
    s.bindText(4, l.body_site_code).bindText(5, l.laterality).bindText(6, l.external_key);
}

VisitRecord readVisit(const Statement& s) {
    VisitRecord v;
    v.id = VisitId(s.columnInt(0));
    v.patient = PatientId(s.columnInt(1));
    v.date = s.columnText(2);
    v.study_instance_uid = s.columnText(3);
    v.description = s.columnText(4);
    return v;
}

}  // namespace

Result<LesionId> Store::addLesion(const LesionRecord& record) {
    auto s = impl_->db.prepare(
        std::string("INSERT INTO lesions (patient_id, label, body_site, body_site_code, "
                    "laterality, external_key, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ") +
            store::kNowSql + ")",
        "add a lesion");
    if (!s) return tl::unexpected(s.error());
    bindLesion(*s, record);
    if (auto done = s->run(); !done) return tl::unexpected(done.error());
    return LesionId(impl_->db.lastInsertId());
}

Result<void> Store::updateLesion(const LesionRecord& record) {
    return impl_->atomically([&]() -> Result<void> {
        auto s = impl_->db.prepare(
            "UPDATE lesions SET patient_id = ?1, label = ?2, body_site = ?3, "
            "body_site_code = ?4, laterality = ?5, external_key = ?6 WHERE id = ?7",
            "update a lesion");
        if (!s) return tl::unexpected(s.error());
        bindLesion(*s, record);
        s->bindInt(7, record.id.value());
        if (auto done = s->run(); !done) return done;
        if (impl_->db.changes() == 0)
            return impl_->failNotFound("lesion " + std::to_string(record.id.value()));
        // A lesion moved to another patient cannot keep images in the old patient's visits.
        auto detach = impl_->db.prepare(
            "UPDATE images SET visit_id = NULL WHERE lesion_id = ?1 AND visit_id IN "
            "(SELECT id FROM visits WHERE patient_id <> ?2)",
            "update a lesion");
        if (!detach) return tl::unexpected(detach.error());
        detach->bindInt(1, record.id.value()).bindInt(2, record.patient.value());
        return detach->run();
    });
}

Result<LesionRecord> Store::lesion(LesionId id) const {
    auto s = impl_->db.prepare(std::string(kLesionColumns) + "WHERE id = ?1", "read a lesion");
    if (!s) return tl::unexpected(s.error());
    s->bindInt(1, id.value());
    auto row = store::firstRow(*s, readLesion);
    if (!row) return tl::unexpected(row.error());
    if (!*row) return impl_->failNotFound("lesion " + std::to_string(id.value()));
    return std::move(**row);
}

Result<std::vector<LesionRecord>> Store::lesions(PatientId patient) const {
    auto s = impl_->db.prepare(std::string(kLesionColumns) + "WHERE patient_id = ?1 ORDER BY id",
                               "list lesions");
    if (!s) return tl::unexpected(s.error());
    s->bindInt(1, patient.value());
    return store::collectRows(*s, readLesion);
}

Result<std::vector<std::string>> Store::deleteLesion(LesionId id) {
    return impl_->deleteWithImages(
        "SELECT managed_path FROM images WHERE lesion_id = ?1 ORDER BY rowid",
        "DELETE FROM lesions WHERE id = ?1", [&](Statement& s) { s.bindInt(1, id.value()); },
        "lesion " + std::to_string(id.value()));
}

Result<VisitId> Store::addVisit(const VisitRecord& record) {
    auto s = impl_->db.prepare(
        "INSERT INTO visits (patient_id, date, study_instance_uid, description) "
        "VALUES (?1, ?2, ?3, ?4)",
        "add a visit");
    if (!s) return tl::unexpected(s.error());
    s->bindInt(1, record.patient.value()).bindText(2, record.date);
    s->bindText(3, record.study_instance_uid).bindText(4, record.description);
    if (auto done = s->run(); !done) return tl::unexpected(done.error());
    return VisitId(impl_->db.lastInsertId());
}

Result<VisitRecord> Store::visit(VisitId id) const {
    auto s = impl_->db.prepare(std::string(kVisitColumns) + "WHERE id = ?1", "read a visit");
    if (!s) return tl::unexpected(s.error());
    s->bindInt(1, id.value());
    auto row = store::firstRow(*s, readVisit);
    if (!row) return tl::unexpected(row.error());
    if (!*row) return impl_->failNotFound("visit " + std::to_string(id.value()));
    return std::move(**row);
}

Result<std::vector<VisitRecord>> Store::visits(PatientId patient) const {
    // Undated visits last, then by creation.
    auto s = impl_->db.prepare(
        std::string(kVisitColumns) + "WHERE patient_id = ?1 ORDER BY date = '', date, id",
        "list visits");
    if (!s) return tl::unexpected(s.error());
    s->bindInt(1, patient.value());
    return store::collectRows(*s, readVisit);
}

Result<void> Store::pruneEmpty(PatientId patient) {
    // Lesions and visits with findings stay: a clinician's notes are not "empty"; so do lesions
    // placed on the body map (marked there before their images arrive).
    return impl_->atomically([&]() -> Result<void> {
        for (const char* sql :
             {"DELETE FROM lesions WHERE patient_id = ?1 "
              "AND NOT EXISTS (SELECT 1 FROM images WHERE lesion_id = lesions.id) "
              "AND NOT EXISTS (SELECT 1 FROM findings WHERE lesion_id = lesions.id) "
              "AND map_view = ''",
              "DELETE FROM visits WHERE patient_id = ?1 "
              "AND NOT EXISTS (SELECT 1 FROM images WHERE visit_id = visits.id) "
              "AND NOT EXISTS (SELECT 1 FROM findings WHERE visit_id = visits.id)"}) {
            auto s = impl_->db.prepare(sql, "remove empty lesions and visits");
            if (!s) return tl::unexpected(s.error());
            s->bindInt(1, patient.value());
            if (auto done = s->run(); !done) return done;
        }
        return {};
    });
}

}  // namespace dermalens
