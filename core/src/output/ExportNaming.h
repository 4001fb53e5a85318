// The names an export gives things: derived UIDs (see dermalens/output/DicomUid.h), series
// numbers and file paths, all functions of the store's records so a re-export repeats them.
#pragma once

#include <filesystem>
#include <string>

#include "dermalens/records/AnalysisRecord.h"
#include "dermalens/records/ImageEntry.h"
#include "dermalens/records/PatientRecord.h"
#include "dermalens/records/VisitRecord.h"
#include "output/DicomModules.h"

namespace dermalens::output {

// Series numbers of the derived objects in each study (image series count up from 1).
inline constexpr int kHeatmapSeriesNumber = 800;
inline constexpr int kAiReportSeriesNumber = 900;
inline constexpr int kReportSeriesNumber = 990;

class ExportNaming {
public:
    explicit ExportNaming(const PatientRecord& patient);

    // uidFromName(<patient root> + "|" + what).
    [[nodiscard]] std::string uid(const std::string& what) const;
    [[nodiscard]] std::string studyUid(const VisitRecord& visit) const;
    [[nodiscard]] std::string imageSeriesUid(const VisitRecord& visit,
                                             const ImageEntry& image) const;
    [[nodiscard]] std::string imageUid(const ImageEntry& image) const;
    [[nodiscard]] std::string lesionUid(LesionId lesion) const;
    [[nodiscard]] std::string heatmapUid(const AnalysisRecord& analysis) const;
    // A stable pseudonym for de-identified exports: "DL-" + 12 hex digits of the root's hash.
    [[nodiscard]] std::string pseudonym() const;

    // target/V<nn>/S<nnn>_<modality>/I<nnnn>.dcm
    [[nodiscard]] static std::filesystem::path file(const std::filesystem::path& target,
                                                    int visit_index, const SeriesModule& series,
                                                    int instance);

private:
    std::string root_;
};

// The patient module as the store has it ("DL<id>" when there is no external id).
[[nodiscard]] PatientModule patientModule(const PatientRecord& patient);

}  // namespace dermalens::output
