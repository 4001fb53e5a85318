// StudyBuilder: collects image records into patients and lesions, then produces a Study in the
// catalog's deterministic order (patients by label, lesions by id, images oldest first).
#pragma once

#include <map>
#include <string>

#include "dermalens/study/Study.h"

namespace dermalens {

struct LesionKey {
    std::string patient_id;
    std::string patient_label;
    std::string lesion_id;
    std::string lesion_label;  // empty: numbered "Lesion N" when the study is built
    std::string body_site;
};

class StudyBuilder {
public:
    void add(const LesionKey& key, ImageRecord record);
    [[nodiscard]] Study build() const;

    // Applies the catalog's ordering and fills empty lesion labels, in place.
    static void normalise(Study& study);

private:
    struct PatientEntry {
        Patient patient;                        // lesions left empty until build()
        std::map<std::string, Lesion> lesions;  // by lesion id
    };
    std::map<std::string, PatientEntry> patients_;  // by patient id
};

// True when `label` marks demo data (the UI shows such patients as SYNTHETIC).
[[nodiscard]] bool isSyntheticLabel(const std::string& label);

}  // namespace dermalens
