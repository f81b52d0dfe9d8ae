#!/usr/bin/env bash
# Installs the Debian packages the console needs (the list is packaging/debian-packages.txt),
# then configures and builds it. Safe to run again: it installs only what is missing.
# Usage: scripts/setup.sh [preset [target...]]   (default: the debug preset, every target)
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
preset="${1:-debug}"
shift || true
targets=()
for target in "$@"; do
    targets+=(--target "$target")
done

as_root() {
    if [ "$(id -u)" -eq 0 ]; then
        "$@"
    elif command -v sudo >/dev/null 2>&1; then
        sudo "$@"
    else
        echo "setup: installing packages needs root; run as root or install sudo." >&2
        exit 1
    fi
}

mapfile -t wanted < <(grep -v -E '^\s*(#|$)' "$repo/packaging/debian-packages.txt")
missing=()
for package in "${wanted[@]}"; do
    # A Node.js from another source already brings npm; Debian's nodejs/npm would conflict.
    if [[ "$package" == nodejs || "$package" == npm ]] && command -v npm >/dev/null 2>&1; then
        continue
    fi
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
        missing+=("$package")
    fi
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "setup: installing ${missing[*]}"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

cmake --preset "$preset" -S "$repo" >/dev/null
cmake --build --preset "$preset" --parallel "$(nproc)" "${targets[@]}"
