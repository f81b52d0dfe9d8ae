#!/usr/bin/env bash
# Builds the libFuzzer targets (tests/fuzz) with clang and runs each for a short time from its
# committed seed corpus (tests/fuzz/corpus): the Cloud and Reseller API codecs, the error
# envelope, and the sandbox's request handling. Any crash, leak or sanitizer report fails and
# leaves the input under build/fuzz/findings/. IONOS_FUZZ_SECONDS sets the time per target (20).
# Run by the test command, it records its two phases (build, run) for the summary.
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
seconds="${IONOS_FUZZ_SECONDS:-20}"
if [ -n "${IONOS_PHASES:-}" ]; then
    # shellcheck source=phases.sh
    source "$repo/scripts/phases.sh"
else
    phase() { shift; "$@"; }
    phase_last_line() { "$@"; }
fi
if ! command -v clang++ >/dev/null 2>&1; then
    echo "fuzz: clang++ is not installed (Debian's clang); scripts/test.sh installs it" >&2
    exit 1
fi

build() {
    cmake --preset fuzz -S "$repo" >/dev/null &&
        cmake --build --preset fuzz --parallel "$(nproc)" >/dev/null
}

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# Runs one target; prints how many inputs it tried, or the end of its log and where the input is.
fuzz_target() {
    local target="$1"
    local findings="$repo/build/fuzz/findings/$target"
    mkdir -p "$work/$target" "$findings"
    # New inputs go to the throwaway first directory; the committed seeds stay as they are.
    if ! ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
        QT_QPA_PLATFORM=offscreen \
        "$repo/build/fuzz/tests/fuzz/fuzz-$target" -max_total_time="$seconds" -timeout=10 \
        -rss_limit_mb=2048 -max_len=65536 -print_final_stats=1 -artifact_prefix="$findings/" \
        "$work/$target" "$repo/tests/fuzz/corpus/$target" >"$work/$target.log" 2>&1; then
        tail -n 60 "$work/$target.log" >&2
        echo "fuzz: $target found a problem; the input is in $findings" >&2
        return 1
    fi
    grep -o 'number_of_executed_units: [0-9]*' "$work/$target.log" | grep -o '[0-9]*$' ||
        { echo "fuzz: $target printed no statistics" >&2; return 1; }
}

# Runs the targets as many at a time as there are cores, each for the same time.
run_all() {
    local targets=(cloudcodec resellercodec errorenvelope sandboxrequest)
    local slots target runs total=0 failed=0 i
    slots="$(nproc)"
    for ((i = 0; i < ${#targets[@]}; i += slots)); do
        local batch=("${targets[@]:i:slots}")
        for target in "${batch[@]}"; do
            fuzz_target "$target" >"$work/$target.runs" &
        done
        for target in "${batch[@]}"; do
            wait -n || failed=1
        done
    done
    [ "$failed" -eq 0 ] || return 1
    for target in "${targets[@]}"; do
        runs="$(cat "$work/$target.runs")"
        echo "fuzz: $target: $runs inputs in ${seconds} s, no crash, leak or sanitizer report"
        total=$((total + runs))
    done
    echo "fuzz: $total inputs in ${#targets[@]} targets, no finding"
}

phase "fuzz build" build
phase fuzz phase_last_line run_all
