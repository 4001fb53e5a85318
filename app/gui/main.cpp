// dermalens: the desktop viewer. Parses the command line and starts the main window.
#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QTemporaryDir>
#include <QTimer>
#include <cstdio>
#include <optional>

#include "MainWindow.h"
#include "services/HeadlessRunner.h"
#include "services/LanguageLoader.h"
#include "services/Settings.h"
#include "support/Theme.h"

using namespace dermalens::ui;

namespace {

struct Options {
    QCommandLineOption demo{QStringLiteral("demo"),
                            QStringLiteral("Open the SYNTHETIC demo study.")};
    QCommandLineOption model{QStringLiteral("model"),
                             QStringLiteral("Model package folder (this run only)."),
                             QStringLiteral("dir")};
    QCommandLineOption store{
        QStringLiteral("store"),
        QStringLiteral("Record store folder (this run only). The headless modes use a "
                       "temporary store unless this is given."),
        QStringLiteral("dir")};
    QCommandLineOption screenshot{
        QStringLiteral("screenshot"),
        QStringLiteral("Render the main views of the demo study to PNGs in DIR and exit."),
        QStringLiteral("dir")};
    QCommandLineOption latency{
        QStringLiteral("measure-latency"),
        QStringLiteral("Open the paths (or the demo), analyse them, print the largest "
                       "event-loop stall and exit.")};
    QCommandLineOption language{
        QStringLiteral("language"),
        QStringLiteral("User interface language for this run only: en, ru, ko or kk."),
        QStringLiteral("code")};
};

void parse(QCommandLineParser& parser, const Options& o, const QApplication& app) {
    parser.setApplicationDescription(
        QStringLiteral("Offline dermoscopy viewer with AI decision support"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("paths"),
                                 QStringLiteral("Image files or folders to open."),
                                 QStringLiteral("[paths...]"));
    parser.addOptions({o.demo, o.model, o.store, o.screenshot, o.latency, o.language});
    parser.process(app);
}

// Scripted runs import the demo: they must not leave it in the user's records, so they get
// a temporary store unless --store names one. False when no temporary store can be made.
bool chooseStore(const QCommandLineParser& parser, const Options& o, Settings& settings,
                 std::optional<QTemporaryDir>& temporary) {
    if (parser.isSet(o.store)) {
        settings.overrideStoreDirectory(parser.value(o.store));
        return true;
    }
    if (!parser.isSet(o.screenshot) && !parser.isSet(o.latency)) return true;
    temporary.emplace();
    if (!temporary->isValid()) return false;
    settings.overrideStoreDirectory(temporary->filePath(QStringLiteral("store")));
    return true;
}

}  // namespace

int main(int argc, char* argv[]) {
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Dermalens"));
    QApplication::setApplicationName(QStringLiteral("Dermalens"));
    QApplication::setApplicationVersion(QStringLiteral(DERMALENS_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/dermalens.svg")));
    QCommandLineParser parser;
    const Options o;
    parse(parser, o, app);

    Settings settings;
    const QString code = parser.isSet(o.language) ? parser.value(o.language) : settings.language();
    if (!LanguageLoader::install(&app, code) && parser.isSet(o.language) &&
        code != QLatin1String("en"))
        std::fprintf(stderr, "dermalens: no translation for language '%s'; using English\n",
                     qPrintable(code));
    Theme::apply(app);
    if (parser.isSet(o.model)) settings.overrideModelDirectory(parser.value(o.model));
    std::optional<QTemporaryDir> temporaryStore;  // declared before the window: outlives it
    if (!chooseStore(parser, o, settings, temporaryStore)) {
        std::fprintf(stderr, "dermalens: cannot create a temporary record store\n");
        return 2;
    }

    MainWindow window(&settings);
    if (parser.isSet(o.screenshot))
        return HeadlessRunner(&window).screenshots(parser.value(o.screenshot));
    if (parser.isSet(o.latency))
        return HeadlessRunner(&window).measureLatency(parser.positionalArguments());
    window.show();
    if (parser.isSet(o.demo))
        QTimer::singleShot(0, &window, [&window] { window.openDemo(); });
    else if (!parser.positionalArguments().isEmpty())
        QTimer::singleShot(0, &window, [&] { window.openPaths(parser.positionalArguments()); });
    return app.exec();
}
