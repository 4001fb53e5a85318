#include "PythonReference.h"

#include <sys/wait.h>
#include <cstdio>
#include <sstream>

namespace dermalens::cli {
namespace {

std::string shellQuote(const std::string& s) {
    std::string out = "'";
    for (char c : s) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return out + "'";
}

std::string buildCommand(const PythonBenchRequest& r) {
    // Positionals first: the reference's argparse does not accept them after --bench.
    std::string cmd = shellQuote(r.python) + " " + shellQuote(r.script.string()) + " " +
                      shellQuote(r.model_dir.string());
    for (const auto& image : r.images) cmd += " " + shellQuote(image);
    return cmd + " --bench --threads " + std::to_string(r.threads) + " 2>&1";
}

}  // namespace

Result<Json> runPythonBench(const PythonBenchRequest& request) {
    std::error_code ec;
    if (!std::filesystem::exists(request.script, ec))
        return fail(ErrorCode::NotFound, request.script.string(), "reference script not found");
    if (!std::filesystem::exists(request.python, ec))
        return fail(ErrorCode::NotFound, request.python, "Python interpreter not found");
    FILE* pipe = popen(buildCommand(request).c_str(), "r");
    if (pipe == nullptr) return fail(ErrorCode::Internal, request.python, "cannot start Python");
    std::string output;
    char buffer[4096];
    while (std::fgets(buffer, sizeof buffer, pipe) != nullptr) output += buffer;
    const int status = pclose(pipe);
    // The reference prints its JSON as the last line; anything before is warnings.
    std::istringstream lines(output);
    std::string line, last;
    while (std::getline(lines, line))
        if (!line.empty()) last = line;
    const auto parsed = Json::parse(last, nullptr, false);
    if (status != 0 || parsed.is_discarded() || !parsed.is_object())
        return fail(ErrorCode::Internal, request.script.string(),
                    "the Python reference failed (exit " + std::to_string(WEXITSTATUS(status)) +
                        "): " + last);
    return parsed;
}

}  // namespace dermalens::cli
