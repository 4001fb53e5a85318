// Recording audit entries from the Workspace: the object names, the details JSON, and running
// a store change and its audit entry in one transaction (private to the core).
#pragma once

#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <utility>
#include <variant>

#include "dermalens/records/AnalysisRecord.h"
#include "dermalens/store/Store.h"

namespace dermalens::detail {

struct AuditField {
    std::string key;
    std::variant<std::string, std::int64_t, double, bool> value;
};

// A JSON object of the fields (text that is not valid UTF-8 is repaired, never thrown on).
[[nodiscard]] std::string auditDetails(std::initializer_list<AuditField> fields);

[[nodiscard]] std::string patientObject(PatientId id);     // "patient:12"
[[nodiscard]] std::string lesionObject(LesionId id);       // "lesion:3"
[[nodiscard]] std::string imageObject(const ImageId& id);  // "image:<sha256>"

// "analyse" of the analysis's image: model, version, top class, malignant probability, flags.
[[nodiscard]] AuditEvent analysisEvent(const AnalysisRecord& analysis);

// Runs `change` and appends `event` in one transaction: both happen or neither does.
template <typename Change>
auto withAudit(Store& store, const AuditEvent& event, Change&& change) -> decltype(change()) {
    std::optional<decltype(change())> result;
    auto done = store.transaction([&]() -> Result<void> {
        result.emplace(change());
        if (!*result) return tl::unexpected(result->error());
        auto entry = store.appendAudit(event);
        if (!entry) return tl::unexpected(entry.error());
        return {};
    });
    if (!done) return tl::unexpected(done.error());
    return std::move(*result);
}

}  // namespace dermalens::detail
