#!/usr/bin/env bash
# Refreshes the translation sources in resources/translations from every layer's tr() texts and
# the .ui forms; translators then fill in what is marked unfinished (Qt Linguist opens the files).
# English is the source language: its file carries only the plural forms of the %n texts
# ("1 user", "2 users").
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
lupdate="$(command -v lupdate || echo /usr/lib/qt6/bin/lupdate)"
cd "$repo"
for ts in resources/translations/ionos-admin_*.ts; do
    only=()
    [[ "$ts" == *_en.ts ]] && only=(-pluralonly)
    "$lupdate" -locations none -no-obsolete "${only[@]}" -I "$repo" app ui models network \
        -ts "$ts"
done
