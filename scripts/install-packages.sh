#!/usr/bin/env bash
# Installs whatever Debian packages of the given lists (packaging/debian-packages*.txt) are
# missing; installs nothing when all are there. Usage: scripts/install-packages.sh LIST...
set -euo pipefail

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

missing=()
for list in "$@"; do
    mapfile -t wanted < <(grep -v -E '^\s*(#|$)' "$list")
    for package in "${wanted[@]}"; do
        # A Node.js from another source already brings npm; Debian's nodejs/npm would conflict.
        if [[ "$package" == nodejs || "$package" == npm ]] && command -v npm >/dev/null 2>&1; then
            continue
        fi
        if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
            missing+=("$package")
        fi
    done
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "setup: installing ${missing[*]}"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
fi
