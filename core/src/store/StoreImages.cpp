// Images: the files a lesion was photographed in, keyed by their sha256.
#include "store/StoreImpl.h"

namespace dermalens {
using store::Statement;

namespace {

// "Oldest" is the day it was taken (image, else its visit, else the import day), then import.
constexpr const char* kSelect =
    "SELECT i.id, i.lesion_id, i.visit_id, i.source_path, i.managed_path, i.kind, i.format, "
    "i.width, i.height, i.pixel_spacing_mm, i.acquisition_date, i.study_instance_uid, "
    "i.series_instance_uid, i.sop_instance_uid, i.sop_class_uid, i.modality, i.imported_at "
    "FROM images i LEFT JOIN visits v ON v.id = i.visit_id ";
constexpr const char* kOldestFirst =
    " ORDER BY COALESCE(NULLIF(i.acquisition_date, ''), NULLIF(v.date, ''), "
    "replace(substr(i.imported_at, 1, 10), '-', '')), i.imported_at, i.rowid";

ImageEntry readImage(const Statement& s) {
    ImageEntry e;
    e.id = ImageId::fromHex(s.columnText(0)).value_or(ImageId{});
    e.lesion = LesionId(s.columnInt(1));
    e.visit = VisitId(s.columnInt(2));  // NULL reads as 0, "none"
    e.source_path = s.columnText(3);
    e.managed_path = s.columnText(4);
    e.kind = parseImageKind(s.columnText(5)).value_or(ImageKind::Dermoscopic);
    e.format = s.columnText(6);
    e.width = static_cast<int>(s.columnInt(7));
    e.height = static_cast<int>(s.columnInt(8));
    e.pixel_spacing_mm = s.columnOptionalReal(9);
    e.acquisition_date = s.columnText(10);
    e.study_instance_uid = s.columnText(11);
    e.series_instance_uid = s.columnText(12);
    e.sop_instance_uid = s.columnText(13);
    e.sop_class_uid = s.columnText(14);
    e.modality = s.columnText(15);
    e.imported_at = s.columnText(16);
    return e;
}

void bindImage(Statement& s, const ImageEntry& e) {
    s.bindText(1, e.id.hex()).bindInt(2, e.lesion.value());
    e.visit.valid() ? s.bindInt(3, e.visit.value()) : s.bindNull(3);
    s.bindText(4, e.source_path).bindText(5, e.managed_path).bindText(6, toString(e.kind));
    s.bindText(7, e.format).bindInt(8, e.width).bindInt(9, e.height);
    s.bindOptionalReal(10, e.pixel_spacing_mm).bindText(11, e.acquisition_date);
    s.bindText(12, e.study_instance_uid).bindText(13, e.series_instance_uid);
    s.bindText(14, e.sop_instance_uid).bindText(15, e.sop_class_uid).bindText(16, e.modality);
}

Result<std::vector<ImageEntry>> listImages(const Store::Impl& impl, const std::string& where,
                                           std::int64_t key) {
    auto s = impl.db.prepare(kSelect + where + kOldestFirst, "list images");
    if (!s) return tl::unexpected(s.error());
    if (!where.empty()) s->bindInt(1, key);
    return store::collectRows(*s, readImage);
}

// An image's lesion must exist, and its visit (if any) must be of the lesion's patient.
Result<void> checkPlacement(const Store::Impl& impl, LesionId lesion, VisitId visit) {
    auto s = impl.db.prepare(
        "SELECT patient_id, (SELECT patient_id FROM visits WHERE id = ?2) FROM lesions "
        "WHERE id = ?1",
        "place an image");
    if (!s) return tl::unexpected(s.error());
    s->bindInt(1, lesion.value()).bindInt(2, visit.value());
    auto row = store::firstRow(*s, [](const Statement& r) {
        return std::pair{r.columnInt(0), r.columnIsNull(1) ? 0 : r.columnInt(1)};
    });
    if (!row) return tl::unexpected(row.error());
    if (!*row) return impl.failNotFound("lesion " + std::to_string(lesion.value()));
    if (!visit.valid()) return {};
    const auto [lesionPatient, visitPatient] = **row;
    if (visitPatient == 0) return impl.failNotFound("visit " + std::to_string(visit.value()));
    if (visitPatient != lesionPatient)
        return impl.failInvalid("visit " + std::to_string(visit.value()) +
                                " belongs to another patient than lesion " +
                                std::to_string(lesion.value()));
    return {};
}

}  // namespace

Result<void> Store::addImage(const ImageEntry& entry) {
    if (!entry.id.valid()) return impl_->failInvalid("cannot add an image without an id");
    if (entry.managed_path.empty())
        return impl_->failInvalid("image " + entry.id.shortHex() + " has no managed path");
    return impl_->atomically([&]() -> Result<void> {
        auto existing = findImage(entry.id);
        if (!existing) return tl::unexpected(existing.error());
        if (*existing)
            return impl_->failInvalid("image " + entry.id.shortHex() + " is already stored");
        if (auto placed = checkPlacement(*impl_, entry.lesion, entry.visit); !placed)
            return placed;
        auto s = impl_->db.prepare(
            std::string("INSERT INTO images (id, lesion_id, visit_id, source_path, "
                        "managed_path, kind, format, width, height, pixel_spacing_mm, "
                        "acquisition_date, study_instance_uid, series_instance_uid, "
                        "sop_instance_uid, sop_class_uid, modality, imported_at) VALUES "
                        "(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, "
                        "?16, ") + store::kNowSql + ")",
            "add an image");
        if (!s) return tl::unexpected(s.error());
        bindImage(*s, entry);
        return s->run();
    });
}

Result<std::optional<ImageEntry>> Store::findImage(const ImageId& id) const {
    auto s = impl_->db.prepare(std::string(kSelect) + "WHERE i.id = ?1", "read an image");
    if (!s) return tl::unexpected(s.error());
    s->bindText(1, id.hex());
    return store::firstRow(*s, readImage);
}

Result<ImageEntry> Store::image(const ImageId& id) const {
    auto found = findImage(id);
    if (!found) return tl::unexpected(found.error());
    if (!*found) return impl_->failNotFound("image " + id.shortHex());
    return std::move(**found);
}

Result<std::vector<ImageEntry>> Store::images(LesionId lesion) const {
    return listImages(*impl_, "WHERE i.lesion_id = ?1", lesion.value());
}

Result<std::vector<ImageEntry>> Store::imagesOfPatient(PatientId patient) const {
    return listImages(*impl_,
                      "WHERE i.lesion_id IN (SELECT id FROM lesions WHERE patient_id = ?1)",
                      patient.value());
}

Result<std::vector<ImageEntry>> Store::allImages() const { return listImages(*impl_, {}, 0); }

Result<std::size_t> Store::imageCount() const {
    auto count = impl_->db.queryInt("SELECT count(*) FROM images", "count images");
    if (!count) return tl::unexpected(count.error());
    return static_cast<std::size_t>(*count);
}

Result<void> Store::moveImage(const ImageId& id, LesionId lesion, VisitId visit) {
    return impl_->atomically([&]() -> Result<void> {
        if (auto placed = checkPlacement(*impl_, lesion, visit); !placed) return placed;
        auto s = impl_->db.prepare("UPDATE images SET lesion_id = ?1, visit_id = ?2 WHERE id = ?3",
                                   "move an image");
        if (!s) return tl::unexpected(s.error());
        s->bindInt(1, lesion.value());
        visit.valid() ? s->bindInt(2, visit.value()) : s->bindNull(2);
        s->bindText(3, id.hex());
        if (auto done = s->run(); !done) return done;
        if (impl_->db.changes() == 0) return impl_->failNotFound("image " + id.shortHex());
        return {};
    });
}

Result<std::vector<std::string>> Store::deleteImage(const ImageId& id) {
    return impl_->deleteWithImages("SELECT managed_path FROM images WHERE id = ?1",
                                   "DELETE FROM images WHERE id = ?1",
                                   [&](Statement& s) { s.bindText(1, id.hex()); },
                                   "image " + id.shortHex());
}

}  // namespace dermalens
