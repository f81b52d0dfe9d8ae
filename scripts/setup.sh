#!/usr/bin/env bash
# Installs the Debian packages the console and its tests need (packaging/debian-packages.txt and
# packaging/debian-packages-test.txt), then configures and builds it. Safe to run again: it
# installs only what is missing. Usage: scripts/setup.sh [preset [target...]]   (default: debug)
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
preset="${1:-debug}"
shift || true
targets=()
for target in "$@"; do
    targets+=(--target "$target")
done

bash "$repo/scripts/install-packages.sh" "$repo/packaging/debian-packages.txt" \
    "$repo/packaging/debian-packages-test.txt"
cmake --preset "$preset" -S "$repo" >/dev/null
cmake --build --preset "$preset" --parallel "$(nproc)" "${targets[@]}"
