#include "support/RecordTypes.h"

namespace dermalens::ui {

void registerRecordTypes() {
    qRegisterMetaType<ImageId>();
    qRegisterMetaType<PatientId>();
    qRegisterMetaType<LesionId>();
    qRegisterMetaType<AnalysisRecord>();
    qRegisterMetaType<ImportSummary>();
}

}  // namespace dermalens::ui
