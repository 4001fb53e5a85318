// A measurement the clinician drew on one image: a ruler line or an outlined area.
#pragma once

#include <optional>
#include <string>

#include "dermalens/records/Ids.h"
#include "dermalens/records/ImagePoint.h"

namespace dermalens {

using MeasurementId = RowId<struct MeasurementTag>;

enum class MeasurementKind {
    Line,  // two points; value = length
    Area,  // a closed polygon of three or more points; value = enclosed area
};

// "line", "area"; parseMeasurementKind returns nullopt for anything else.
[[nodiscard]] const char* toString(MeasurementKind kind);
[[nodiscard]] std::optional<MeasurementKind> parseMeasurementKind(const std::string& text);

struct Measurement {
    MeasurementId id;
    ImageId image;
    MeasurementKind kind = MeasurementKind::Line;
    ImagePolygon geometry;        // image pixels
    std::optional<double> value;  // in `unit`
    std::string unit;             // "mm", "mm2", "px", "px2"
    std::string label;
    std::string created_at;  // ISO 8601 UTC, set by the store
};

}  // namespace dermalens
