#!/usr/bin/env bash
# Builds the libFuzzer targets (tests/fuzz) with clang and runs each for a short time from its
# committed seed corpus (tests/fuzz/corpus): the Cloud and Reseller API codecs, the error
# envelope, and the sandbox's request handling. Any crash, leak or sanitizer report fails and
# leaves the input under build/fuzz/findings/. IONOS_FUZZ_SECONDS sets the time per target (20).
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
seconds="${IONOS_FUZZ_SECONDS:-20}"
if ! command -v clang++ >/dev/null 2>&1; then
    echo "fuzz: clang++ is not installed; the fuzz run is left out"
    exit 0
fi
cmake --preset fuzz -S "$repo" >/dev/null
cmake --build --preset fuzz --parallel "$(nproc)" >/dev/null

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
for target in cloudcodec resellercodec errorenvelope sandboxrequest; do
    mkdir -p "$work/$target"
    findings="$repo/build/fuzz/findings/$target"
    mkdir -p "$findings"
    # New inputs go to the throwaway first directory; the committed seeds stay as they are.
    if ! ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
        QT_QPA_PLATFORM=offscreen \
        "$repo/build/fuzz/tests/fuzz/fuzz-$target" -max_total_time="$seconds" -timeout=10 \
        -rss_limit_mb=2048 -max_len=65536 -print_final_stats=1 -artifact_prefix="$findings/" \
        "$work/$target" "$repo/tests/fuzz/corpus/$target" >"$work/$target.log" 2>&1; then
        tail -n 60 "$work/$target.log" >&2
        echo "fuzz: $target found a problem; the input is in $findings" >&2
        exit 1
    fi
    runs="$(grep -o 'number_of_executed_units: [0-9]*' "$work/$target.log" | grep -o '[0-9]*$' || echo '?')"
    echo "fuzz: $target: $runs inputs in ${seconds} s, no crash, leak or sanitizer report"
done
