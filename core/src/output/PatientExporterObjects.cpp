// PatientExporter: the objects of one visit (photos, heatmaps, the AI report, the PDF).
#include "output/HeatmapWriter.h"
#include "output/PatientExporter.h"
#include "output/PdfWriter.h"

namespace dermalens::output {

namespace {

std::string kindWords(ImageKind kind) {
    switch (kind) {
        case ImageKind::Dermoscopic:
            return "dermoscopic";
        case ImageKind::ClinicalCloseUp:
            return "clinical close-up";
        case ImageKind::Overview:
            return "overview";
    }
    return "image";
}

bool keepsDicomIdentity(const ImageEntry& e) {
    return e.format == "DICOM" && isPhotoSopClass(e.sop_class_uid) && !e.sop_instance_uid.empty() &&
           !e.series_instance_uid.empty();
}

}  // namespace

const ModelCard* PatientExporter::cardFor(const ModelIdentity& model) const {
    if (in_.card && in_.card->weights_sha256 == model.sha256) return &*in_.card;
    return nullptr;
}

std::optional<PatientExporter::Photo> PatientExporter::photo(const DicomExportVisit& v,
                                                             const StudyModule& visit_study,
                                                             const DicomExportImage& image,
                                                             int index) {
    const ImageEntry& e = image.entry;
    const std::string what = image.file.string();
    if (deid_ && e.kind == ImageKind::Overview) {
        summary_.skipped.push_back({what,
                                    "an overview photograph may show the face or other "
                                    "recognizable features; it is left out of a "
                                    "de-identified export"});
        return std::nullopt;
    }
    const bool keep = keepsDicomIdentity(e);
    StudyModule study = visit_study;
    if (keep && !e.study_instance_uid.empty()) study.uid = e.study_instance_uid;
    SeriesModule series{
        keep ? e.series_instance_uid : naming_.imageSeriesUid(v.visit, e), 0, photoModality(e.kind),
        (deid_ ? "Lesion " + std::to_string(image.lesion_number) : image.lesion.label) + ", " +
            kindWords(e.kind)};
    const std::string sop_class = keep ? e.sop_class_uid : photoSopClass(e.kind);
    const ObjectContext c =
        context(study, series, sop_class, keep ? e.sop_instance_uid : naming_.imageUid(e),
                e.acquisition_date.empty() ? v.visit.date : e.acquisition_date);
    PhotoInput in{e.kind,
                  image.file,
                  e.format,
                  keep,
                  e.pixel_spacing_mm,
                  e.acquisition_date,
                  image.lesion.body_site,
                  image.lesion.body_site_code,
                  image.lesion.laterality,
                  image.lesion_number};
    auto object = writePhoto(c, in);
    if (!object) {
        summary_.skipped.push_back({what, object.error().reason});
        return std::nullopt;
    }
    auto ref = save(std::move(*object), c, index, ExportedKind::Image, e.id, what);
    if (!ref) return std::nullopt;
    return Photo{&image, *ref};
}

void PatientExporter::heatmaps(const StudyModule& study, const std::vector<Photo>& photos,
                               int index) {
    const SeriesModule series{naming_.uid("heatmap-series|study:" + study.uid),
                              kHeatmapSeriesNumber, "OT",
                              "Grad-CAM heatmaps (decision support, not a diagnosis)"};
    for (const Photo& p : photos) {
        if (cancelled()) return;
        const auto& a = p.image->analysis;
        if (!a || !a->heatmap) continue;
        const ModelCard* card = cardFor(a->model);
        const int cls = a->heatmap->class_index;
        const bool named = card && cls >= 0 && static_cast<std::size_t>(cls) < card->classes.size();
        HeatmapInput in{p.image->file,
                        *a->heatmap,
                        card ? card->heatmapInput() : InputSpec{},
                        named ? card->classes[static_cast<std::size_t>(cls)].name
                              : "class " + std::to_string(cls),
                        p.ref,
                        p.image->lesion.laterality};
        const ObjectContext c =
            context(study, series, kSecondaryCaptureClass, naming_.heatmapUid(*a), a->created_at);
        auto object = writeHeatmap(c, in);
        if (!object) {
            summary_.skipped.push_back(
                {p.image->file.string() + " (heatmap)", object.error().reason});
            continue;
        }
        save(std::move(*object), c, index, ExportedKind::Heatmap, p.image->entry.id,
             p.image->file.string() + " (heatmap)");
        if (failure_) return;
    }
}

AiFinding PatientExporter::finding(const Photo& p) const {
    const AnalysisRecord& a = *p.image->analysis;
    const LesionRecord& l = p.image->lesion;
    AiFinding f{p.ref,
                deid_ ? "Lesion " + std::to_string(p.image->lesion_number) : l.label,
                naming_.lesionUid(l.id),
                l.body_site,
                l.body_site_code,
                l.laterality,
                a.model,
                {},
                a.prediction.top_class,
                a.prediction.malignant_probability,
                a.prediction.low_confidence,
                a.prediction.out_of_distribution};
    const ModelCard* card = cardFor(a.model);
    for (std::size_t i = 0; i < a.prediction.probabilities.size(); ++i) {
        const bool named = card && i < card->classes.size();
        f.classes.push_back({named ? card->classes[i].code : "C" + std::to_string(i),
                             named ? card->classes[i].name : "class " + std::to_string(i),
                             a.prediction.probabilities[i]});
    }
    return f;
}

void PatientExporter::aiReport(const StudyModule& study, const std::vector<Photo>& photos,
                               int index) {
    std::vector<AiFinding> findings;
    std::string analyses, latest;
    for (const Photo& p : photos) {
        if (!p.image->analysis) continue;
        findings.push_back(finding(p));
        analyses += std::to_string(p.image->analysis->id.value()) + ",";
        latest = std::max(latest, p.image->analysis->created_at);
    }
    if (findings.empty() || cancelled()) return;
    // The report's UID names the analyses in it: new results make a new object.
    const SeriesModule series{naming_.uid("ai-series|study:" + study.uid), kAiReportSeriesNumber,
                              "SR", "AI results (decision support, not a diagnosis)"};
    const ObjectContext c =
        context(study, series, kComprehensiveSrClass,
                naming_.uid("ai-report|study:" + study.uid + "|" + analyses), latest);
    auto object = writeAiReport(c, findings);
    if (!object) {
        failure_ = object.error();
        return;
    }
    save(std::move(*object), c, index, ExportedKind::AiReport, {},
         "AI results of visit " + std::to_string(index));
}

void PatientExporter::report(const StudyModule& study, int index) {
    const std::string what = options_.report_pdf.string();
    auto digest = ImageId::ofFile(what);  // the same PDF gets the same UID again
    if (!digest) {
        failure_ = digest.error();
        return;
    }
    const SeriesModule series{naming_.uid("report-series|study:" + study.uid), kReportSeriesNumber,
                              "DOC", "Report"};
    const ObjectContext c =
        context(study, series, kEncapsulatedPdfClass, naming_.uid("report|" + digest->hex()), "");
    auto object = writeEncapsulatedPdf(
        c, PdfInput{options_.report_pdf, options_.report_title, options_.report_contains_identity});
    if (!object) {
        failure_ = object.error();
        return;
    }
    save(std::move(*object), c, index, ExportedKind::Report, {}, what);
}

}  // namespace dermalens::output
