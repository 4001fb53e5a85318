#include "workspace/PatientTree.h"

#include <algorithm>
#include <map>

#include "dermalens/workspace/Workspace.h"

namespace dermalens::detail {
namespace {

ImageMetadata metadataOf(const ImageEntry& e, const PatientRecord& p) {
    ImageMetadata m;
    m.source_path = e.source_path;
    m.format = e.format;
    m.patient_id = p.external_id;
    m.patient_name = p.name;
    m.patient_sex = p.sex;
    m.patient_birth_date = p.birth_date;
    m.study_instance_uid = e.study_instance_uid;
    m.series_instance_uid = e.series_instance_uid;
    m.sop_instance_uid = e.sop_instance_uid;
    m.sop_class_uid = e.sop_class_uid;
    m.modality = e.modality;
    m.acquisition_date = e.acquisition_date;
    if (e.pixel_spacing_mm) m.pixel_spacing_row_mm = m.pixel_spacing_col_mm = *e.pixel_spacing_mm;
    m.original_width = e.width;
    m.original_height = e.height;
    return m;
}

}  // namespace

const ImageEntry* currentImage(const std::vector<ImageEntry>& images) {
    return images.empty() ? nullptr : &images.back();
}

Result<Patient> patientTree(const Store& store, const ImageVault& vault,
                            const PatientRecord& record) {
    Patient patient;
    patient.patient_id = record.id;
    patient.id = record.external_id;
    patient.label = Workspace::displayName(record);
    patient.synthetic = record.synthetic;
    patient.birth_date = record.birth_date;
    patient.sex = record.sex;
    auto visits = store.visits(record.id);
    if (!visits) return tl::unexpected(visits.error());
    std::map<std::int64_t, std::string> visit_date;
    for (const auto& v : *visits) visit_date[v.id.value()] = v.date;
    auto lesions = store.lesions(record.id);
    if (!lesions) return tl::unexpected(lesions.error());
    for (const LesionRecord& l : *lesions) {
        auto images = store.images(l.id);
        if (!images) return tl::unexpected(images.error());
        if (images->empty()) continue;
        Lesion lesion{l.id, l.laterality, l.external_key.empty() ? "L" + std::to_string(l.id.value())
                                                                 : l.external_key,
                      l.label, l.body_site, {}};
        for (const ImageEntry& e : *images) {
            ImageRecord rec{e.id, e.visit, e.kind, vault.absolute(e.managed_path),
                            metadataOf(e, record), visit_date[e.visit.value()]};
            if (rec.date.empty()) rec.date = e.acquisition_date;
            lesion.images.push_back(std::move(rec));
        }
        patient.lesions.push_back(std::move(lesion));
    }
    std::stable_sort(patient.lesions.begin(), patient.lesions.end(),
                     [](const Lesion& a, const Lesion& b) { return a.label < b.label; });
    return patient;
}

Result<PatientSummary> summarize(const Store& store, const PatientRecord& record) {
    PatientSummary s{record, Workspace::displayName(record), 0, 0, {}};
    auto lesions = store.lesions(record.id);
    if (!lesions) return tl::unexpected(lesions.error());
    auto images = store.imagesOfPatient(record.id);
    if (!images) return tl::unexpected(images.error());
    auto visits = store.visits(record.id);
    if (!visits) return tl::unexpected(visits.error());
    s.lesion_count = static_cast<int>(lesions->size());
    s.image_count = static_cast<int>(images->size());
    for (const auto& v : *visits) s.latest_visit = std::max(s.latest_visit, v.date);
    return s;
}

}  // namespace dermalens::detail

