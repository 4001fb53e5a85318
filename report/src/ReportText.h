// The report's words: one translation context for every sentence of the report, and the
// formatting shared by its sections (private to the report library).
#pragma once

#include <QCoreApplication>
#include <QString>

#include "dermalens/output/ReportContent.h"

namespace dermalens::report {

class ReportText {
    Q_DECLARE_TR_FUNCTIONS(dermalens::report::ReportText)
public:
    // The sentence the viewer's prediction panel shows: one translation for both.
    [[nodiscard]] static QString notADiagnosis() {
        return QCoreApplication::translate("dermalens::ui::PredictionPanel",
                                           "Decision support only — not a diagnosis.");
    }
    [[nodiscard]] static QString esc(const std::string& utf8) {
        return QString::fromStdString(utf8).toHtmlEscaped();
    }
    [[nodiscard]] static QString percent(double p) {
        return QStringLiteral("%1 %").arg(p * 100.0, 0, 'f', 1);
    }
    // YYYYMMDD as YYYY-MM-DD; anything else as it is.
    [[nodiscard]] static QString date(const std::string& yyyymmdd);
    // "visit 2 (2024-05-01)", or "visit 2 (day +182)" when the dates were removed.
    [[nodiscard]] static QString visit(int number, const std::string& date, int day);
    [[nodiscard]] static QString sex(const std::string& code);
    [[nodiscard]] static QString laterality(const std::string& code);
    [[nodiscard]] static QString kind(ImageKind kind);
    [[nodiscard]] static QString changeFlag(LesionFlag flag);
    [[nodiscard]] static QString decision(const Management& management);
    [[nodiscard]] static QString agreement(AiAgreement agreement);
    [[nodiscard]] static QString flags(const ReportPrediction& prediction);
    // "Operating point: 95 % malignant sensitivity (specificity 61.0 %), threshold 12.34 %: …"
    [[nodiscard]] static QString operatingPoint(const ReportOperatingPoint& point);
    // The point's name: "95 % malignant sensitivity", "Youden (melanoma)", "default".
    [[nodiscard]] static QString pointName(const OperatingPoint& point);
    // "yes (at or above 12.34 %)" / "no (below 12.34 %)".
    [[nodiscard]] static QString suspicious(const ReportPrediction& prediction,
                                            const OperatingPoint& point);
};

}  // namespace dermalens::report
