// dermalens-cli: skin-lesion classification from the command line (predict, rank, evaluate, bench).
#include <iostream>
#include <vector>

#include "Commands.h"

int main(int argc, char** argv) {
    using namespace dermalens::cli;
    CLI::App app{
        "Dermalens command-line tool: classify dermoscopy images, rank a patient's lesions, "
        "evaluate a model on a labelled set, benchmark it, and keep a patient store (import, "
        "list, analyse, backup, restore), and write PDF reports.",
        "dermalens-cli"};
    app.set_version_flag("--version", DERMALENS_VERSION);
    app.require_subcommand(1, 1);
    const std::vector<Subcommand> commands{addPredictCommand(app), addRankCommand(app),
                                           addEvaluateCommand(app), addBenchCommand(app),
                                           addImportCommand(app),  addListCommand(app),
                                           addAnalyseCommand(app), addBackupCommand(app),
                                           addRestoreCommand(app), addChangeCommand(app),
                                           addExportDicomCommand(app), addPacsCommand(app),
                                           addAuditCommand(app),   addReportCommand(app),
                                           addRankEvalCommand(app)};
    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        // --help / --version exit 0; every other parse error is a usage error.
        return app.exit(e) == 0 ? kExitOk : kExitUsage;
    }
    for (const auto& command : commands)
        if (command.app->parsed()) return command.run();
    return kExitUsage;
}
