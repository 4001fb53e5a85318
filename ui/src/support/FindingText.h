// FindingText: the clinician's findings in words, in the UI language: management decisions,
// AI agreement, the 7-point checklist's criteria and verdict, and one-line summaries of stored
// findings for the history list.
#pragma once

#include <QCoreApplication>
#include <QString>

#include "dermalens/followup/SevenPointChecklist.h"
#include "dermalens/records/Finding.h"

namespace dermalens::ui {

class FindingText {
    Q_DECLARE_TR_FUNCTIONS(dermalens::ui::FindingText)
public:
    [[nodiscard]] static QString decision(ManagementDecision decision);
    // "Monitor, review in 3 months", "Refer to dermatosurgery", "Excise".
    [[nodiscard]] static QString management(const Management& management);
    [[nodiscard]] static QString agreement(AiAgreement agreement);
    // The core's English criterion name ("blue-whitish veil") in the UI language.
    [[nodiscard]] static QString criterion(const std::string& name);
    // "Total 4 (major 2, minor 2): ≥ 3 suggests melanoma, consider excision", plus what scored
    // and what was not assessed.
    [[nodiscard]] static QString sevenPoint(const SevenPointScore& score);
    // The AI result as shown: "Melanoma 72 % · malignant 81 % · low confidence".
    [[nodiscard]] static QString aiShown(const AiShown& ai, const QString& className);
    // The store's ISO 8601 UTC time as local "yyyy-MM-dd HH:mm".
    [[nodiscard]] static QString time(const std::string& iso);
    // "2026-12-03 14:05 · Dr A · Monitor, review in 3 months · 7-point 2 · agrees with AI".
    [[nodiscard]] static QString summary(const Finding& finding);
};

}  // namespace dermalens::ui
