// LanguageLoader: the viewer uses the report library's (dermalens/report/LanguageLoader.h),
// which also embeds the compiled translations, so the CLI's reports speak the same languages.
#pragma once

#include "dermalens/report/LanguageLoader.h"

namespace dermalens::ui {

using LanguageLoader = dermalens::report::LanguageLoader;

}  // namespace dermalens::ui
