// Qt glue for the core's record types: qHash (so ImageId and row ids key QHash/QSet/QCache)
// and metatypes (so signals can carry them across queued connections and QVariant).
#pragma once

#include <QHashFunctions>
#include <QMetaType>

#include "dermalens/importing/ImportPlan.h"
#include "dermalens/records/AnalysisRecord.h"
#include "dermalens/records/Ids.h"

namespace dermalens {

// Found by argument-dependent lookup, so they must live in the ids' own namespace.
inline size_t qHash(const ImageId& id, size_t seed = 0) noexcept {
    return ::qHash(QByteArrayView(id.hex().data(), static_cast<qsizetype>(id.hex().size())), seed);
}

template <typename Tag>
size_t qHash(const RowId<Tag>& id, size_t seed = 0) noexcept {
    return ::qHash(static_cast<qint64>(id.value()), seed);
}

}  // namespace dermalens

Q_DECLARE_METATYPE(dermalens::ImageId)
Q_DECLARE_METATYPE(dermalens::PatientId)
Q_DECLARE_METATYPE(dermalens::LesionId)
Q_DECLARE_METATYPE(dermalens::AnalysisRecord)
Q_DECLARE_METATYPE(dermalens::ImportSummary)

namespace dermalens::ui {

// Registers the types above with the meta-object system (idempotent).
void registerRecordTypes();

}  // namespace dermalens::ui
