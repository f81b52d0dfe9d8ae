#!/usr/bin/env bash
# Quick start 1: install what is missing, build, and start the console in demo mode against a
# local sandbox with sample data. Nothing leaves this machine. Prints the time of each phase.
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
began=$SECONDS

# Runs one phase of the first start and says how long it took.
phase() {
    local name="$1"
    shift
    local start=$SECONDS
    "$@"
    printf 'demo: %-9s %4d s\n' "$name" $((SECONDS - start))
}

# Only what the console needs to build and run, not the test tools.
phase packages bash "$repo/scripts/install-packages.sh" "$repo/packaging/debian-packages.txt"
# The demo preset: the console alone (no tests), unoptimised, without debug information.
configure() { cmake --preset demo -S "$repo" >/dev/null; }
phase configure configure
phase build cmake --build --preset demo --parallel "$(nproc)"
printf 'demo: starting after %d s; the console says when its window is shown\n' $((SECONDS - began))
exec "$repo/build/demo/app/ionos-admin" --demo "$@"
