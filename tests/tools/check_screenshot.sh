#!/usr/bin/env bash
# omnium --screenshot writes a PNG of the requested size that is not blank, for every page.
set -euo pipefail
omnium=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export XDG_DATA_HOME=$work/data XDG_CONFIG_HOME=$work/config
# Kept only when asked for (OMNIUM_TEST_ARTEFACTS=DIR), never in the build folder.
artefacts=${OMNIUM_TEST_ARTEFACTS:-$work}/app_screenshot
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

# The same through a real X11 window under Xvfb (the xcb platform, as on a desktop).
command -v xvfb-run >/dev/null || { echo "xvfb-run is needed (package xvfb)"; exit 1; }
png=$artefacts/screenshot-xvfb.png
rm -f "$png"
QT_QPA_PLATFORM=xcb xvfb-run -a -s '-screen 0 1600x1000x24' \
    "$omnium" --database "$work/t.sqlite" --screenshot "$png" --size 1280x800
size=$(identify -format '%wx%h' "$png")
colours=$(identify -format '%k' "$png")
[[ $size == 1280x800 ]] && ((colours > 16)) || { echo "Xvfb screenshot: $size, $colours colours"; exit 1; }
echo "Xvfb window: $png ($size, $colours colours)"
