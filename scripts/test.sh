#!/usr/bin/env bash
# Quick start 2: install what is missing, build, and run the whole test suite headless, against
# a real Secret Service (gnome-keyring on a private D-Bus session, in throwaway XDG directories)
# and with Stoplight Prism checking the sandbox against the API specs; then the same suite under
# AddressSanitizer and UndefinedBehaviorSanitizer, the package check, a scan for leaked test
# secrets and a short fuzz run. Exits non-zero on any failure, and ends with a summary line per
# phase with its time and result (scripts/phases.sh).
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=phases.sh
source "$repo/scripts/phases.sh"
began=$SECONDS

# Throwaway directories: the record of the phases, and the XDG directories below.
scratch="$(mktemp -d)"
export IONOS_PHASES="$scratch/phases"
trap 'phases_summary "Summary of the test command:" $((SECONDS - began)); rm -rf "$scratch"' EXIT

build() {
    cmake --preset "$1" -S "$repo" >/dev/null && cmake --build --preset "$1" --parallel "$(nproc)"
}

# Stoplight Prism, the third-party contract validator, into a folder git ignores; reused.
prism_dir="$repo/.tools/prism"
prism_version="5.14.2"
install_prism() {
    if [ "$(cat "$prism_dir/.version" 2>/dev/null)" = "$prism_version" ] &&
        [ -x "$prism_dir/node_modules/.bin/prism" ]; then
        echo "prism: $prism_version, installed before"
        return 0
    fi
    rm -rf "$prism_dir" && mkdir -p "$prism_dir" &&
        npm install --silent --no-audit --no-fund --prefix "$prism_dir" \
            "@stoplight/prism-cli@$prism_version" &&
        echo "$prism_version" >"$prism_dir/.version" &&
        echo "prism: $prism_version, installed"
}
# It comes from the npm registry while the builds keep the cores busy.
prism_log="$scratch/prism.log"
wait_for_prism() {
    local status=0
    wait "$prism_job" || status=$?
    cat "$prism_log"
    phase_result "$(tail -n 1 "$prism_log" | sed 's/^prism: //')"
    return "$status"
}

phase packages bash "$repo/scripts/install-packages.sh" "$repo/packaging/debian-packages.txt" \
    "$repo/packaging/debian-packages-test.txt"
install_prism >"$prism_log" 2>&1 &
prism_job=$!
phase "debug build" build debug
# The same suite again under AddressSanitizer and UndefinedBehaviorSanitizer.
phase "asan build" build asan
phase prism wait_for_prism
export IONOS_PRISM="$prism_dir/node_modules/.bin/prism"
export IONOS_REQUIRE_PRISM=1
# The keychain tests must run against the Secret Service started below, never be skipped.
export IONOS_REQUIRE_KEYRING=1

# Nothing the tests write touches the user's own directories.
export XDG_CONFIG_HOME="$scratch/config" XDG_DATA_HOME="$scratch/data" XDG_CACHE_HOME="$scratch/cache"
export XDG_RUNTIME_DIR="$scratch/runtime" HOME="$scratch/home" TMPDIR="$scratch/tmp"
mkdir -p "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR" "$HOME" "$TMPDIR"
chmod 700 "$XDG_RUNTIME_DIR"
export QT_QPA_PLATFORM=offscreen
# The secrets of the Object Storage keys the sandbox creates and the users' passwords it is given
# during the run, kept outside every directory the scan looks at, so that the scan can look for
# them too.
export IONOS_SANDBOX_SECRET_LOG="$scratch/sandbox-generated-secrets.txt"

dbus-run-session -- bash "$repo/scripts/run-tests-in-session.sh" "$repo/build/debug" "$repo/build/asan"

# A short fuzz run of the JSON codecs and the sandbox's request handling (clang's libFuzzer).
bash "$repo/scripts/fuzz.sh"
