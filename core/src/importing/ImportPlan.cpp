#include "dermalens/importing/ImportPlan.h"

#include <algorithm>

namespace dermalens {

std::string toString(ImportAction action) {
    switch (action) {
        case ImportAction::Import: return "import";
        case ImportAction::Duplicate: return "duplicate";
        case ImportAction::NeedsReview: return "review";
    }
    return "import";
}

std::size_t ImportPlan::count(ImportAction action) const {
    return static_cast<std::size_t>(std::count_if(
        items.begin(), items.end(), [action](const ImportItem& i) { return i.action == action; }));
}

}  // namespace dermalens
