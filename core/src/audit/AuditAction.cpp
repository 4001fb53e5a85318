#include <array>
#include <utility>

#include "dermalens/audit/AuditEntry.h"

namespace dermalens {
namespace {

constexpr std::array<std::pair<AuditAction, const char*>, 10> kNames{{
    {AuditAction::Open, "open"},
    {AuditAction::Import, "import"},
    {AuditAction::Analyse, "analyse"},
    {AuditAction::Finding, "finding"},
    {AuditAction::Export, "export"},
    {AuditAction::Send, "send"},
    {AuditAction::Retrieve, "retrieve"},
    {AuditAction::Delete, "delete"},
    {AuditAction::Backup, "backup"},
    {AuditAction::Restore, "restore"},
}};

}  // namespace

std::string toString(AuditAction action) {
    for (const auto& [value, name] : kNames)
        if (value == action) return name;
    return "unknown";
}

std::optional<AuditAction> parseAuditAction(const std::string& text) {
    for (const auto& [value, name] : kNames)
        if (text == name) return value;
    return std::nullopt;
}

}  // namespace dermalens
