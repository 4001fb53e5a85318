// Runs the built dermalens-cli from tests and captures what it prints.
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "TestPaths.h"

namespace dermalens::test {

struct CliRun {
    int status = -1;  // exit status, -1 when the process did not exit normally
    std::string out;  // stdout
    std::string err;  // stderr
};

// Single-quotes `s` for /bin/sh.
std::string shellQuote(const std::string& s);

// Runs DERMALENS_CLI_BINARY with `args` (already quoted where needed), with optional
// environment assignments `env` in front; stderr is captured through a file in `dir`.
CliRun runCli(const std::string& args, const TempDir& dir, const std::string& env = "");

// One JSON document per non-empty line.
std::vector<nlohmann::json> jsonLines(const std::string& text);

}  // namespace dermalens::test
