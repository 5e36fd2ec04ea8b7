#!/usr/bin/env bash
# omnium --self-test loads every page and exits 0 only without any QML warning.
set -euo pipefail
omnium=$1
export XDG_DATA_HOME=$(mktemp -d) XDG_CONFIG_HOME=$(mktemp -d)
trap 'rm -rf "$XDG_DATA_HOME" "$XDG_CONFIG_HOME"' EXIT
out=$("$omnium" --self-test --database "$XDG_DATA_HOME/t.sqlite" 2>&1) || { echo "$out"; exit 1; }
echo "$out"
grep -q 'self-test passed' <<<"$out"
# In French too: a translation must not break a page.
mkdir -p "$XDG_CONFIG_HOME/Omnium"
printf '[ui]\nlanguage=fr\n' >"$XDG_CONFIG_HOME/Omnium/omnium.conf"
"$omnium" --self-test --database "$XDG_DATA_HOME/t.sqlite"
