#!/usr/bin/env bash
# Quick start 1: install what is missing, build, and start the console in demo mode against a
# local sandbox with sample data. Nothing leaves this machine.
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# Only the console (and the sandbox it links), not the tests: the first window comes sooner.
"$repo/scripts/setup.sh" debug ionos-admin
exec "$repo/build/debug/app/ionos-admin" --demo "$@"
