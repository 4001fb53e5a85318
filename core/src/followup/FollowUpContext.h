// What the Workspace's follow-up calls gather about one stored image (private).
#pragma once

#include <filesystem>
#include <optional>
#include <string>

#include <opencv2/core/mat.hpp>

#include "dermalens/Result.h"
#include "dermalens/model/ModelCard.h"
#include "dermalens/records/FollowUpRecords.h"
#include "dermalens/store/ImageVault.h"
#include "dermalens/store/Store.h"

namespace dermalens::followup {

struct ImageContext {
    ImageEntry entry;
    std::filesystem::path path;          // the managed copy
    std::optional<double> mm_per_pixel;  // stored calibration, else the DICOM pixel spacing
    std::optional<LesionContour> contour;
    std::string date;  // acquisition date, else the visit's
};

// Reads the image's record, calibration, contour and date (call under the store lock).
[[nodiscard]] Result<ImageContext> imageContext(const Store& store, const ImageVault& vault,
                                                const ImageId& id);
// Full-resolution RGB pixels of the managed copy; errors name the file.
[[nodiscard]] Result<cv::Mat> decodeRgb(const ImageContext& context);
// The automatic contour of the decoded image; InvalidArgument naming the file when no lesion
// is found.
[[nodiscard]] Result<LesionContour> automaticContour(const ImageContext& context,
                                                     const cv::Mat& rgb);
// The AI result as a finding keeps it; `card` names the top class (may be null).
[[nodiscard]] AiShown aiShown(const AnalysisRecord& analysis, const ModelCard* card);
// Length (line) or area of the geometry, in mm / mm2 when calibrated, else px / px2.
void measure(Measurement& measurement, std::optional<double> mm_per_pixel);

}  // namespace dermalens::followup
