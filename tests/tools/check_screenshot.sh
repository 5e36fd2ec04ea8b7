#!/usr/bin/env bash
# omnium --screenshot writes a PNG of the requested size that is not blank, for every page.
set -euo pipefail
omnium=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export XDG_DATA_HOME=$work/data XDG_CONFIG_HOME=$work/config
artefacts=${OMNIUM_BINARY_DIR:-$work}/test-artefacts
mkdir -p "$artefacts"
for page in StartPage BadgesPage SettingsPage AboutPage; do
    png=$artefacts/screenshot-$page.png
    rm -f "$png"
    "$omnium" --database "$work/t.sqlite" --screenshot "$png" --size 1024x700 --page "$page"
    [[ -s $png ]] || { echo "no PNG written for $page"; exit 1; }
    size=$(identify -format '%wx%h' "$png")
    [[ $size == 1024x700 ]] || { echo "$page: PNG is $size, expected 1024x700"; exit 1; }
    # Not blank: a rendered page has many distinct colours (text, navigation, highlight).
    colours=$(identify -format '%k' "$png")
    ((colours > 16)) || { echo "$page: PNG looks blank ($colours colours)"; exit 1; }
    echo "$page: $png ($size, $colours colours)"
done
