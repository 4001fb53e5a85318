#!/usr/bin/env bash
# The test command (README and CI): install dependencies, configure, build, run every test.
set -euo pipefail
cd "$(dirname "$0")/.."
packaging/install-deps.sh
cmake --preset default
cmake --build --preset default -j "$(nproc)"
ctest --preset default -j "$(nproc)"
