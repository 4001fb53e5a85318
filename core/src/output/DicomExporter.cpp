#include "dermalens/output/DicomExport.h"
#include "output/PatientExporter.h"

namespace dermalens {

std::string toString(ExportedKind kind) {
    switch (kind) {
        case ExportedKind::Image:
            return "image";
        case ExportedKind::AiReport:
            return "ai-report";
        case ExportedKind::Heatmap:
            return "heatmap";
        case ExportedKind::Report:
            return "report";
    }
    return "image";
}

Result<DicomExportSummary> exportPatientDicom(const DicomExportInput& input,
                                              const std::filesystem::path& target,
                                              const DicomExportOptions& options,
                                              const ProgressCallback& progress,
                                              const CancelCallback& cancel) {
    try {
        return output::PatientExporter(input, target, options, progress, cancel).run();
    } catch (const std::exception& e) {  // OpenCV or the standard library (allocation)
        return fail(ErrorCode::Internal, target.string(),
                    std::string("export failed: ") + e.what());
    }
}

}  // namespace dermalens
