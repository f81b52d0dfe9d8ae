#!/usr/bin/env bash
# Quick start 1: install what is missing, build, and start the console in demo mode against a
# local sandbox with sample data. Nothing leaves this machine. Prints the time of each phase.
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=phases.sh
source "$repo/scripts/phases.sh"
began=$SECONDS
IONOS_PHASES="$(mktemp)"
trap 'rm -f "$IONOS_PHASES" "$IONOS_PHASES.result"' EXIT

configure() { cmake --preset demo -S "$repo" >/dev/null; }
# Only what the console needs to build and run, not the test tools.
phase packages bash "$repo/scripts/install-packages.sh" "$repo/packaging/debian-packages.txt"
# The demo preset: the console alone (no tests), unoptimised, without debug information.
phase configure configure
phase build cmake --build --preset demo --parallel "$(nproc)"
phases_summary "Before the first window (the console says when it is shown):" $((SECONDS - began))
rm -f "$IONOS_PHASES" "$IONOS_PHASES.result"
exec "$repo/build/demo/app/ionos-admin" --demo "$@"
