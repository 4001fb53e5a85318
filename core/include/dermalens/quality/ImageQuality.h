// Image quality checks run before the AI: defects known to mislead skin classifiers.
//
// Every check works on the image scaled so its longer side is 200 px (HAM10000's size, the
// scale the thresholds were measured at) and reports one measured figure, its threshold, a
// flag and a short reason in plain English. Methods (figures at the 200 px scale):
//
// - blur: the variance of the Laplacian of the grey image after a further Gaussian blur
//   (sigma 1 px) divided by the variance of the Laplacian of the grey image itself. A sharp
//   image loses most of its Laplacian energy to that blur, an already blurred one little, and
//   the ratio is relative to the image's own contrast by construction (both scale alike).
//   Flagged above blur_max_ratio.
// - underexposure: median luminance (Rec. 601 luma, 0..255); the median ignores a
//   dermatoscope's black vignette corners. Flagged below underexposure_max_median.
// - overexposure: fraction of pixels with at least one channel at 250 or more (clipped).
//   Flagged above overexposure_max_clipped.
// - ink: fraction of pixels of saturated violet/blue-violet hue (HSV hue 250..300 degrees,
//   saturation >= 0.45, value >= 0.20, after a 2x2 opening): the surgical skin marker
//   (gentian violet). Skin and melanin are red-orange, pink skin lies above 300 degrees, the
//   blue-grey of a blue-white veil is unsaturated. Very dark violet lesions can still reach
//   the band (see the README). Flagged above ink_max_fraction.
// - ruler: long straight lines (Canny edges, HoughLinesP, at least 45 % of the longer side)
//   whose side shows regularly spaced, printed ticks: the grey profile sampled 2..7 px beside
//   the line, with slow shading removed (31 px moving mean) and an RMS of at least 12 grey
//   levels, has an autocorrelation peak at a lag P of 3..25 px (5 periods at least) and again
//   at 2P, 3P and 4P. The figure is the lowest of those four minus the lowest r at shorter
//   lags (about 1.2 for a printed ruler, 0 for most skin); its best over the 24 longest
//   lines. Flagged at ruler_min_periodicity or above. Hairs crossing a hair give a peak or
//   two, not four evenly spaced ones.
// - hair: black-hat of the grey image (3x3 Gaussian, then closing with a 9x9 ellipse minus
//   the image) above hair_contrast grey levels, kept only in thin elongated components (at
//   least 15 px long, mean width area / length at most 5 px, length being half of all the
//   component's boundaries so crossing hairs stay thin); the figure is their pixel fraction.
//   Flagged above hair_max_fraction.
//
// The default thresholds come from HAM10000 fold 0: the rate at which each check flags the
// unmodified images and the rate at which it flags the same images with the defect
// synthesised are in the README ("Image quality before the AI").
#pragma once

#include <string>
#include <vector>

#include "dermalens/Result.h"
#include "dermalens/imaging/Image.h"

namespace dermalens {

enum class QualityCheck { Blur, Underexposure, Overexposure, Ink, Ruler, Hair };

// "blur", "underexposure", "overexposure", "ink", "ruler", "hair".
[[nodiscard]] const char* qualityCheckName(QualityCheck check);

struct QualityThresholds {
    double blur_max_ratio = 0.24;             // re-blurred / original Laplacian variance
    double underexposure_max_median = 75.0;   // median luma
    double overexposure_max_clipped = 0.40;   // fraction of pixels with a channel >= 250
    double ink_max_fraction = 0.005;          // fraction of violet pixels
    double ruler_min_periodicity = 1.0;       // tick autocorrelation prominence
    double hair_contrast = 12.0;              // black-hat grey levels
    double hair_max_fraction = 0.12;          // fraction of thin dark line pixels
};

struct QualityFinding {
    QualityCheck check = QualityCheck::Blur;
    double value = 0;      // the measured figure (see above)
    double threshold = 0;  // what it was compared with
    bool flagged = false;
    std::string reason;    // English, e.g. "blurred image (blur ratio 0.61, above 0.24)"
};

struct ImageQualityReport {
    std::vector<QualityFinding> findings;  // one per check, in QualityCheck order

    [[nodiscard]] bool anyFlagged() const;
    [[nodiscard]] const QualityFinding* find(QualityCheck check) const;
    [[nodiscard]] bool flagged(QualityCheck check) const;
};

// All checks. InvalidArgument (naming the image's source path) for an empty image or one
// that is not CV_8UC3; never throws.
[[nodiscard]] Result<ImageQualityReport> assessImageQuality(
    const Image& image, const QualityThresholds& thresholds = {});

}  // namespace dermalens
