// Workspace: follow-up. Comparing two visits of a lesion, its timeline, the patient-level
// change flags, and the clinician's findings, measurements, contours and body-map position.
#include <algorithm>
#include <map>

#include "dermalens/followup/BodyMap.h"
#include "dermalens/workspace/Workspace.h"
#include "audit/AuditRecording.h"
#include "dermalens/followup/SevenPointChecklist.h"
#include "followup/FollowUpContext.h"
#include "workspace/WorkspaceImpl.h"

namespace dermalens {
namespace {

using followup::ImageContext;

Result<ImageContext> contextOf(const Workspace::Impl& impl, const ImageId& id) {
    return impl.withStore(
        [&](const Store& s) { return followup::imageContext(s, impl.vault, id); });
}

// The image's outline: the stored contour, else the automatic one, stored as "auto" so the
// user sees (and may correct) the same outline the measures used. `rgb` is decoded on demand.
Result<LesionContour> outlineOf(Workspace::Impl& impl, const ImageContext& c, cv::Mat& rgb) {
    if (c.contour) return *c.contour;
    if (rgb.empty()) {
        auto decoded = followup::decodeRgb(c);
        if (!decoded) return tl::unexpected(decoded.error());
        rgb = std::move(*decoded);
    }
    auto contour = followup::automaticContour(c, rgb);
    if (!contour) return tl::unexpected(contour.error());
    if (auto stored = impl.withStore([&](Store& s) { return s.setContour(*contour); }); !stored)
        return tl::unexpected(stored.error());
    return contour;
}

Result<LesionImage> lesionImage(Workspace::Impl& impl, const ImageContext& c) {
    auto rgb = followup::decodeRgb(c);
    if (!rgb) return tl::unexpected(rgb.error());
    auto outline = outlineOf(impl, c, *rgb);
    if (!outline) return tl::unexpected(outline.error());
    return LesionImage{*rgb, outline->points, c.mm_per_pixel};
}

// The newest finding of `lesion` at `visit`.
Result<std::optional<Finding>> visitFinding(const Store& s, VisitId visit, LesionId lesion) {
    if (!visit.valid()) return std::optional<Finding>{};
    auto all = s.findingsOfVisit(visit);
    if (!all) return tl::unexpected(all.error());
    for (auto it = all->rbegin(); it != all->rend(); ++it)
        if (it->lesion == lesion) return std::optional<Finding>(*it);
    return std::optional<Finding>{};
}

}  // namespace

Result<VisitComparison> Workspace::compareVisits(const ImageId& before,
                                                 const ImageId& after) const {
    auto cb = contextOf(*impl_, before);
    if (!cb) return tl::unexpected(cb.error());
    auto ca = contextOf(*impl_, after);
    if (!ca) return tl::unexpected(ca.error());
    auto lb = lesionImage(*impl_, *cb);
    if (!lb) return tl::unexpected(lb.error());
    auto la = lesionImage(*impl_, *ca);
    if (!la) return tl::unexpected(la.error());
    auto change = measureLesionChange(*lb, *la);
    if (!change) return tl::unexpected(change.error());
    return VisitComparison{before, after, cb->date, ca->date, std::move(*change)};
}

namespace {

Result<TimelinePoint> timelinePoint(const Workspace& w, Workspace::Impl& impl,
                                    const ImageEntry& e) {
    auto c = contextOf(impl, e.id);
    if (!c) return tl::unexpected(c.error());
    TimelinePoint p;
    p.image = e.id;
    p.visit = e.visit;
    p.date = c->date;
    cv::Mat rgb;
    if (auto outline = outlineOf(impl, *c, rgb)) {
        p.outlined = true;
        p.outline_source = outline->source;
        p.shape = measureShape(outline->points, c->mm_per_pixel);
    } else {
        p.outline_problem = outline.error().message();
    }
    auto analysis = w.currentAnalysis(e.id);
    if (!analysis) return tl::unexpected(analysis.error());
    if (*analysis) {
        const auto card = w.card();
        const AiShown ai = followup::aiShown(**analysis, card ? &*card : nullptr);
        p.malignant_probability = ai.malignant_probability;
        p.top_class = ai.top_class;
    }
    auto finding =
        impl.withStore([&](const Store& s) { return visitFinding(s, e.visit, e.lesion); });
    if (!finding) return tl::unexpected(finding.error());
    p.finding = std::move(*finding);
    return p;
}

// What the audit trail keeps of a finding: who decided what, and whether they agreed with
// the AI (the full finding stays in its own table).
AuditEvent findingEvent(const Finding& f) {
    const char* agreement = f.agreement == AiAgreement::Agree      ? "agree"
                            : f.agreement == AiAgreement::Disagree ? "disagree"
                                                                   : "not stated";
    return {AuditAction::Finding, detail::lesionObject(f.lesion),
            detail::auditDetails({{"visit", f.visit.value()},
                                  {"decision", std::string(toString(f.management.decision))},
                                  {"clinician", f.clinician},
                                  {"seven_point", std::int64_t{sevenPointScore(f.structures).total}},
                                  {"ai", agreement}})};
}

}  // namespace

Result<LesionTimeline> Workspace::lesionTimeline(LesionId lesion) const {
    auto images = impl_->withStore([&](const Store& s) -> Result<std::vector<ImageEntry>> {
        if (auto exists = s.lesion(lesion); !exists) return tl::unexpected(exists.error());
        return s.images(lesion);
    });
    if (!images) return tl::unexpected(images.error());
    LesionTimeline timeline{lesion, {}};
    for (const auto& e : *images) {
        auto point = timelinePoint(*this, *impl_, e);
        if (!point) return tl::unexpected(point.error());
        timeline.points.push_back(std::move(*point));
    }
    return timeline;
}

namespace {

struct PatientImages {
    std::vector<LesionRecord> lesions;
    std::vector<ImageEntry> images;        // oldest first
    std::map<VisitId, std::size_t> order;  // visit -> position among visits with images
    std::vector<VisitId> visits;           // visits with images, in the store's date order
};

Result<PatientImages> patientImages(const Store& s, PatientId patient) {
    PatientImages out;
    auto lesions = s.lesions(patient);
    auto images = s.imagesOfPatient(patient);
    auto visits = s.visits(patient);
    for (const Error* e : {lesions ? nullptr : &lesions.error(), images ? nullptr : &images.error(),
                           visits ? nullptr : &visits.error()})
        if (e) return tl::unexpected(*e);
    out.lesions = std::move(*lesions);
    out.images = std::move(*images);
    for (const auto& v : *visits) {
        const bool used = std::any_of(out.images.begin(), out.images.end(),
                                      [&](const ImageEntry& i) { return i.visit == v.id; });
        if (used) out.order[v.id] = out.visits.size(), out.visits.push_back(v.id);
    }
    return out;
}

// The lesion's image at the latest visit and its newest image from an earlier visit.
std::pair<const ImageEntry*, const ImageEntry*> latestAndEarlier(const PatientImages& p,
                                                                 LesionId lesion) {
    const ImageEntry *latest = nullptr, *earlier = nullptr;
    const VisitId last = p.visits.back();
    for (const auto& i : p.images) {
        if (i.lesion != lesion) continue;
        if (i.visit == last)
            latest = &i;
        else if (p.order.count(i.visit))
            earlier = &i;
    }
    return {latest, earlier};
}

LesionChangeFlag flagLesion(const Workspace& w, const PatientImages& p, LesionId lesion,
                            const ChangeThresholds& thresholds) {
    const auto [latest, earlier] = latestAndEarlier(p, lesion);
    LesionChangeFlag flag{lesion, LesionFlag::NotImagedLatest, {}, {}};
    if (!latest) return flag;
    if (!earlier) return flag.flag = LesionFlag::New, flag;
    auto comparison = w.compareVisits(earlier->id, latest->id);
    if (!comparison) {
        flag.flag = LesionFlag::NotComparable;
        flag.reasons.push_back(comparison.error().message());
        return flag;
    }
    LesionChangeFlag classified = classifyChange(comparison->change, thresholds);
    classified.lesion = lesion;
    classified.comparison = std::move(*comparison);
    return classified;
}

}  // namespace

Result<PatientChanges> Workspace::patientChanges(PatientId patient,
                                                 const ChangeThresholds& thresholds) const {
    auto images = impl_->withStore([&](const Store& s) -> Result<PatientImages> {
        if (auto exists = s.patient(patient); !exists) return tl::unexpected(exists.error());
        return patientImages(s, patient);
    });
    if (!images) return tl::unexpected(images.error());
    PatientChanges out{patient, {}, {}, {}};
    const auto& visits = images->visits;
    if (!visits.empty()) out.latest_visit = visits.back();
    if (visits.size() >= 2) out.previous_visit = visits[visits.size() - 2];
    for (const auto& lesion : images->lesions) {
        if (visits.size() < 2) {
            out.lesions.push_back({lesion.id, LesionFlag::SingleVisit, {}, {}});
            continue;
        }
        out.lesions.push_back(flagLesion(*this, *images, lesion.id, thresholds));
    }
    return out;
}

Result<Finding> Workspace::recordFinding(Finding finding) {
    if (finding.image.valid()) {
        auto entry = image(finding.image);
        if (!entry) return tl::unexpected(entry.error());
        if (!finding.visit.valid()) finding.visit = entry->visit;
        if (!finding.lesion.valid()) finding.lesion = entry->lesion;
        if (!finding.ai_shown) {
            auto analysis = currentAnalysis(finding.image);
            if (!analysis) return tl::unexpected(analysis.error());
            const auto model_card = card();
            if (*analysis)
                finding.ai_shown =
                    followup::aiShown(**analysis, model_card ? &*model_card : nullptr);
        }
    }
    return impl_->withStore([&](Store& s) -> Result<Finding> {
        return detail::withAudit(s, findingEvent(finding), [&]() -> Result<Finding> {
            auto id = s.addFinding(finding);
            if (!id) return tl::unexpected(id.error());
            return s.finding(*id);
        });
    });
}

Result<std::vector<Finding>> Workspace::findings(LesionId lesion) const {
    return impl_->withStore([&](const Store& s) { return s.findings(lesion); });
}

Result<Measurement> Workspace::addMeasurement(Measurement measurement) {
    auto c = contextOf(*impl_, measurement.image);
    if (!c) return tl::unexpected(c.error());
    followup::measure(measurement, c->mm_per_pixel);
    return impl_->withStore([&](Store& s) -> Result<Measurement> {
        auto id = s.addMeasurement(measurement);
        if (!id) return tl::unexpected(id.error());
        auto all = s.measurements(measurement.image);
        if (!all) return tl::unexpected(all.error());
        for (auto& m : *all)
            if (m.id == *id) return std::move(m);
        return fail(ErrorCode::Internal, s.databasePath().string(), "measurement vanished");
    });
}

Result<std::vector<Measurement>> Workspace::measurements(const ImageId& image) const {
    return impl_->withStore([&](const Store& s) { return s.measurements(image); });
}

Result<void> Workspace::deleteMeasurement(MeasurementId id) {
    return impl_->withStore([&](Store& s) { return s.deleteMeasurement(id); });
}

Result<LesionContour> Workspace::lesionContour(const ImageId& image) const {
    auto c = contextOf(*impl_, image);
    if (!c) return tl::unexpected(c.error());
    cv::Mat rgb;
    return outlineOf(*impl_, *c, rgb);
}

Result<void> Workspace::setLesionContour(const ImageId& image, const ImagePolygon& points) {
    return impl_->withStore([&](Store& s) {
        return s.setContour(
            LesionContour{image, points, ContourSource::User, "drawn by the user", {}});
    });
}

Result<LesionRecord> Workspace::placeOnBodyMap(LesionId lesion, const BodyMapPosition& position) {
    const auto site = bodySiteAt(position);
    if (!site)
        return fail(ErrorCode::InvalidArgument, {},
                    "that point of the body map is not on the figure");
    return impl_->withStore([&](Store& s) -> Result<LesionRecord> {
        LesionRecord record;
        auto done = s.transaction([&]() -> Result<void> {
            auto current = s.lesion(lesion);
            if (!current) return tl::unexpected(current.error());
            record = *current;
            record.body_site = site->words;
            record.body_site_code = site->code;
            record.laterality = site->laterality;
            if (auto placed = s.setMapPosition(lesion, position); !placed) return placed;
            return s.updateLesion(record);
        });
        if (!done) return tl::unexpected(done.error());
        return record;
    });
}

Result<std::optional<BodyMapPosition>> Workspace::bodyMapPosition(LesionId lesion) const {
    return impl_->withStore([&](const Store& s) { return s.mapPosition(lesion); });
}

Result<std::vector<BodyMapEntry>> Workspace::bodyMap(PatientId patient) const {
    return impl_->withStore([&](const Store& s) -> Result<std::vector<BodyMapEntry>> {
        if (auto exists = s.patient(patient); !exists) return tl::unexpected(exists.error());
        auto lesions = s.lesions(patient);
        if (!lesions) return tl::unexpected(lesions.error());
        std::vector<BodyMapEntry> out;
        for (auto& lesion : *lesions) {
            auto position = s.mapPosition(lesion.id);
            if (!position) return tl::unexpected(position.error());
            out.push_back({std::move(lesion), *position});
        }
        return out;
    });
}

}  // namespace dermalens
