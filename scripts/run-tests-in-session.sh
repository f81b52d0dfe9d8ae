#!/usr/bin/env bash
# Runs inside the private D-Bus session of scripts/test.sh: unlocks a throwaway keyring, checks
# the Secret Service once, runs ctest (and again on the sanitizer build when given), then builds
# the .deb and checks it, and scans the files of the run for the tests' secrets.
set -euo pipefail
build="$1"
sanitized="${2:-}"

# gnome-keyring-daemon --unlock exits 0 even when it failed, so the store is checked below.
printf '%s' "throwaway-$$-$RANDOM" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
probe="keyring-check-$$"
printf 'ok' | secret-tool store --label="ionos-admin test check" ionos-admin-test "$probe"
if [ "$(secret-tool lookup ionos-admin-test "$probe")" != "ok" ]; then
    echo "test: the Secret Service on the test session does not work" >&2
    exit 1
fi
secret-tool clear ionos-admin-test "$probe"

scripts="$(dirname "${BASH_SOURCE[0]}")"
# shellcheck source=phases.sh
source "$scripts/phases.sh"
# Most tests wait on the sandbox more than they compute: twice as many at once as there are
# cores keeps the cores busy. IONOS_TEST_REPEAT runs the debug suite that many times in a row
# (to show it is reliable under load).
jobs=$((2 * $(nproc)))
repeat="${IONOS_TEST_REPEAT:-1}"
for round in $(seq "$repeat"); do
    name="debug tests"
    [ "$repeat" -eq 1 ] || name="debug tests $round"
    phase "$name" phase_ctest --test-dir "$build" --output-on-failure --timeout 600 -j "$jobs"
done
if [ -n "$sanitized" ]; then
    # Any report of either sanitizer ends its test with a failure.
    ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
        phase "asan tests" phase_ctest --test-dir "$sanitized" --output-on-failure --timeout 900 \
        -j "$jobs"
fi

# The installable package: build it and check it as a desktop and apt see it.
check_package() {
    (cd "$build" && cpack -G DEB >/dev/null) || return
    local deb
    deb="$(ls -t "$build"/ionos-admin_*.deb | head -n 1)"
    bash "$scripts/check-package.sh" "$deb" && phase_result "$(basename "$deb") checked"
}
phase package check_package

# No password or token of the tests in any file the run wrote: settings, keyrings, caches,
# temporary files, the throwaway home, and the logs of what the console and the sandbox printed.
phase secrets phase_last_line bash "$scripts/check-secrets.sh" "$scripts/../tests/data/test-secrets.txt" \
    "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR" "$HOME" "$TMPDIR" \
    "$build/Testing/Temporary" ${sanitized:+"$sanitized/Testing/Temporary"}

