#!/usr/bin/env bash
# run_fuzzers.sh [BUILD_DIR]: builds the libFuzzer harnesses (if needed) and runs each one
# briefly from its seed corpus in tests/fuzz/corpus/<name>/ (left unchanged: new inputs go to a
# scratch corpus under BUILD_DIR). Prints "fuzz <name>: <N> runs, 0 crashes" per harness and
# exits non-zero on the first crash, leak, sanitizer report, timeout or broken promise, with
# the input saved under BUILD_DIR/artifacts/. README.md says how to run them for longer.
#
#   FUZZ_SECONDS (default 20)  time per harness    FUZZ_MAX_RUNS (default 2000000)  runs per harness
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build=${1:-$root/build/fuzz}
seconds=${FUZZ_SECONDS:-20}
max_runs=${FUZZ_MAX_RUNS:-2000000}
fuzzers=(fuzz_contentparser fuzz_searchquery fuzz_dataimport fuzz_diagramdocument)

if [ ! -f "$build/CMakeCache.txt" ]; then
    echo "error: $build is not configured; scripts/reliability does that (clang, -DSTARLOOP_FUZZ=ON)" >&2
    exit 2
fi
cmake --build "$build" --target starloop_fuzzers -j "${STARLOOP_JOBS:-2}"

mkdir -p "$build/artifacts"
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1}
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$root/tests/reliability/lsan.supp:print_suppressions=0}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}

status=0
for name in "${fuzzers[@]}"; do
    scratch=$build/corpus/$name
    mkdir -p "$scratch"
    log=$build/$name.log
    if "$build/fuzz/$name" -max_total_time="$seconds" -runs="$max_runs" -timeout=10 -rss_limit_mb=4096 \
        -print_final_stats=1 -artifact_prefix="$build/artifacts/$name-" \
        "$scratch" "$here/corpus/$name" >"$log" 2>&1; then
        runs=$(grep -Eo 'Done [0-9]+ runs' "$log" | grep -Eo '[0-9]+' | tail -1)
        echo "fuzz $name: ${runs:-?} runs, 0 crashes"
    else
        status=1
        echo "fuzz $name: CRASHED (log: $log)"
        grep -E 'ERROR|FUZZ_CHECK|runtime error|Test unit written|SUMMARY' "$log" | head -n 20 || true
        break
    fi
done
exit $status
