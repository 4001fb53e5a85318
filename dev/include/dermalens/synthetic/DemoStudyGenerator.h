// DemoStudyGenerator: writes a SYNTHETIC demo study (dermoscopy-like lesions: skin texture,
// pigment network, irregular borders, hairs, vignetting) so the viewer can be tried without
// patient data. Every file name and patient label says SYNTHETIC.
//
// Layout written under `dir`: <dir>/SYNTHETIC-Patient-A/<lesion>/<visit>.png etc., which
// StudyCatalog::scan groups into patients and lesions. Patient A has a planted ugly duckling
// (one large, dark, asymmetric, multi-coloured lesion among similar small regular naevi);
// its lesion folder name is recorded in the returned info.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include <opencv2/core/mat.hpp>

#include "dermalens/Result.h"

namespace dermalens {

struct DemoStudyInfo {
    std::filesystem::path root;
    std::vector<std::string> patient_folders;
    std::string ugly_duckling_patient;  // folder name of the patient with the planted outlier
    std::string ugly_duckling_lesion;   // lesion folder name of the planted outlier
    int image_count = 0;
};

struct DemoLesionStyle {
    float radius_fraction = 0.25f;  // lesion radius relative to the image's shorter side
    float irregularity = 0.1f;      // 0 = round, 1 = very irregular border
    float darkness = 0.5f;          // 0 = light tan, 1 = very dark
    int colour_count = 1;           // distinct pigment colours (1 = uniform)
    bool pigment_network = true;
    int hairs = 3;
};

class DemoStudyGenerator {
public:
    explicit DemoStudyGenerator(std::uint32_t seed = 20261122) : seed_(seed) {}

    // One synthetic dermoscopy-like RGB image (CV_8UC3), deterministic for (seed, style, index).
    [[nodiscard]] cv::Mat renderLesion(const DemoLesionStyle& style, int index, int width = 400,
                                       int height = 300) const;

    // Writes the whole demo study; fails with Unreadable naming a file that cannot be written.
    [[nodiscard]] Result<DemoStudyInfo> write(const std::filesystem::path& dir) const;

private:
    std::uint32_t seed_;
};

}  // namespace dermalens
