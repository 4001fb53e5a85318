// LanguageLoader: installs the Dermalens and Qt translations for a language code. It lives in
// the report library (Qt Gui only) so the CLI's `report --language` loads the same .qm files
// as the viewer; the compiled translations are embedded here as :/i18n/dermalens_<code>.qm.
#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace dermalens::report {

class LanguageLoader {
public:
    // Languages with a translation ("ru", "ko", "kk"); English is the source language.
    [[nodiscard]] static QStringList available();
    // A language's compiled translation: the installed <exe>/../share/dermalens/translations/
    // dermalens_<code>.qm when present, else the embedded ":/i18n/dermalens_<code>.qm".
    [[nodiscard]] static QString qmPath(const QString& code);
    // Installs translators for `code` ("" = system locale, "en" = none). Returns false when no
    // Dermalens translation exists for it (the UI then stays in English).
    static bool install(QCoreApplication* app, const QString& code);
};

}  // namespace dermalens::report
