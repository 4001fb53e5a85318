#!/usr/bin/env bash
# Newcomer's first command: install dependencies, build a release, start the viewer.
# Extra arguments go to the viewer (files, folders, --demo).
set -euo pipefail
cd "$(dirname "$0")/.."
packaging/install-deps.sh
cmake --preset release
cmake --build --preset release -j "$(nproc)" --target dermalens dermalens-cli
exec build-release/app/gui/dermalens "$@"
