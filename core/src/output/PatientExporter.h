// The state of one patient's DICOM export (see dermalens/output/DicomExport.h).
#pragma once

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "dermalens/output/DicomExport.h"
#include "output/AiReportWriter.h"
#include "output/Deidentifier.h"
#include "output/ExportNaming.h"

namespace dermalens::output {

class PatientExporter {
public:
    PatientExporter(const DicomExportInput& input, std::filesystem::path target,
                    const DicomExportOptions& options, const ProgressCallback& progress,
                    const CancelCallback& cancel);

    [[nodiscard]] Result<DicomExportSummary> run();

private:
    struct Photo {  // a photo written, for the report and the heatmaps to refer to
        const DicomExportImage* image;
        ObjectRef ref;
    };

    void visit(const DicomExportVisit& v, int index, bool latest);
    std::optional<Photo> photo(const DicomExportVisit& v, const StudyModule& study,
                               const DicomExportImage& image, int index);
    void heatmaps(const StudyModule& study, const std::vector<Photo>& photos, int index);
    void aiReport(const StudyModule& study, const std::vector<Photo>& photos, int index);
    void report(const StudyModule& study, int index);

    std::optional<ObjectRef> save(DicomObject object, const ObjectContext& context, int visit,
                                  ExportedKind kind, const ImageId& image, const std::string& what);
    [[nodiscard]] ObjectContext context(const StudyModule& study, const SeriesModule& series,
                                        const std::string& sop_class, const std::string& sop_uid,
                                        const std::string& when);
    [[nodiscard]] AiFinding finding(const Photo& photo) const;
    [[nodiscard]] const ModelCard* cardFor(const ModelIdentity& model) const;
    bool cancelled();
    void step();
    void removeWritten();

    const DicomExportInput& in_;
    std::filesystem::path target_;
    const DicomExportOptions& options_;
    ExportNaming naming_;
    const ProgressCallback& progress_;
    const CancelCallback& cancel_;
    std::optional<Deidentifier> deid_;
    DicomExportSummary summary_;
    std::map<std::string, int> instances_;  // instances written per series UID
    int next_series_ = 1;
    std::map<std::string, int> series_numbers_;
    std::size_t done_ = 0, total_ = 0;
    std::optional<Error> failure_;
};

}  // namespace dermalens::output
