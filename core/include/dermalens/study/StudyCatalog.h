// StudyCatalog: groups image files into patients and lesions.
//
// Grouping rules, in order:
// 1. DICOM files: patient = PatientID (label: PatientName), lesion = SeriesInstanceUID
//    (label from body site when present).
// 2. Raster files in a folder tree: <root>/<patient>/<lesion>/<files> -> that patient and lesion;
//    <root>/<patient>/<files> -> each file its own lesion; files directly in <root> -> patient
//    named after <root>, one lesion per file.
// 3. manual reassignment (assignImage) overrides both.
// Dates: DICOM acquisition date, else a date in the file name, else empty. Output is
// deterministic: patients sorted by label, lesions by id, images oldest first (undated last).
// A raster lesion folder "L02-left-arm" gives body site "left arm" (see bodySiteFromFolder).
// Files that cannot be read are reported in `problems` and skipped; scanning continues.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "dermalens/Result.h"
#include "dermalens/study/Study.h"

namespace dermalens {

struct ScanProblem {
    std::filesystem::path path;
    std::string reason;
};

struct ScanResult {
    Study study;
    std::vector<ScanProblem> problems;
};

class StudyCatalog {
public:
    // Scans files and/or folders (recursively, supported extensions only).
    // Fails only with Cancelled; per-file failures go to ScanResult::problems.
    [[nodiscard]] static Result<ScanResult> scan(const std::vector<std::filesystem::path>& inputs,
                                                 const ProgressCallback& progress = {},
                                                 const CancelCallback& cancel = {});

    // Moves the image at `path` to patient `patient_id` / lesion `lesion_id` (created if new).
    // Fails with NotFound when the image is not in the study.
    [[nodiscard]] static Result<void> assignImage(Study& study, const std::filesystem::path& path,
                                                  const std::string& patient_id,
                                                  const std::string& lesion_id);

    // Date in a file name as YYYYMMDD: the first valid "YYYY-MM-DD" or "YYYYMMDD"
    // (e.g. "2024-03-12_visit.png", "IMG_20240312.jpg"); empty when there is none.
    [[nodiscard]] static std::string dateFromFileName(const std::string& file_name);

    // Body site from a lesion folder name: the part after the first '-', dashes as spaces
    // ("L02-left-arm" -> "left arm"); empty when the name has no '-'.
    [[nodiscard]] static std::string bodySiteFromFolder(const std::string& folder_name);
};

}  // namespace dermalens
