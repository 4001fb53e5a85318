// Helpers for the UI tests: which model to use, waiting on the event loop.
#pragma once

#include <QString>
#include <filesystem>
#include <functional>

namespace dermalens::test {

struct ModelChoice {
    QString directory;       // empty when no model is available
    bool isDefault = false;  // the real embedded model (its embeddings are meaningful)
};

// The default model when its model.json exists, else a tiny test model, else none.
ModelChoice chooseModel();

// Runs the event loop until `done` or the timeout; false on timeout.
bool waitFor(const std::function<bool()>& done, int timeoutMs = 60'000);

}  // namespace dermalens::test
