// The dermalens-cli subcommands. Each add*Command registers its options on `parent` and
// returns the function that runs it (called only when that subcommand was parsed).
#pragma once

#include <functional>

#include <CLI/CLI.hpp>

namespace dermalens::cli {

// Exit statuses shared by every subcommand.
inline constexpr int kExitOk = 0;
inline constexpr int kExitInputFailed = 1;  // some input file could not be processed
inline constexpr int kExitUsage = 2;        // bad arguments, model not loadable, bad CSV

struct Subcommand {
    CLI::App* app = nullptr;
    std::function<int()> run;
};

Subcommand addPredictCommand(CLI::App& parent);
Subcommand addRankCommand(CLI::App& parent);
Subcommand addRankEvalCommand(CLI::App& parent);  // ranking methods on simulated patients
Subcommand addEvaluateCommand(CLI::App& parent);
Subcommand addBenchCommand(CLI::App& parent);
// The patient store (the same Workspace the viewer uses).
Subcommand addImportCommand(CLI::App& parent);
Subcommand addListCommand(CLI::App& parent);
Subcommand addAnalyseCommand(CLI::App& parent);
Subcommand addBackupCommand(CLI::App& parent);
Subcommand addRestoreCommand(CLI::App& parent);
Subcommand addChangeCommand(CLI::App& parent);  // follow-up: two visits of a lesion
// Results that leave the program: DICOM export, PACS, the audit trail.
Subcommand addExportDicomCommand(CLI::App& parent);
Subcommand addPacsCommand(CLI::App& parent);
Subcommand addAuditCommand(CLI::App& parent);
Subcommand addReportCommand(CLI::App& parent);  // the PDF report (Qt Gui, offscreen)

}  // namespace dermalens::cli
