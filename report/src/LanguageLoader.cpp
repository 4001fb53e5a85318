#include "dermalens/report/LanguageLoader.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include "dermalens/platform/ShippedData.h"

namespace dermalens::report {

QStringList LanguageLoader::available() {
    return {QStringLiteral("ru"), QStringLiteral("ko"), QStringLiteral("kk")};
}

QString LanguageLoader::qmPath(const QString& code) {
    // An installed .qm (share/dermalens/translations) can be updated without a rebuild, so it
    // wins over the copy compiled into the program.
    const std::string name = "dermalens_" + code.toStdString() + ".qm";
    const auto found = findShippedData(currentExecutable(), std::filesystem::path("translations") / name,
                                       std::filesystem::path(":/i18n/" + name));
    return QString::fromStdString(found.string());
}

bool LanguageLoader::install(QCoreApplication* app, const QString& code) {
    const QString language = code.isEmpty() ? QLocale::system().name().section(u'_', 0, 0) : code;
    if (language == QLatin1String("en") || !available().contains(language)) return false;
    auto* own = new QTranslator(app);
    if (!own->load(qmPath(language))) {
        delete own;
        return false;
    }
    app->installTranslator(own);
    auto* qt = new QTranslator(app);  // Qt's own dialogs (file dialogs, buttons)
    if (qt->load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app->installTranslator(qt);
    else
        delete qt;
    return true;
}

}  // namespace dermalens::report
