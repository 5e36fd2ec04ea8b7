#!/usr/bin/env bash
# The command line: --version, --help, and clear errors naming a bad option or value.
set -euo pipefail
omnium=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export XDG_DATA_HOME=$work/data XDG_CONFIG_HOME=$work/config

expect_fail() { # expect_fail "text the error must contain" args…
    local want=$1; shift
    local out rc=0
    out=$("$omnium" "$@" 2>&1) || rc=$?
    ((rc != 0)) || { echo "expected failure for: $*"; exit 1; }
    grep -qF -- "$want" <<<"$out" || { echo "error for '$*' does not name '$want':"; echo "$out"; exit 1; }
    echo "refused as expected: $* -> $(tail -n 1 <<<"$out")"
}

"$omnium" --version | grep -qE '^omnium [0-9]+\.[0-9]+\.[0-9]+$'
"$omnium" --help | grep -q -- '--database'
"$omnium" --help | grep -q -- '--screenshot'
expect_fail "--size 'big'" --screenshot "$work/x.png" --size big
expect_fail "--page 'NoSuchPage'" --screenshot "$work/x.png" --page NoSuchPage
expect_fail "nonsense" --nonsense
expect_fail "stray" stray
[[ ! -e $work/x.png ]]
echo ok
