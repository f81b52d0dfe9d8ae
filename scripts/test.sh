#!/usr/bin/env bash
# Quick start 2: install what is missing, build, and run the whole test suite headless, against
# a real Secret Service (gnome-keyring on a private D-Bus session, in throwaway XDG directories)
# and with Stoplight Prism checking the sandbox against the API specs; then the same suite under
# AddressSanitizer and UndefinedBehaviorSanitizer, the package check, a scan for leaked test
# secrets and a short fuzz run. Exits non-zero on any failure.
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
preset=debug
build="$repo/build/$preset"

"$repo/scripts/setup.sh" "$preset"
# The same suite again under AddressSanitizer and UndefinedBehaviorSanitizer.
cmake --preset asan -S "$repo" >/dev/null
cmake --build --preset asan --parallel "$(nproc)"

# Stoplight Prism, the third-party contract validator, into a folder git ignores; reused.
prism_dir="$repo/.tools/prism"
prism_version="5.14.2"
if [ "$(cat "$prism_dir/.version" 2>/dev/null)" != "$prism_version" ] || [ ! -x "$prism_dir/node_modules/.bin/prism" ]; then
    echo "test: installing Stoplight Prism $prism_version"
    rm -rf "$prism_dir"
    mkdir -p "$prism_dir"
    npm install --silent --no-audit --no-fund --prefix "$prism_dir" "@stoplight/prism-cli@$prism_version"
    echo "$prism_version" > "$prism_dir/.version"
fi
export IONOS_PRISM="$prism_dir/node_modules/.bin/prism"
export IONOS_REQUIRE_PRISM=1
# The keychain tests must run against the Secret Service started below, never be skipped.
export IONOS_REQUIRE_KEYRING=1

# Throwaway XDG directories: nothing the tests write touches the user's own.
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
export XDG_CONFIG_HOME="$scratch/config" XDG_DATA_HOME="$scratch/data" XDG_CACHE_HOME="$scratch/cache"
export XDG_RUNTIME_DIR="$scratch/runtime" HOME="$scratch/home" TMPDIR="$scratch/tmp"
mkdir -p "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR" "$HOME" "$TMPDIR"
chmod 700 "$XDG_RUNTIME_DIR"
export QT_QPA_PLATFORM=offscreen

dbus-run-session -- bash "$repo/scripts/run-tests-in-session.sh" "$build" "$repo/build/asan"

# A short fuzz run of the JSON codecs and the sandbox's request handling (clang's libFuzzer).
bash "$repo/scripts/fuzz.sh"
