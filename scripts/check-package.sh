#!/usr/bin/env bash
# Checks the installable package: the dependencies no library scan finds, the files a desktop
# needs (menu entry, icon, AppStream metadata, manual pages, the watch's systemd user units), the
# desktop entry and metadata as desktop-file-validate and appstreamcli see them, the units as
# systemd-analyze does, that apt can install it, that its version is
# the program's and its metadata's newest release, and that `ionos-admin --demo` from the
# package starts and serves its sandbox.
# Usage: check-package.sh PACKAGE.deb
set -euo pipefail
deb="$1"
fail() { echo "package: $*" >&2; exit 1; }

info="$(dpkg-deb -I "$deb")"
for dependency in libqt6keychain1 libsecret-1-0; do
    grep -q "Depends:.*$dependency" <<<"$info" || fail "$deb does not depend on $dependency"
done
grep -q "Recommends:.*gnome-keyring" <<<"$info" || fail "$deb does not recommend gnome-keyring"

root="$(mktemp -d)"
trap 'rm -rf "$root"' EXIT
dpkg-deb -x "$deb" "$root"
desktop=usr/share/applications/io.github.ionos_admin.IonosAdmin.desktop
metainfo=usr/share/metainfo/io.github.ionos_admin.IonosAdmin.metainfo.xml
for file in usr/bin/ionos-admin usr/bin/ionos-sandbox "$desktop" "$metainfo" \
    usr/share/icons/hicolor/scalable/apps/io.github.ionos_admin.IonosAdmin.svg \
    usr/share/man/man1/ionos-admin.1.gz usr/share/man/man1/ionos-sandbox.1.gz \
    usr/share/doc/ionos-admin/copyright \
    usr/lib/systemd/user/ionos-admin-watch@.service usr/lib/systemd/user/ionos-admin-watch@.timer; do
    [ -f "$root/$file" ] || fail "$deb lacks /$file"
done
desktop-file-validate "$root/$desktop" || fail "desktop-file-validate refuses the desktop entry"
appstreamcli validate --no-net --pedantic "$root/$metainfo" || fail "appstreamcli refuses the metadata"
# The watch's user units name the installed program and pass systemd's own check, as an instance.
units="$root/usr/lib/systemd/user"
grep -q '^ExecStart=/usr/bin/ionos-admin watch ' "$units/ionos-admin-watch@.service" \
    || fail "the watch's service does not start /usr/bin/ionos-admin watch"
if command -v systemd-analyze >/dev/null; then
    check="$(mktemp -d)"
    sed "s|/usr/bin/ionos-admin|$(command -v true)|" "$units/ionos-admin-watch@.service" \
        > "$check/ionos-admin-watch@check.service"
    cp "$units/ionos-admin-watch@.timer" "$check/ionos-admin-watch@check.timer"
    verified="$(cd "$check" && systemd-analyze verify --man=no ./ionos-admin-watch@check.service \
        ./ionos-admin-watch@check.timer 2>&1)" && [ -z "$verified" ] \
        || fail "systemd-analyze refuses the watch's units: $verified"
    rm -rf "$check"
fi
for page in ionos-admin ionos-sandbox; do
    warnings="$(zcat "$root/usr/share/man/man1/$page.1.gz" | groff -man -ww -z -K utf8 2>&1)"
    [ -z "$warnings" ] || fail "the manual page of $page has problems: $warnings"
done

# apt installs it: for real on a machine where it is not installed yet and we may (CI, as root),
# otherwise apt only works out that it could.
prefix="$root"
if [ "$(id -u)" = 0 ] && ! dpkg -s ionos-admin >/dev/null 2>&1; then
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "$(realpath "$deb")" >/dev/null \
        || fail "apt-get could not install $deb"
    trap 'DEBIAN_FRONTEND=noninteractive apt-get remove -y -q ionos-admin >/dev/null || true; rm -rf "$root"' EXIT
    prefix=""
    [ -x /usr/bin/ionos-admin ] && [ -f "/$desktop" ] || fail "the installed package lacks its files"
    echo "package: installed with apt"
else
    apt-get install -s "$(realpath "$deb")" >/dev/null 2>&1 || fail "apt-get would not install $deb"
    echo "package: apt-get would install it (simulated)"
fi

# One version: the package's, the program's and the newest release of its AppStream metadata.
version="$(dpkg-deb -f "$deb" Version)"
said="$("$prefix/usr/bin/ionos-admin" --version)"
[ "$said" = "ionos-admin $version" ] || fail "the package is $version; the program says '$said'"
release="$(grep -o -m 1 '<release version="[^"]*"' "$root/$metainfo" | cut -d '"' -f 2)"
[ "$release" = "$version" ] || fail "the package is $version; its metadata's newest release is $release"

# The console from the package, in demo mode: it prints its sandbox's address and serves there.
# Kept for the secrets scan of the test command.
log="${TMPDIR:-/tmp}/ionos-admin-demo.log"
QT_QPA_PLATFORM=offscreen "$prefix/usr/bin/ionos-admin" --demo >"$log" 2>&1 &
demo=$!
url=""
for _ in $(seq 1 100); do
    url="$(grep -o 'http://127\.0\.0\.1:[0-9]*' "$log" | head -n 1 || true)"
    [ -n "$url" ] && break
    kill -0 "$demo" 2>/dev/null || break
    sleep 0.2
done
[ -n "$url" ] || { cat "$log" >&2; fail "ionos-admin --demo did not start its sandbox"; }
port="${url##*:}"
exec 3<>"/dev/tcp/127.0.0.1/$port"
printf 'GET /cloudapi/v6/um/users?depth=0 HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer demo-token\r\nConnection: close\r\n\r\n' >&3
status="$(head -n 1 <&3 | tr -d '\r')"
exec 3<&-
sleep 2
kill -0 "$demo" 2>/dev/null || { cat "$log" >&2; fail "ionos-admin --demo ended by itself"; }
kill -TERM "$demo"
wait "$demo" || true
[[ "$status" == "HTTP/1.1 200"* ]] || fail "the demo sandbox answered '$status'"
echo "package: $(basename "$deb") checked: version, dependencies, desktop entry, AppStream metadata, manual pages, the watch's units, apt, and --demo"
