// DemoStudy: where the SYNTHETIC demo files are written and how they are imported. The files
// are generated once per run (deterministic), then imported like any folder with
// ImportOptions::synthetic, so every demo patient is marked SYNTHETIC in the store.
#pragma once

#include <QFuture>
#include <QString>

#include "dermalens/Result.h"
#include "dermalens/importing/ImportOptions.h"
#include "dermalens/synthetic/DemoStudyGenerator.h"

namespace dermalens::ui {

class DemoStudy {
public:
    // <AppDataLocation>/demo-study.
    [[nodiscard]] static QString directory();
    // Writes the demo files into directory() on the global thread pool.
    [[nodiscard]] static QFuture<Result<DemoStudyInfo>> write();
    [[nodiscard]] static ImportOptions importOptions();
    // The patient the demo opens on (the one with the planted ugly duckling).
    [[nodiscard]] static QString firstPatientKey() { return QStringLiteral("Patient-A"); }
};

}  // namespace dermalens::ui
