#!/usr/bin/env bash
# Runs inside the private D-Bus session of scripts/test.sh: unlocks a throwaway keyring, checks
# the Secret Service once, runs ctest, then builds the .deb and checks its dependencies.
set -euo pipefail
build="$1"

# gnome-keyring-daemon --unlock exits 0 even when it failed, so the store is checked below.
printf '%s' "throwaway-$$-$RANDOM" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
probe="keyring-check-$$"
printf 'ok' | secret-tool store --label="ionos-admin test check" ionos-admin-test "$probe"
if [ "$(secret-tool lookup ionos-admin-test "$probe")" != "ok" ]; then
    echo "test: the Secret Service on the test session does not work" >&2
    exit 1
fi
secret-tool clear ionos-admin-test "$probe"

ctest --test-dir "$build" --output-on-failure --timeout 600 -j "$(nproc)"

# The installable package: build it and check that it names what no library scan finds.
(cd "$build" && cpack -G DEB >/dev/null)
deb="$(ls -t "$build"/ionos-admin_*.deb | head -n 1)"
info="$(dpkg-deb -I "$deb")"
for dependency in libqt6keychain1 libsecret-1-0; do
    if ! grep -q "Depends:.*$dependency" <<<"$info"; then
        echo "test: $deb does not depend on $dependency" >&2
        exit 1
    fi
done
if ! grep -q "Recommends:.*gnome-keyring" <<<"$info"; then
    echo "test: $deb does not recommend gnome-keyring" >&2
    exit 1
fi
contents="$(dpkg-deb -c "$deb")"
for file in usr/bin/ionos-admin usr/bin/ionos-sandbox \
    usr/share/applications/io.github.ionos_admin.IonosAdmin.desktop \
    usr/share/metainfo/io.github.ionos_admin.IonosAdmin.metainfo.xml \
    usr/share/icons/hicolor/scalable/apps/io.github.ionos_admin.IonosAdmin.svg; do
    if ! grep -q "$file" <<<"$contents"; then
        echo "test: $deb lacks $file" >&2
        exit 1
    fi
done
echo "test: package $(basename "$deb") checked: Depends and Recommends as required, files in place"
