#include "ReportText.h"

namespace dermalens::report {

QString ReportText::date(const std::string& d) {
    if (d.size() != 8) return esc(d);
    return QString::fromStdString(d.substr(0, 4) + "-" + d.substr(4, 2) + "-" + d.substr(6, 2));
}

QString ReportText::visit(int number, const std::string& d, int day) {
    if (!d.empty()) return tr("visit %1 (%2)").arg(number).arg(date(d));
    return tr("visit %1 (day %2)").arg(number).arg(day >= 0 ? u'+' + QString::number(day)
                                                            : QString::number(day));
}

QString ReportText::sex(const std::string& code) {
    if (code == "F") return tr("female");
    if (code == "M") return tr("male");
    if (code == "O") return tr("other");
    return tr("not recorded");
}

QString ReportText::laterality(const std::string& code) {
    if (code == "L") return tr("left");
    if (code == "R") return tr("right");
    if (code == "B") return tr("midline / both");
    return {};
}

QString ReportText::kind(ImageKind kind) {
    switch (kind) {
        case ImageKind::Dermoscopic: return tr("dermoscopic");
        case ImageKind::ClinicalCloseUp: return tr("clinical close-up");
        case ImageKind::Overview: return tr("overview");
    }
    return {};
}

QString ReportText::changeFlag(LesionFlag flag) {
    switch (flag) {
        case LesionFlag::New: return tr("new since the previous visit");
        case LesionFlag::Changed: return tr("changed");
        case LesionFlag::Unchanged: return tr("unchanged");
        case LesionFlag::NotComparable: return tr("not comparable");
        case LesionFlag::NotImagedLatest: return tr("not imaged at the latest visit");
        case LesionFlag::SingleVisit: return tr("single visit");
    }
    return {};
}

QString ReportText::decision(const Management& m) {
    switch (m.decision) {
        case ManagementDecision::NotStated: return tr("not stated");
        case ManagementDecision::Reassure: return tr("reassure");
        case ManagementDecision::Monitor:
            return m.monitor_interval_months > 0
                       ? tr("monitor, review in %1 months").arg(m.monitor_interval_months)
                       : tr("monitor");
        case ManagementDecision::Excise: return tr("excise");
        case ManagementDecision::Refer:
            return m.referred_to.empty() ? tr("refer") : tr("refer to %1").arg(esc(m.referred_to));
    }
    return {};
}

QString ReportText::agreement(AiAgreement a) {
    switch (a) {
        case AiAgreement::NotStated: return tr("not stated");
        case AiAgreement::Agree: return tr("agrees with the AI result");
        case AiAgreement::Disagree: return tr("disagrees with the AI result");
    }
    return {};
}

QString ReportText::flags(const ReportPrediction& p) {
    QStringList out;
    if (p.out_of_distribution) out << tr("OUT OF DISTRIBUTION: unlike the training images");
    if (p.low_confidence) out << tr("LOW CONFIDENCE: the classes are close");
    return out.isEmpty() ? tr("none") : out.join(QStringLiteral("; "));
}

QString ReportText::operatingPoint(const OperatingPoint& o) {
    const QString probability =
        o.malignant_threshold
            ? tr("malignant probability at or above %1 is called suspicious")
                  .arg(percent(*o.malignant_threshold))
            : tr("no threshold is applied to the malignant probability (it is shown, not "
                 "thresholded)");
    return tr("%1; a lesion is an ugly-duckling outlier when its robust z-score is above %2; "
              "out-of-distribution and low-confidence results are flagged.")
        .arg(probability)
        .arg(o.outlier_z, 0, 'f', 1);
}

}  // namespace dermalens::report
