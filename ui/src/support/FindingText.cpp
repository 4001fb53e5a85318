#include "support/FindingText.h"

#include <QDateTime>
#include <QStringList>

#include "support/QtConvert.h"

namespace dermalens::ui {

QString FindingText::decision(ManagementDecision decision) {
    switch (decision) {
        case ManagementDecision::Reassure:
            return tr("Reassure");
        case ManagementDecision::Monitor:
            return tr("Monitor");
        case ManagementDecision::Excise:
            return tr("Excise");
        case ManagementDecision::Refer:
            return tr("Refer");
        case ManagementDecision::NotStated:
            break;
    }
    return tr("Not stated");
}

QString FindingText::management(const Management& m) {
    if (m.decision == ManagementDecision::Monitor && m.monitor_interval_months > 0)
        return tr("Monitor, review in %n month(s)", nullptr, m.monitor_interval_months);
    if (m.decision == ManagementDecision::Refer && !m.referred_to.empty())
        return tr("Refer to %1").arg(qs(m.referred_to));
    return decision(m.decision);
}

QString FindingText::agreement(AiAgreement agreement) {
    switch (agreement) {
        case AiAgreement::Agree:
            return tr("agrees with the AI");
        case AiAgreement::Disagree:
            return tr("disagrees with the AI");
        case AiAgreement::NotStated:
            break;
    }
    return tr("AI agreement not stated");
}

QString FindingText::criterion(const std::string& name) {
    if (name == "atypical pigment network") return tr("atypical pigment network");
    if (name == "blue-whitish veil") return tr("blue-whitish veil");
    if (name == "atypical vascular pattern") return tr("atypical vascular pattern");
    if (name == "irregular streaks") return tr("irregular streaks");
    if (name == "irregular pigmentation") return tr("irregular pigmentation");
    if (name == "irregular dots/globules") return tr("irregular dots/globules");
    if (name == "regression structures") return tr("regression structures");
    return qs(name);
}

namespace {

QString joined(const std::vector<std::string>& names) {
    QStringList list;
    for (const auto& n : names) list << FindingText::criterion(n);
    return list.join(QStringLiteral(", "));
}

}  // namespace

QString FindingText::sevenPoint(const SevenPointScore& s) {
    QString text =
        tr("Total %1 (major %2, minor %3)").arg(s.total).arg(s.major_points).arg(s.minor_points);
    text += QStringLiteral(": ");
    text += s.suggests_melanoma
                ? tr("≥ %1 suggests melanoma, consider excision").arg(kSevenPointMelanomaThreshold)
                : tr("below %1, no melanoma suggested").arg(kSevenPointMelanomaThreshold);
    if (!s.criteria_present.empty())
        text += u'\n' + tr("Scored: %1").arg(joined(s.criteria_present));
    if (!s.complete())
        text += u'\n' + tr("Not assessed (score incomplete): %1").arg(joined(s.criteria_not_assessed));
    return text;
}

QString FindingText::aiShown(const AiShown& ai, const QString& className) {
    QStringList parts;
    parts << QStringLiteral("%1 %2 %").arg(className).arg(ai.top_probability * 100, 0, 'f', 0);
    parts << tr("malignant %1 %").arg(ai.malignant_probability * 100, 0, 'f', 0);
    if (ai.low_confidence) parts << tr("low confidence");
    if (ai.out_of_distribution) parts << tr("unusual image (out of distribution)");
    return parts.join(QStringLiteral(" · "));
}

QString FindingText::time(const std::string& iso) {
    QDateTime t = QDateTime::fromString(qs(iso), Qt::ISODate);
    if (!t.isValid()) return qs(iso);
    if (t.timeSpec() == Qt::LocalTime) t.setTimeSpec(Qt::UTC);  // the store writes UTC
    return t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString FindingText::summary(const Finding& f) {
    QStringList parts;
    parts << time(f.created_at);
    parts << (f.clinician.empty() ? tr("no clinician named") : qs(f.clinician));
    parts << management(f.management);
    parts << tr("7-point %1").arg(sevenPointScore(f.structures).total);
    if (f.agreement != AiAgreement::NotStated) parts << agreement(f.agreement);
    return parts.join(QStringLiteral(" · "));
}

}  // namespace dermalens::ui
