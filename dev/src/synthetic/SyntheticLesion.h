// The pigmented lesion of a SYNTHETIC demo image: an irregular polar contour, melanin-like
// pigment with central hyperpigmentation, a reticular pigment network, and for atypical lesions
// dark blotches, blue-grey veil, red areas and peripheral dots.
#pragma once

#include <opencv2/core.hpp>

#include "dermalens/synthetic/DemoStudyGenerator.h"

namespace dermalens::synthetic {

// Paints the lesion described by `style` onto `rgb` (CV_32FC3, RGB in [0,1]). Its shape,
// colour regions and network come from `shape_rng` only, so one shape seed painted with a
// slightly grown style looks like the same lesion at a later visit.
void paintLesion(cv::RNG& shape_rng, cv::Mat& rgb, const DemoLesionStyle& style);

}  // namespace dermalens::synthetic
