#!/usr/bin/env bash
# Builds the `fuzz` preset (clang-14, libFuzzer, ASan + UBSan) and runs each fuzz target for
# SECONDS_EACH seconds (default 20), one after another, starting from its seed corpus in
# tests/fuzz/corpus/<target>/. Fails when any target finds a crash, a leak, a timeout, an
# out-of-memory or a sanitizer report; the input that did it is kept under
# build-fuzz/findings/<target>/ (crash-*, leak-*, timeout-*, oom-*) with the log.
#
#   tests/fuzz/run-fuzzers.sh [SECONDS_EACH] [TARGET...]      e.g. run-fuzzers.sh 300 dicom
#
# To replay a finding: build-fuzz/tests/fuzz/fuzz_<target> build-fuzz/findings/<target>/crash-...
set -uo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-20}
shift $(( $# > 0 ? 1 : 0 ))
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(raster dicom model_card metadata_csv import_grouping)

cmake --preset fuzz >/dev/null || exit 1
cmake --build --preset fuzz -j "${DERMALENS_FUZZ_BUILD_JOBS:-$(nproc)}" || exit 1

export ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=0
export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
status=0
for target in "${targets[@]}"; do
    work=build-fuzz/findings/$target
    mkdir -p "$work/corpus" "$work/tmp"  # what this run adds; the seeds stay as committed
    # -timeout: one input may take this long; -rss_limit_mb: the whole process may use this much.
    started=$SECONDS
    # libFuzzer ends with _Exit, so the targets' scratch folders are left in $work/tmp.
    TMPDIR="$PWD/$work/tmp" build-fuzz/tests/fuzz/fuzz_"$target" -max_total_time="$seconds" \
        -timeout=30 -rss_limit_mb=2560 -max_len=65536 -print_final_stats=1 -artifact_prefix="$work/" \
        "$work/corpus" "tests/fuzz/corpus/$target" >"$work/log.txt" 2>&1
    rc=$?
    rm -rf "$work/tmp"
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$work/log.txt")
    echo "fuzz_$target: exit $rc, ${runs:-0} executions in $(( SECONDS - started )) s," \
         "$(ls "$work/corpus" | wc -l) inputs in its grown corpus"
    if [ $rc -ne 0 ]; then
        grep -E "ERROR|SUMMARY|broken promise|runtime error|Test unit written" "$work/log.txt" | head -20
        status=1
    fi
done
exit $status
