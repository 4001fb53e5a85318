#include "output/ExportNaming.h"

#include <array>
#include <cstdio>

#include "audit/Sha256Text.h"
#include "dermalens/output/DicomUid.h"

namespace dermalens::output {

// The patient's row id and creation time together are specific to this store: another store
// (or a restored copy made before the patient existed) cannot have both the same.
ExportNaming::ExportNaming(const PatientRecord& patient)
    : root_("dermalens-export-v1|patient:" + std::to_string(patient.id.value()) + "|" +
            patient.created_at) {}

std::string ExportNaming::uid(const std::string& what) const {
    return uidFromName(root_ + "|" + what);
}

std::string ExportNaming::studyUid(const VisitRecord& visit) const {
    if (!visit.study_instance_uid.empty()) return visit.study_instance_uid;
    return uid("study|visit:" + std::to_string(visit.id.value()));
}

std::string ExportNaming::imageSeriesUid(const VisitRecord& visit, const ImageEntry& image) const {
    return uid("series|visit:" + std::to_string(visit.id.value()) +
               "|lesion:" + std::to_string(image.lesion.value()) + "|kind:" + toString(image.kind));
}

std::string ExportNaming::imageUid(const ImageEntry& image) const {
    // The lesion is part of the name: an image reassigned to another lesion (or patient) is,
    // as far as a PACS can tell, a different object.
    return uid("image:" + image.id.hex() + "|lesion:" + std::to_string(image.lesion.value()));
}

std::string ExportNaming::lesionUid(LesionId lesion) const {
    return uid("lesion:" + std::to_string(lesion.value()));
}

std::string ExportNaming::heatmapUid(const AnalysisRecord& analysis) const {
    std::string values;
    if (analysis.heatmap)
        values.assign(reinterpret_cast<const char*>(analysis.heatmap->values.data()),
                      analysis.heatmap->values.size() * sizeof(float));
    const int cls = analysis.heatmap ? analysis.heatmap->class_index : -1;
    return uid("heatmap|analysis:" + std::to_string(analysis.id.value()) +
               "|class:" + std::to_string(cls) + "|" + detail::sha256Hex(values));
}

std::string ExportNaming::pseudonym() const {
    return "DL-" + detail::sha256Hex(root_ + "|pseudonym").substr(0, 12);
}

std::filesystem::path ExportNaming::file(const std::filesystem::path& target, int visit_index,
                                         const SeriesModule& series, int instance) {
    std::array<char, 64> visit{}, folder{}, name{};
    std::snprintf(visit.data(), visit.size(), "V%02d", visit_index);
    std::snprintf(folder.data(), folder.size(), "S%03d_%s", series.number, series.modality.c_str());
    std::snprintf(name.data(), name.size(), "I%04d.dcm", instance);
    return target / visit.data() / folder.data() / name.data();
}

PatientModule patientModule(const PatientRecord& p) {
    PatientModule m;
    m.name = p.name;
    m.id = p.external_id.empty() ? "DL" + std::to_string(p.id.value()) : p.external_id;
    m.issuer = p.issuer;
    m.birth_date = p.birth_date;
    m.sex = (p.sex == "M" || p.sex == "F" || p.sex == "O") ? p.sex : "";
    return m;
}

}  // namespace dermalens::output
