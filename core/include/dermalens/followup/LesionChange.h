// Change of one lesion between two images (two visits): registration, then size, border and
// colour measures.
//
// Two registrations are made. `registration` aligns the whole images: it is what an overlay
// shows. `size_registration` aligns only the skin around the lesion (the lesion and a band
// around it are left out), because a lesion that grew would pull a whole-image alignment's
// scale along and hide its own growth.
//
// Sizes are comparable ("basis") when both images are calibrated (millimetres, whatever the
// registrations say), or when the skin registration is trusted (the AFTER outline is mapped
// into BEFORE's pixels, in millimetres when either calibration is known). Otherwise the ratios
// are NaN and `comparable` is false: the two images' pixels are not known to be the same size
// (too little skin texture around the lesion; calibrate the images to compare them).
#pragma once

#include <optional>
#include <string>

#include <opencv2/core/mat.hpp>

#include "dermalens/Result.h"
#include "dermalens/followup/ColourChange.h"
#include "dermalens/followup/LesionSegmentation.h"
#include "dermalens/followup/LesionShape.h"
#include "dermalens/followup/Registration.h"

namespace dermalens {

struct LesionImage {
    cv::Mat rgb;                          // CV_8UC3
    std::optional<ImagePolygon> outline;  // stored contour; segmented automatically when absent
    std::optional<double> mm_per_pixel;   // calibration, when known
};

enum class SizeBasis { Calibrated, Registered, None };
[[nodiscard]] const char* toString(SizeBasis basis);  // "calibrated", "registered", "none"

struct LesionChange {
    RegistrationResult registration;             // whole images, for display
    RegistrationResult size_registration;        // skin around the lesion, for the sizes
    ImagePolygon before_outline, after_outline;  // each in its own image's pixels
    ImagePolygon after_outline_on_before;        // AFTER's outline in BEFORE's pixels (skin
                                           // registration when trusted, else the whole-image one)
    ShapeMeasures before, after;  // `after` on the basis below (BEFORE's pixels when registered)
    SizeBasis basis = SizeBasis::None;
    bool comparable = false;
    double area_ratio = 0;       // after / before; NaN when not comparable
    double diameter_change = 0;  // after - before, in before.length_unit; NaN when not
    double diameter_ratio = 0;
    double compactness_change = 0;  // after - before (needs no common scale)
    double solidity_change = 0;
    ColourChange colour;
    std::string segmentation_method;  // of the outlines found automatically, else empty
};

struct ChangeOptions {
    RegistrationOptions registration;
    SegmentationOptions segmentation;
};

// InvalidArgument when an image is unusable or no lesion is found on one of them (the reason
// says which); registration failure is not an error (see `basis`).
[[nodiscard]] Result<LesionChange> measureLesionChange(const LesionImage& before,
                                                       const LesionImage& after,
                                                       const ChangeOptions& options = {});

}  // namespace dermalens
