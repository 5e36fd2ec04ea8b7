#!/usr/bin/env bash
# Every page, empty and populated (a double elimination with results; a day in progress on
# eight stations), at 900×600 (the smallest window), 1366×768 (a venue laptop) and 1920×1080,
# in English and in French:
# omnium --self-test fails on a QML warning, on any Text or Label whose text is cut
# (`truncated`), and on a button, field, box or list without an accessible name. Offscreen
# (the software renderer), then in a real X window under Xvfb (OpenGL through Mesa).
set -euo pipefail
omnium=$1 bracket_demo=$2 schedule_demo=$3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export XDG_DATA_HOME=$work/data
"$bracket_demo" "$work/bracket.sqlite" 64 double 70 >/dev/null 2>&1
"$schedule_demo" "$work/day.sqlite" >/dev/null 2>&1
status=0
for lang in en fr; do
    export XDG_CONFIG_HOME=$work/config-$lang
    mkdir -p "$XDG_CONFIG_HOME/Omnium"
    printf '[ui]\nlanguage=%s\n' "$lang" >"$XDG_CONFIG_HOME/Omnium/omnium.conf"
    for db in empty bracket day; do
        for size in 900x600 1366x768 1920x1080; do
            if out=$("$omnium" --self-test --database "$work/$db.sqlite" --size "$size" 2>&1); then
                echo "$lang $db $size: ok"
            else
                echo "$lang $db $size:"
                echo "$out" | grep -v 'migrated' || true
                status=1
            fi
        done
    done
done
# Under Xvfb: the xcb platform and its OpenGL scene graph, the populated bracket at 1366×768.
command -v xvfb-run >/dev/null || { echo "xvfb-run is needed (package xvfb)"; exit 1; }
for lang in en fr; do
    export XDG_CONFIG_HOME=$work/config-$lang
    if out=$(QT_QPA_PLATFORM=xcb xvfb-run -a -s '-screen 0 1920x1080x24' \
        "$omnium" --self-test --database "$work/bracket.sqlite" --size 1366x768 2>&1); then
        echo "$lang bracket 1366x768 (Xvfb): ok"
    else
        echo "$lang bracket 1366x768 (Xvfb):"
        echo "$out" | grep -v 'migrated' || true
        status=1
    fi
done
exit $status
