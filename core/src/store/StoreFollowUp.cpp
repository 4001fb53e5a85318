// Follow-up records: the clinician's findings, measurements and lesion contours per image,
// and a lesion's place on the body map.
#include <cmath>

#include "followup/FindingJson.h"
#include "store/StoreImpl.h"

namespace dermalens {
using store::Statement;

namespace {

constexpr const char* kFindingColumns =
    "SELECT id, visit_id, lesion_id, data, clinician, created_at FROM findings ";
constexpr const char* kMeasurementColumns =
    "SELECT id, image_id, kind, geometry, value, unit, label, created_at FROM measurements ";

Result<Finding> readFinding(const Statement& s, const std::string& file) {
    Finding f;
    f.id = FindingId(s.columnInt(0));
    f.visit = VisitId(s.columnInt(1));
    f.lesion = LesionId(s.columnInt(2));
    f.clinician = s.columnText(4);
    f.created_at = s.columnText(5);
    if (auto ok = followup::readFindingData(s.columnText(3), file, f); !ok)
        return tl::unexpected(ok.error());
    return f;
}

// Rows read into Result<T> each: the first unreadable row is the error.
template <typename T>
Result<std::vector<T>> allOk(Result<std::vector<Result<T>>> rows) {
    if (!rows) return tl::unexpected(rows.error());
    std::vector<T> out;
    for (auto& r : *rows) {
        if (!r) return tl::unexpected(r.error());
        out.push_back(std::move(*r));
    }
    return out;
}

Result<Measurement> readMeasurement(const Statement& s, const std::string& file) {
    Measurement m;
    m.id = MeasurementId(s.columnInt(0));
    m.image = ImageId::fromHex(s.columnText(1)).value_or(ImageId{});
    m.kind = parseMeasurementKind(s.columnText(2)).value_or(MeasurementKind::Line);
    auto geometry = followup::parsePolygon(s.columnText(3), file);
    if (!geometry) return tl::unexpected(geometry.error());
    m.geometry = std::move(*geometry);
    m.value = s.columnOptionalReal(4);
    m.unit = s.columnText(5);
    m.label = s.columnText(6);
    m.created_at = s.columnText(7);
    return m;
}

bool finitePoints(const ImagePolygon& points) {
    for (const auto& p : points)
        if (!std::isfinite(p.x) || !std::isfinite(p.y)) return false;
    return true;
}

// The finding's lesion and visit exist and are the same patient's.
Result<void> checkFindingPlace(const Store& store, const Store::Impl& impl, const Finding& f) {
    auto lesion = store.lesion(f.lesion);
    if (!lesion) return tl::unexpected(lesion.error());
    auto visit = store.visit(f.visit);
    if (!visit) return tl::unexpected(visit.error());
    if (visit->patient != lesion->patient)
        return impl.failInvalid("visit " + std::to_string(f.visit.value()) +
                                " belongs to another patient than lesion " +
                                std::to_string(f.lesion.value()));
    return {};
}

Result<void> checkImage(const Store& store, const ImageId& id) {
    auto image = store.image(id);
    if (!image) return tl::unexpected(image.error());
    return {};
}

}  // namespace

Result<FindingId> Store::addFinding(const Finding& finding) {
    if (auto placed = checkFindingPlace(*this, *impl_, finding); !placed)
        return tl::unexpected(placed.error());
    auto s = impl_->db.prepare(
        std::string("INSERT INTO findings (visit_id, lesion_id, data, clinician, created_at) "
                    "VALUES (?1, ?2, ?3, ?4, ") +
            store::kNowSql + ")",
        "add a finding");
    if (!s) return tl::unexpected(s.error());
    s->bindInt(1, finding.visit.value()).bindInt(2, finding.lesion.value());
    s->bindText(3, followup::findingData(finding)).bindText(4, finding.clinician);
    if (auto done = s->run(); !done) return tl::unexpected(done.error());
    return FindingId(impl_->db.lastInsertId());
}

Result<Finding> Store::finding(FindingId id) const {
    auto s = impl_->db.prepare(std::string(kFindingColumns) + "WHERE id = ?1", "read a finding");
    if (!s) return tl::unexpected(s.error());
    s->bindInt(1, id.value());
    const std::string& file = impl_->db.file();
    auto row = store::firstRow(*s, [&](const Statement& r) { return readFinding(r, file); });
    if (!row) return tl::unexpected(row.error());
    if (!*row) return impl_->failNotFound("finding " + std::to_string(id.value()));
    return std::move(**row);
}

Result<std::vector<Finding>> Store::findings(LesionId lesion) const {
    auto s = impl_->db.prepare(std::string(kFindingColumns) + "WHERE lesion_id = ?1 ORDER BY id",
                               "list findings");
    if (!s) return tl::unexpected(s.error());
    s->bindInt(1, lesion.value());
    const std::string& file = impl_->db.file();
    return allOk(store::collectRows(*s, [&](const Statement& r) { return readFinding(r, file); }));
}

Result<std::vector<Finding>> Store::findingsOfVisit(VisitId visit) const {
    auto s = impl_->db.prepare(std::string(kFindingColumns) + "WHERE visit_id = ?1 ORDER BY id",
                               "list findings");
    if (!s) return tl::unexpected(s.error());
    s->bindInt(1, visit.value());
    const std::string& file = impl_->db.file();
    return allOk(store::collectRows(*s, [&](const Statement& r) { return readFinding(r, file); }));
}

Result<MeasurementId> Store::addMeasurement(const Measurement& m) {
    const std::size_t needed = m.kind == MeasurementKind::Line ? 2 : 3;
    if (m.geometry.size() < needed || !finitePoints(m.geometry))
        return impl_->failInvalid(std::string("a measurement of kind ") + toString(m.kind) +
                                  " needs at least " + std::to_string(needed) + " finite points");
    if (auto ok = checkImage(*this, m.image); !ok) return tl::unexpected(ok.error());
    auto s = impl_->db.prepare(
        std::string("INSERT INTO measurements (image_id, kind, geometry, value, unit, label, "
                    "created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ") +
            store::kNowSql + ")",
        "add a measurement");
    if (!s) return tl::unexpected(s.error());
    s->bindText(1, m.image.hex()).bindText(2, toString(m.kind));
    s->bindText(3, followup::polygonJson(m.geometry)).bindOptionalReal(4, m.value);
    s->bindText(5, m.unit).bindText(6, m.label);
    if (auto done = s->run(); !done) return tl::unexpected(done.error());
    return MeasurementId(impl_->db.lastInsertId());
}

Result<std::vector<Measurement>> Store::measurements(const ImageId& image) const {
    auto s = impl_->db.prepare(std::string(kMeasurementColumns) + "WHERE image_id = ?1 ORDER BY id",
                               "list measurements");
    if (!s) return tl::unexpected(s.error());
    s->bindText(1, image.hex());
    const std::string& file = impl_->db.file();
    return allOk(
        store::collectRows(*s, [&](const Statement& r) { return readMeasurement(r, file); }));
}

Result<void> Store::deleteMeasurement(MeasurementId id) {
    auto s = impl_->db.prepare("DELETE FROM measurements WHERE id = ?1", "delete a measurement");
    if (!s) return tl::unexpected(s.error());
    s->bindInt(1, id.value());
    if (auto done = s->run(); !done) return done;
    if (impl_->db.changes() == 0)
        return impl_->failNotFound("measurement " + std::to_string(id.value()));
    return {};
}

Result<void> Store::setContour(const LesionContour& c) {
    if (c.points.size() < 3 || !finitePoints(c.points))
        return impl_->failInvalid("a lesion contour needs at least 3 finite points");
    if (auto ok = checkImage(*this, c.image); !ok) return ok;
    auto s = impl_->db.prepare(
        std::string("INSERT INTO contours (image_id, points, source, method, created_at) "
                    "VALUES (?1, ?2, ?3, ?4, ") +
            store::kNowSql +
            ") "
            "ON CONFLICT (image_id) DO UPDATE SET points = excluded.points, "
            "source = excluded.source, method = excluded.method, created_at = excluded.created_at",
        "store a lesion contour");
    if (!s) return tl::unexpected(s.error());
    s->bindText(1, c.image.hex()).bindText(2, followup::polygonJson(c.points));
    s->bindText(3, toString(c.source)).bindText(4, c.method);
    return s->run();
}

Result<std::optional<LesionContour>> Store::contour(const ImageId& image) const {
    auto s = impl_->db.prepare(
        "SELECT points, source, method, created_at FROM contours WHERE image_id = ?1",
        "read a lesion contour");
    if (!s) return tl::unexpected(s.error());
    s->bindText(1, image.hex());
    const std::string& file = impl_->db.file();
    auto row = store::firstRow(*s, [&](const Statement& r) -> Result<LesionContour> {
        auto points = followup::parsePolygon(r.columnText(0), file);
        if (!points) return tl::unexpected(points.error());
        return LesionContour{image, std::move(*points),
                             parseContourSource(r.columnText(1)).value_or(ContourSource::User),
                             r.columnText(2), r.columnText(3)};
    });
    if (!row) return tl::unexpected(row.error());
    if (!*row) return std::optional<LesionContour>{};
    if (!**row) return tl::unexpected((**row).error());
    return std::optional<LesionContour>(std::move(***row));
}

Result<void> Store::deleteContour(const ImageId& image) {
    auto s = impl_->db.prepare("DELETE FROM contours WHERE image_id = ?1", "delete a contour");
    if (!s) return tl::unexpected(s.error());
    s->bindText(1, image.hex());
    return s->run();
}

Result<void> Store::setMapPosition(LesionId lesion, const std::optional<BodyMapPosition>& p) {
    if (p && !(p->x >= 0 && p->x <= 1 && p->y >= 0 && p->y <= 1))
        return impl_->failInvalid("a body-map position needs x and y between 0 and 1");
    auto s = impl_->db.prepare(
        "UPDATE lesions SET map_view = ?1, map_x = ?2, map_y = ?3 "
        "WHERE id = ?4",
        "place a lesion on the body map");
    if (!s) return tl::unexpected(s.error());
    s->bindText(1, p ? toString(p->view) : "");
    s->bindOptionalReal(2, p ? std::optional(p->x) : std::nullopt);
    s->bindOptionalReal(3, p ? std::optional(p->y) : std::nullopt);
    s->bindInt(4, lesion.value());
    if (auto done = s->run(); !done) return done;
    if (impl_->db.changes() == 0)
        return impl_->failNotFound("lesion " + std::to_string(lesion.value()));
    return {};
}

Result<std::optional<BodyMapPosition>> Store::mapPosition(LesionId lesion) const {
    auto s = impl_->db.prepare("SELECT map_view, map_x, map_y FROM lesions WHERE id = ?1",
                               "read a lesion's body-map position");
    if (!s) return tl::unexpected(s.error());
    s->bindInt(1, lesion.value());
    auto row = store::firstRow(*s, [](const Statement& r) -> std::optional<BodyMapPosition> {
        const auto view = parseBodyView(r.columnText(0));
        const auto x = r.columnOptionalReal(1), y = r.columnOptionalReal(2);
        if (!view || !x || !y) return std::nullopt;
        return BodyMapPosition{*view, *x, *y};
    });
    if (!row) return tl::unexpected(row.error());
    if (!*row) return impl_->failNotFound("lesion " + std::to_string(lesion.value()));
    return **row;
}

}  // namespace dermalens
