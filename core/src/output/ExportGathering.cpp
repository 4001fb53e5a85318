#include "output/ExportGathering.h"

#include <algorithm>
#include <map>

namespace dermalens::output {

Result<DicomExportInput> gatherExportInput(const Store& store, const ImageVault& vault,
                                           PatientId patient, const std::string& model_sha256) {
    DicomExportInput in;
    auto record = store.patient(patient);
    if (!record) return tl::unexpected(record.error());
    in.patient = *record;
    auto lesions = store.lesions(patient);
    if (!lesions) return tl::unexpected(lesions.error());
    std::sort(lesions->begin(), lesions->end(),
              [](const LesionRecord& a, const LesionRecord& b) { return a.id < b.id; });
    std::map<LesionId, std::pair<LesionRecord, int>> numbered;  // lesion -> (record, number)
    for (std::size_t i = 0; i < lesions->size(); ++i)
        numbered[(*lesions)[i].id] = {(*lesions)[i], static_cast<int>(i + 1)};
    auto visits = store.visits(patient);
    if (!visits) return tl::unexpected(visits.error());
    std::map<VisitId, std::size_t> visit_index;
    for (const auto& v : *visits) {
        visit_index[v.id] = in.visits.size();
        in.visits.push_back({v, {}});
    }
    auto images = store.imagesOfPatient(patient);
    if (!images) return tl::unexpected(images.error());
    for (const ImageEntry& e : *images) {
        const auto visit = visit_index.find(e.visit);
        const auto lesion = numbered.find(e.lesion);
        if (visit == visit_index.end() || lesion == numbered.end()) continue;  // not of a visit
        auto analysis = store.latestAnalysis(e.id, model_sha256);
        if (!analysis) return tl::unexpected(analysis.error());
        auto calibration = store.calibration(e.id);  // DICOM spacing, or a ruler the user measured
        if (!calibration) return tl::unexpected(calibration.error());
        ImageEntry entry = e;
        if (*calibration) entry.pixel_spacing_mm = (*calibration)->mm_per_pixel;
        in.visits[visit->second].images.push_back({entry, vault.absolute(e.managed_path),
                                                   lesion->second.first, lesion->second.second,
                                                   *analysis});
    }
    for (auto& v : in.visits)
        std::stable_sort(v.images.begin(), v.images.end(),
                         [](const DicomExportImage& a, const DicomExportImage& b) {
                             return a.lesion_number < b.lesion_number;
                         });
    return in;
}

}  // namespace dermalens::output
