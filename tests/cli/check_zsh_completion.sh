#!/usr/bin/env bash
# The zsh completion omnium-cli --generate zsh writes: it parses, and zsh's completion system
# (compinit, the file in $fpath as the .deb installs it) completes nouns, verbs, options and
# option values with it (zsh_complete.zsh types each line and Tab in a real interactive zsh).
# SPDX-License-Identifier: GPL-3.0-or-later
set -euo pipefail
cli=$1
command -v zsh >/dev/null || { echo "SKIP: no zsh (tools/dev's build root has it)"; exit 77; }
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
"$cli" --generate zsh >"$dir/_omnium-cli"
zsh -n "$dir/_omnium-cli" || { echo "FAIL: the zsh completion does not parse"; exit 1; }
status=0
expect() {
    local got
    got=$(zsh -f "$(dirname "$0")/zsh_complete.zsh" "$dir" "$1" | paste -sd' ')
    [[ $got == "$2" ]] || { echo "FAIL: \"$1\" + Tab offers \"$got\", not \"$2\""; status=1; }
}
expect "omnium-cli pl" "players"
expect "omnium-cli teams " "export import list"
expect "omnium-cli teams im" "import"
expect "omnium-cli players import --for" "--format"
expect "omnium-cli players import --format s" "startgg"
expect "omnium-cli checkin --ev" "--event"
expect "omnium-cli badges pdf out.pdf --size cr" "cr100 cr80"
[[ $status -eq 0 ]] && echo "zsh completes omnium-cli's nouns, verbs, options and values"
exit $status
