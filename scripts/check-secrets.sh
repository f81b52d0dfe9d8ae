#!/usr/bin/env bash
# After the suite: no password or token the tests used, and no secret of an Object Storage key
# the sandbox created during the run (listed in IONOS_SANDBOX_SECRET_LOG when set), may be found
# in any file under the given directories (the test run's XDG directories and home, and the logs
# of the run). Checks itself first on a planted file, so that a scan that cannot find anything
# does not pass.
# Usage: check-secrets.sh SECRETS_FILE DIR...
set -euo pipefail
secrets="$1"
shift
[ -s "$secrets" ] || { echo "secrets: no list in $secrets" >&2; exit 1; }
generated="${IONOS_SANDBOX_SECRET_LOG:-}"
if [ -n "$generated" ] && [ ! -s "$generated" ]; then
    echo "secrets: the sandbox recorded no secret it generated in $generated" >&2
    exit 1
fi

scan() {
    grep -r -a -F -l -D skip -f "$secrets" ${generated:+-f "$generated"} "$@" 2>/dev/null || true
}

canary="$(mktemp -d)"
trap 'rm -rf "$canary"' EXIT
printf 'profile=x\npassword=%s\n' "$(head -n 1 "$secrets")" > "$canary/planted.conf"
[ -n "$(scan "$canary")" ] || { echo "secrets: the scan does not find a planted secret" >&2; exit 1; }
# The planted file goes before the real scan, which may cover the temporary directory.
rm -rf "$canary"

dirs=()
for dir in "$@"; do
    [ -d "$dir" ] && dirs+=("$dir")
done
files="$(find "${dirs[@]}" -type f 2>/dev/null | wc -l)"
found="$(scan "${dirs[@]}")"
if [ -n "$found" ]; then
    echo "secrets: a test password, token or generated key secret was written to:" >&2
    echo "$found" >&2
    exit 1
fi
made=""
[ -z "$generated" ] || made=" and $(sort -u "$generated" | wc -l) secrets the sandbox generated"
echo "secrets: none of $(wc -l < "$secrets") test secrets$made in $files files of the test run"
