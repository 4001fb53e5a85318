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

QString ReportText::pointName(const OperatingPoint& p) {
    if (p.isDefault()) return tr("default");
    const bool melanoma = p.target == RocTarget::Melanoma;
    if (p.target_sensitivity) {
        const int value = qRound(*p.target_sensitivity * 100);
        return melanoma ? tr("%1 % melanoma sensitivity").arg(value)
                        : tr("%1 % malignant sensitivity").arg(value);
    }
    if (QString::fromStdString(p.name).endsWith(QLatin1String("Youden")))
        return melanoma ? tr("Youden (melanoma)") : tr("Youden (malignant)");
    return esc(p.name);
}

QString ReportText::suspicious(const ReportPrediction& prediction, const OperatingPoint& point) {
    const QString threshold = QStringLiteral("%1 %").arg(point.threshold * 100.0, 0, 'f', 2);
    return prediction.suspicious ? tr("SUSPICIOUS (at or above %1)").arg(threshold)
                                 : tr("no (below %1)").arg(threshold);
}

QString ReportText::operatingPoint(const ReportOperatingPoint& o) {
    const OperatingPoint& p = o.point;
    const QString threshold = QStringLiteral("%1 %").arg(p.threshold * 100.0, 0, 'f', 2);
    QString point;
    if (!o.applied)
        point = tr("Operating point: none (no model was loaded, no lesion is called suspicious)");
    else if (p.isDefault())
        point = tr("Operating point: default, threshold %1 (the model card has no validation "
                   "ROC)").arg(threshold);
    else
        point = tr("Operating point: %1 (sensitivity %2, specificity %3 on the validation "
                   "fold), threshold %4")
                    .arg(pointName(p), percent(*p.sensitivity), percent(*p.specificity),
                         threshold);
    return tr("%1: a calibrated malignant probability at or above the threshold is called "
              "suspicious; the ugly-duckling rank weighs each lesion's malignant evidence against "
              "the patient's own lesions, and the first is called most unusual when its score is "
              "at least %2 and its malignant probability at least %3; out-of-distribution and "
              "low-confidence results are flagged.")
        .arg(point)
        .arg(o.outlier_z, 0, 'f', 1)
        .arg(percent(PatientContextConfig{}.flag_probability));
}

}  // namespace dermalens::report
