#include "support/ChangeText.h"

#include <QCoreApplication>
#include <QStringList>

#include "support/QtConvert.h"

namespace dermalens::ui {
namespace {

QString number(double value, int decimals) { return QString::number(value, 'f', decimals); }

QString signedNumber(double value, int decimals) {
    return (value >= 0 ? QStringLiteral("+") : QString()) + number(value, decimals);
}

QString basisText(SizeBasis basis) {
    switch (basis) {
        case SizeBasis::Calibrated:
            return QCoreApplication::translate("ChangeText", "both images calibrated");
        case SizeBasis::Registered:
            return QCoreApplication::translate("ChangeText", "aligned on the surrounding skin");
        case SizeBasis::None:
            break;
    }
    return QCoreApplication::translate("ChangeText", "no common scale");
}

QStringList sizeLines(const LesionChange& change) {
    if (!change.comparable)
        return {QCoreApplication::translate(
                    "ChangeText",
                    "Sizes not comparable: the images are not calibrated and the skin around "
                    "the lesion could not be aligned (%1). Calibrate both images to compare them.")
                    .arg(qs(change.size_registration.reason))};
    const QString unit = qs(change.before.length_unit);
    const QString area = qs(change.before.area_unit);
    return {
        QCoreApplication::translate("ChangeText", "Area ratio: %1 (%2 → %3 %4)")
            .arg(number(change.area_ratio, 2), number(change.before.area, 1),
                 number(change.after.area, 1), area),
        QCoreApplication::translate("ChangeText", "Longest diameter: %1 %2 (%3 → %4 %2, ratio %5)")
            .arg(signedNumber(change.diameter_change, 2), unit,
                 number(change.before.longest_diameter, 2),
                 number(change.after.longest_diameter, 2), number(change.diameter_ratio, 2)),
        QCoreApplication::translate("ChangeText", "Sizes compared: %1")
            .arg(basisText(change.basis))};
}

}  // namespace

QString registrationSummary(const RegistrationResult& registration) {
    if (registration.trusted)
        return QCoreApplication::translate("ChangeText",
                                           "Alignment trusted (%1 matching points, correlation %2)")
            .arg(registration.quality.inliers)
            .arg(number(registration.quality.correlation, 2));
    return QCoreApplication::translate("ChangeText", "Alignment not trusted: %1")
        .arg(qs(registration.reason));
}

QString changeSummary(const VisitComparison& comparison) {
    const LesionChange& change = comparison.change;
    QStringList lines;
    lines << QCoreApplication::translate("ChangeText", "Visits compared: %1 → %2")
                 .arg(formatDate(comparison.before_date), formatDate(comparison.after_date));
    lines << sizeLines(change);
    lines << QCoreApplication::translate(
                 "ChangeText", "Colour change: ΔE %1 (mean L*a*b*), distribution distance %2")
                 .arg(number(change.colour.mean_delta_e, 1),
                      number(change.colour.distribution_emd, 2));
    lines << QCoreApplication::translate("ChangeText", "Border: compactness %1, solidity %2")
                 .arg(signedNumber(change.compactness_change, 3),
                      signedNumber(change.solidity_change, 3));
    lines << registrationSummary(change.registration);
    return lines.join(u'\n');
}

}  // namespace dermalens::ui
