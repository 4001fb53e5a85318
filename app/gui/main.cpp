// dermalens: the desktop viewer. Parses the command line and starts the main window.
#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QTimer>
#include <cstdio>

#include "services/HeadlessRunner.h"
#include "services/LanguageLoader.h"
#include "MainWindow.h"
#include "services/Settings.h"
#include "support/Theme.h"

using namespace dermalens::ui;

int main(int argc, char* argv[]) {
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Dermalens"));
    QApplication::setApplicationName(QStringLiteral("Dermalens"));
    QApplication::setApplicationVersion(QStringLiteral(DERMALENS_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/dermalens.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Offline dermoscopy viewer with AI decision support"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("paths"),
                                 QStringLiteral("Image files or folders to open."),
                                 QStringLiteral("[paths...]"));
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  QStringLiteral("Open the SYNTHETIC demo study."));
    const QCommandLineOption model(QStringLiteral("model"),
                                   QStringLiteral("Model package folder (this run only)."),
                                   QStringLiteral("dir"));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QStringLiteral("Render the main views of the demo study to PNGs in DIR and exit."),
        QStringLiteral("dir"));
    const QCommandLineOption latency(
        QStringLiteral("measure-latency"),
        QStringLiteral("Open the paths (or the demo), analyse them, print the largest "
                       "event-loop stall and exit."));
    const QCommandLineOption language(
        QStringLiteral("language"),
        QStringLiteral("User interface language for this run only: en, ru, ko or kk."),
        QStringLiteral("code"));
    parser.addOptions({demo, model, screenshot, latency, language});
    parser.process(app);

    Settings settings;
    const QString code = parser.isSet(language) ? parser.value(language) : settings.language();
    if (!LanguageLoader::install(&app, code) && parser.isSet(language) &&
        code != QLatin1String("en"))
        std::fprintf(stderr, "dermalens: no translation for language '%s'; using English\n",
                     qPrintable(code));
    Theme::apply(app);
    if (parser.isSet(model)) settings.overrideModelDirectory(parser.value(model));

    MainWindow window(&settings);
    if (parser.isSet(screenshot))
        return HeadlessRunner(&window).screenshots(parser.value(screenshot));
    if (parser.isSet(latency))
        return HeadlessRunner(&window).measureLatency(parser.positionalArguments());
    window.show();
    if (parser.isSet(demo))
        QTimer::singleShot(0, &window, [&window] { window.openDemo(); });
    else if (!parser.positionalArguments().isEmpty())
        QTimer::singleShot(0, &window, [&] { window.openPaths(parser.positionalArguments()); });
    return app.exec();
}
