#include "study/StudyBuilder.h"

#include <algorithm>
#include <tuple>

namespace dermalens {
namespace {

// Oldest first; undated images have no place in time, so they go last (then by path).
bool imageBefore(const ImageRecord& a, const ImageRecord& b) {
    return std::make_tuple(a.date.empty(), a.date, a.path) <
           std::make_tuple(b.date.empty(), b.date, b.path);
}

std::string numberedLabel(std::size_t number, const std::string& body_site) {
    std::string label = "Lesion " + std::to_string(number);
    if (!body_site.empty()) label += " (" + body_site + ")";
    return label;
}

}  // namespace

bool isSyntheticLabel(const std::string& label) {
    return label.find("SYNTHETIC") != std::string::npos;
}

void StudyBuilder::add(const LesionKey& key, ImageRecord record) {
    auto [it, inserted] = patients_.try_emplace(key.patient_id);
    PatientEntry& entry = it->second;
    if (inserted) {
        entry.patient.id = key.patient_id;
        entry.patient.label = key.patient_label.empty() ? key.patient_id : key.patient_label;
        entry.patient.synthetic = isSyntheticLabel(entry.patient.label);
    }
    auto [lesion_it, new_lesion] = entry.lesions.try_emplace(key.lesion_id);
    Lesion& lesion = lesion_it->second;
    if (new_lesion) {
        lesion.id = key.lesion_id;
        lesion.label = key.lesion_label;
        lesion.body_site = key.body_site;
    }
    lesion.images.push_back(std::move(record));
}

Study StudyBuilder::build() const {
    Study study;
    for (const auto& [id, entry] : patients_) {
        Patient patient = entry.patient;
        for (const auto& [lesion_id, lesion] : entry.lesions) patient.lesions.push_back(lesion);
        study.patients.push_back(std::move(patient));
    }
    normalise(study);
    return study;
}

void StudyBuilder::normalise(Study& study) {
    auto& patients = study.patients;
    std::sort(patients.begin(), patients.end(), [](const Patient& a, const Patient& b) {
        return std::tie(a.label, a.id) < std::tie(b.label, b.id);
    });
    for (auto& patient : patients) {
        auto& lesions = patient.lesions;
        std::sort(lesions.begin(), lesions.end(),
                  [](const Lesion& a, const Lesion& b) { return a.id < b.id; });
        for (std::size_t i = 0; i < lesions.size(); ++i) {
            if (lesions[i].label.empty())
                lesions[i].label = numberedLabel(i + 1, lesions[i].body_site);
            std::sort(lesions[i].images.begin(), lesions[i].images.end(), imageBefore);
        }
    }
}

}  // namespace dermalens
