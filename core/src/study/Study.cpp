#include "dermalens/study/Study.h"

namespace dermalens {

std::size_t Study::imageCount() const {
    std::size_t count = 0;
    for (const auto& patient : patients) {
        for (const auto& lesion : patient.lesions) count += lesion.images.size();
    }
    return count;
}

}  // namespace dermalens
