// JSON shapes of the store commands (import, list, analyse). Text is UTF-8; any byte that is
// not (a file name from a foreign disk) is replaced when printing, never thrown on.
#pragma once

#include <string>

#include "JsonOutput.h"
#include "dermalens/importing/ImportPlan.h"
#include "dermalens/records/AnalysisRecord.h"
#include "dermalens/study/Study.h"
#include "dermalens/workspace/LesionRanking.h"
#include "dermalens/workspace/Workspace.h"

namespace dermalens::cli {

[[nodiscard]] Json importSummaryJson(const ImportSummary& summary, const ImportPlan& plan);
[[nodiscard]] Json reviewItemJson(const ImportItem& item);
// patients -> lesions -> visits -> images, each image with its current analysis (or null).
[[nodiscard]] Json storeTreeJson(const Workspace& workspace, const Study& study);
[[nodiscard]] Json analysisJson(const AnalysisRecord& record, const ModelCard& card);
[[nodiscard]] Json rankingJson(const LesionRanking& ranking, const Patient& patient);

}  // namespace dermalens::cli
