// Workspace: what a PDF report of a patient or one lesion says (output/ReportContent.h), and
// the audit entry for a report that was written. Reads the store under its lock, then decodes
// photos, places heatmaps and measures follow-up outside it.
#include <algorithm>
#include <chrono>
#include <ctime>
#include <map>

#include <opencv2/imgproc.hpp>

#include "audit/AuditRecording.h"
#include "dermalens/imaging/ImageLoader.h"
#include "dermalens/inference/Heatmap.h"
#include "dermalens/workspace/Workspace.h"
#include "output/HeatmapPlacement.h"
#include "workspace/PatientTree.h"
#include "workspace/WorkspaceImpl.h"

namespace dermalens {
namespace {

// What the store holds for one lesion of the report.
struct LesionRows {
    LesionRecord lesion;
    ImageEntry current;
    std::optional<AnalysisRecord> analysis;
    std::vector<Measurement> measurements;
    std::vector<Finding> findings;
    std::optional<BodyMapPosition> position;
};

struct StoreRows {
    PatientRecord patient;
    std::vector<VisitRecord> visits;
    std::vector<LesionRows> lesions;
};

std::string utcNow() {
    const std::time_t now = std::time(nullptr);
    std::tm tm{};
    gmtime_r(&now, &tm);
    char text[32];
    std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &tm);
    return text;
}

// Days since 1970 of a YYYYMMDD date; nullopt when it is not one.
std::optional<int> dayNumber(const std::string& date) {
    if (date.size() != 8 || !std::all_of(date.begin(), date.end(), ::isdigit)) return std::nullopt;
    using namespace std::chrono;
    const year_month_day ymd{year(std::stoi(date.substr(0, 4))),
                             month(static_cast<unsigned>(std::stoi(date.substr(4, 2)))),
                             day(static_cast<unsigned>(std::stoi(date.substr(6, 2))))};
    if (!ymd.ok()) return std::nullopt;
    return static_cast<int>(sys_days(ymd).time_since_epoch().count());
}

Result<LesionRows> lesionRows(const Store& s, const LesionRecord& lesion, const std::string& sha) {
    auto images = s.images(lesion.id);
    if (!images) return tl::unexpected(images.error());
    const ImageEntry* current = detail::currentImage(*images);
    if (!current) return fail(ErrorCode::NotFound, {}, "lesion " + lesion.label + " has no image");
    LesionRows rows{lesion, *current, {}, {}, {}, {}};
    auto analysis = s.latestAnalysis(current->id, sha);
    auto measurements = s.measurements(current->id);
    auto findings = s.findings(lesion.id);
    auto position = s.mapPosition(lesion.id);
    if (!analysis) return tl::unexpected(analysis.error());
    if (!measurements) return tl::unexpected(measurements.error());
    if (!findings) return tl::unexpected(findings.error());
    if (!position) return tl::unexpected(position.error());
    rows.analysis = std::move(*analysis);
    rows.measurements = std::move(*measurements);
    rows.findings = std::move(*findings);
    rows.position = *position;
    return rows;
}

Result<StoreRows> storeRows(const Store& s, PatientId patient, std::optional<LesionId> only,
                            const std::string& sha) {
    auto record = s.patient(patient);
    if (!record) return tl::unexpected(record.error());
    auto visits = s.visits(patient);
    auto lesions = s.lesions(patient);
    if (!visits) return tl::unexpected(visits.error());
    if (!lesions) return tl::unexpected(lesions.error());
    StoreRows rows{*record, std::move(*visits), {}};
    if (only && std::none_of(lesions->begin(), lesions->end(),
                             [&](const LesionRecord& l) { return l.id == *only; }))
        return fail(ErrorCode::NotFound, {},
                    "lesion " + std::to_string(only->value()) + " is not a lesion of patient " +
                        std::to_string(patient.value()));
    for (const auto& lesion : *lesions) {
        if (only && lesion.id != *only) continue;
        auto images = s.images(lesion.id);
        if (!images) return tl::unexpected(images.error());
        if (images->empty()) continue;  // as Workspace::patient: lesions without images are not shown
        auto l = lesionRows(s, lesion, sha);
        if (!l) return tl::unexpected(l.error());
        rows.lesions.push_back(std::move(*l));
    }
    return rows;
}

ReportPatient reportPatient(const PatientRecord& p, bool deidentify) {
    ReportPatient out;
    out.deidentified = deidentify;
    out.synthetic = p.synthetic;
    out.sex = p.sex;
    if (deidentify) return out;
    out.name = Workspace::displayName(p);
    out.external_id = p.external_id;
    out.birth_date = p.birth_date;
    return out;
}

std::vector<ReportVisit> reportVisits(const std::vector<VisitRecord>& visits,
                                      const std::vector<LesionRows>& lesions, bool deidentify) {
    std::optional<int> first;
    for (const auto& v : visits)
        if (auto d = dayNumber(v.date); d && (!first || *d < *first)) first = d;
    std::vector<ReportVisit> out;
    for (const auto& v : visits) {
        ReportVisit r{v.id, deidentify ? std::string() : v.date, 0,
                      static_cast<int>(out.size()) + 1, deidentify ? std::string() : v.description,
                      0};
        if (auto d = dayNumber(v.date); d && first) r.day = *d - *first;
        for (const auto& l : lesions) r.images += l.current.visit == v.id ? 1 : 0;
        out.push_back(std::move(r));
    }
    return out;
}

const ReportVisit* visitOf(const std::vector<ReportVisit>& visits, VisitId id) {
    for (const auto& v : visits)
        if (v.id == id) return &v;
    return nullptr;
}

ReportPrediction reportPrediction(const AnalysisRecord& a, const std::optional<ModelCard>& card) {
    const Prediction& p = a.prediction;
    ReportPrediction out{{}, {}, p.malignant_probability, false, p.low_confidence,
                         p.out_of_distribution, p.normalized_entropy, a.created_at};
    for (std::size_t i = 0; i < p.probabilities.size(); ++i) {
        ReportClass c{"class " + std::to_string(i), "class " + std::to_string(i), false,
                      p.probabilities[i]};
        if (card && i < card->classes.size())
            c = {card->classes[i].code, card->classes[i].name, card->classes[i].malignant,
                 p.probabilities[i]};
        if (static_cast<int>(i) == p.top_class) out.top_class = c.code;
        out.classes.push_back(std::move(c));
    }
    std::stable_sort(out.classes.begin(), out.classes.end(),
                     [](const ReportClass& a, const ReportClass& b) {
                         return a.probability > b.probability;
                     });
    return out;
}

cv::Mat scaledTo(const cv::Mat& rgb, int max_side) {
    const int side = std::max(rgb.cols, rgb.rows);
    if (max_side <= 0 || side <= max_side) return rgb.clone();
    const double f = static_cast<double>(max_side) / side;
    cv::Mat out;
    cv::resize(rgb, out, cv::Size(), f, f, cv::INTER_AREA);
    return out;
}

ReportHeatmap reportHeatmap(const cv::Mat& photo, const StoredHeatmap& stored,
                            const ModelCard& card) {
    OverlayOptions options;  // the viewer's defaults, as the DICOM Secondary Capture
    ReportHeatmap out;
    out.overlay = renderOverlay(
        photo, output::placedHeatmap(stored, photo.size(), card.heatmapInput()), options);
    out.legend = colorBar(options.colormap, 256, 12);
    out.colormap = "jet";
    out.opacity = options.opacity;
    out.per_image_normalised = options.normalization == HeatmapNormalization::PerImageMinMax;
    const auto index = static_cast<std::size_t>(std::max(0, stored.class_index));
    out.class_name = index < card.classes.size() ? card.classes[index].name
                                                 : "class " + std::to_string(stored.class_index);
    return out;
}

bool consistent(const StoredHeatmap& h) {
    return h.width > 0 && h.height > 0 &&
           h.values.size() == static_cast<std::size_t>(h.width) * static_cast<std::size_t>(h.height);
}

ReportModelCard reportCard(const std::optional<ModelCard>& card) {
    ReportModelCard out;
    if (!card) return out;
    out = {true,           card->name,       card->version,     card->weights_sha256,
           card->architecture, card->intended_use, card->license, card->calibration_method,
           card->limitations};
    return out;
}

// The lesion's photo and heatmap (computed when missing and a model is loaded).
void fillImages(Workspace& ws, ReportLesion& lesion, const ImageEntry& entry,
                                 std::optional<StoredHeatmap> stored, const ReportOptions& options) {
    if (options.deidentify && entry.kind == ImageKind::Overview) {
        lesion.photo_problem = "overview photo left out: it may show the face (de-identified)";
        return;
    }
    auto path = ws.imagePath(entry.id);
    auto decoded = path ? loadImage(*path) : Result<Image>(tl::unexpected(path.error()));
    if (!decoded) {
        lesion.photo_problem = decoded.error().message();
        return;
    }
    lesion.photo = scaledTo(decoded->pixels, options.image_max_side);
    const auto card = ws.card();
    if (!stored && options.compute_missing_heatmaps && card && lesion.prediction) {
        if (auto map = ws.heatmap(entry.id); map) {
            cv::Mat raw = map->raw.isContinuous() ? map->raw : map->raw.clone();
            stored = StoredHeatmap{map->class_index, raw.cols, raw.rows,
                                   {raw.ptr<float>(), raw.ptr<float>() + raw.total()}};
        } else {
            lesion.heatmap_problem = map.error().message();
        }
    }
    if (!card) lesion.heatmap_problem = "no model is loaded";
    else if (!stored) {
        if (lesion.heatmap_problem.empty()) lesion.heatmap_problem = "no Grad-CAM stored";
    } else if (!consistent(*stored)) lesion.heatmap_problem = "the stored heatmap is inconsistent";
    else lesion.heatmap = reportHeatmap(lesion.photo, *stored, *card);
}

// Follow-up of one lesion: its timeline, and its flag against the previous visit.
void fillFollowUp(const Workspace& ws, ReportLesion& lesion, const std::vector<ReportVisit>& visits,
                                   const std::vector<VisitRecord>& records,
                                   const PatientChanges* changes, bool deidentify) {
    std::map<std::string, const ReportVisit*> by_date;  // timeline points carry dates
    for (std::size_t i = 0; i < records.size() && i < visits.size(); ++i)
        by_date[records[i].date] = &visits[i];
    if (auto timeline = ws.lesionTimeline(lesion.id)) {
        for (const auto& p : timeline->points) {
            const ReportVisit* v = visitOf(visits, p.visit);
            if (!v && by_date.count(p.date)) v = by_date[p.date];
            lesion.timeline.push_back({v ? v->number : 0, deidentify ? std::string() : p.date,
                                       v ? v->day : 0, p.outlined, p.shape.area,
                                       p.shape.longest_diameter, p.shape.length_unit,
                                       p.shape.area_unit, p.malignant_probability});
            if (p.image == lesion.image && p.outlined) lesion.shape = p.shape;
        }
    }
    if (!changes) return;
    for (const auto& c : changes->lesions)
        if (c.lesion == lesion.id) lesion.change = c;
}

ReportLesion reportLesion(Workspace& ws, const LesionRows& rows, const std::vector<ReportVisit>& visits,
                                     const ReportOptions& options) {
    ReportLesion out;
    out.id = rows.lesion.id;
    out.label = rows.lesion.label;
    out.body_site = rows.lesion.body_site;
    out.laterality = rows.lesion.laterality;
    out.position = rows.position;
    out.image = rows.current.id;
    out.kind = rows.current.kind;
    const ReportVisit* visit = visitOf(visits, rows.current.visit);
    out.visit_number = visit ? visit->number : 0;
    if (!options.deidentify)
        out.image_date = rows.current.acquisition_date.empty() && visit ? visit->date
                                                                        : rows.current.acquisition_date;
    if (rows.analysis) out.prediction = reportPrediction(*rows.analysis, ws.card());
    out.measurements = rows.measurements;
    if (!rows.findings.empty()) {
        out.finding = rows.findings.back();
        if (options.deidentify) out.finding->notes.clear();  // free text may name the patient
    }
    fillImages(ws, out, rows.current, rows.analysis ? rows.analysis->heatmap : std::nullopt,
                     options);
    return out;
}

// The options' point, else the loaded card's default; "applied" only with a model.
ReportOperatingPoint reportOperatingPoint(const std::optional<ModelCard>& card,
                                          const ReportOptions& options) {
    ReportOperatingPoint out;
    out.applied = card.has_value();
    if (options.operating_point)
        out.point = *options.operating_point;
    else if (card)
        out.point = card->operatingPoint();
    return out;
}

}  // namespace

Result<ReportContent> Workspace::reportContent(PatientId patient, std::optional<LesionId> lesion,
                                               const ReportOptions& options) {
    const std::string sha = impl_->modelSha();
    auto rows = impl_->withStore(
        [&](const Store& s) { return storeRows(s, patient, lesion, sha); });
    if (!rows) return tl::unexpected(rows.error());
    ReportContent content;
    content.lesion_report = lesion.has_value();
    content.generated_at = utcNow();
    content.patient = reportPatient(rows->patient, options.deidentify);
    content.visits = reportVisits(rows->visits, rows->lesions, options.deidentify);
    content.model = reportCard(card());
    content.operating_point = reportOperatingPoint(card(), options);
    auto changes = patientChanges(patient);
    for (const auto& l : rows->lesions) {
        content.lesions.push_back(reportLesion(*this, l, content.visits, options));
        content.lesions.back().number = static_cast<int>(content.lesions.size());
        if (auto& p = content.lesions.back().prediction; p && content.operating_point.applied)
            p->suspicious = content.operating_point.point.suspicious(p->malignant_probability);
        fillFollowUp(*this, content.lesions.back(), content.visits, rows->visits,
                           changes ? &*changes : nullptr, options.deidentify);
    }
    if (auto ranking = rank(patient)) {
        content.unanalysed = ranking->unanalysed;
        for (const auto& r : ranking->lesions)
            for (auto& l : content.lesions)
                if (l.id == r.lesion && r.rank > 0) {
                    l.rank = r.rank;
                    l.z_score = r.z_score;
                    l.outlier = r.outlier;
                    ++content.ranked;
                }
    } else {
        for (const auto& l : content.lesions) content.unanalysed += l.prediction ? 0 : 1;
    }
    return content;
}

Result<void> Workspace::recordReportExport(PatientId patient, std::optional<LesionId> lesion,
                                           const std::filesystem::path& file, bool deidentified,
                                           int pages) {
    const AuditEvent event{
        AuditAction::Export,
        lesion ? detail::lesionObject(*lesion) : detail::patientObject(patient),
        detail::auditDetails({{"format", std::string("pdf")},
                              {"file", file.string()},
                              {"patient", static_cast<std::int64_t>(patient.value())},
                              {"pages", static_cast<std::int64_t>(pages)},
                              {"deidentified", deidentified}})};
    auto logged = impl_->withStore([&](Store& s) { return s.appendAudit(event); });
    if (!logged)
        return fail(logged.error().code, file.string(),
                    "report written, but the audit log could not record it: " +
                        logged.error().reason);
    return {};
}

}  // namespace dermalens
