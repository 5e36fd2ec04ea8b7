#!/usr/bin/env bash
# omnium-cli event …: every format created and played through, a correction that needs
# confirmation, and errors that exit non-zero naming the bad option or value.
# SPDX-License-Identifier: GPL-3.0-or-later
set -euo pipefail
cli=$1
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

for spec in "double 24" "double 8192" "single 13 --third-place" "roundrobin 12 --groups 2" "swiss 1024 --rounds 10" \
    "swiss 16 --advance-wins 3 --out-losses 3 --finals-best-of 3" "ffa 100 --lobby-size 20 --lobby-rounds 3 --best-of 2"; do
    read -r format n rest <<<"$spec"
    # shellcheck disable=SC2086
    "$cli" event create --entrants "$n" --format "$format" $rest --simulate --seed 7 --out "$dir/e.json" >/dev/null
    grep -q '"complete": true' "$dir/e.json" || fail "$spec did not complete"
    "$cli" event standings --in "$dir/e.json" >"$dir/standings.txt"
    "$cli" event export --in "$dir/e.json" --out "$dir/again.json" >/dev/null
    cmp -s "$dir/e.json" "$dir/again.json" || fail "$spec: export is not stable"
done

# Pools, then the top 2 of each pool into a double-elimination playoff.
"$cli" event create --entrants 32 --format roundrobin --groups 4 --simulate --seed 2 --out "$dir/p.json" >/dev/null
"$cli" event advance --in "$dir/p.json" --top 2 --format double --simulate --seed 3 >/dev/null
[[ $(grep -c '"complete": true' "$dir/p.json") -eq 2 ]] || fail "pools → playoffs did not complete"

# A correction deep in a played bracket asks for confirmation, then applies.
"$cli" event create --entrants 8 --format double --simulate --seed 1 --out "$dir/d.json" >/dev/null
set +e
"$cli" event report --in "$dir/d.json" --match 5 --winner 1 --kind forfeit 2>"$dir/err.txt"
code=$?
"$cli" event report --in "$dir/d.json" --match 5 --winner 2 --kind forfeit 2>>"$dir/err.txt"
code2=$?
set -e
# One of the two is the current winner (no reset needed), the other needs confirmation.
[[ $code -eq 3 || $code2 -eq 3 ]] || fail "no confirmation asked ($code, $code2)"
ids=$(sed -n 's/.*--confirm-reset \([0-9,]*\).*/\1/p' "$dir/err.txt" | head -1)
[[ -n $ids ]] || fail "no list of matches to confirm: $(cat "$dir/err.txt")"
winner=$([[ $code -eq 3 ]] && echo 1 || echo 2)
"$cli" event report --in "$dir/d.json" --match 5 --winner "$winner" --kind forfeit --confirm-reset "$ids" >/dev/null

expect_error() {
    local pattern=$1
    shift
    set +e
    "$cli" "$@" >/dev/null 2>"$dir/err.txt"
    local code=$?
    set -e
    [[ $code -ne 0 ]] || fail "exit code 0 for: $*"
    grep -q -- "$pattern" "$dir/err.txt" || fail "error for '$*' does not mention '$pattern': $(cat "$dir/err.txt")"
}
expect_error '--format: "triple"' event create --entrants 8 --format triple --out "$dir/x.json"
expect_error '--entrants: "1"' event create --entrants 1 --format double --out "$dir/x.json"
expect_error "bogus" event create --entrants 8 --format double --bogus --out "$dir/x.json"
expect_error '--match: no match "999"' event report --in "$dir/d.json" --match 999 --winner 1
expect_error '--games: "13:5"' event report --in "$dir/d.json" --match 1 --winner 1 --games 13:5
expect_error '--grand-final: "twice"' event create --entrants 8 --format double --grand-final twice --out "$dir/x.json"
# Beyond a format's largest field: exit 2 with the limit, at once (docs/engine-limits.md).
expect_error 'at most 1024' event create --entrants 100000 --format roundrobin --out "$dir/x.json"
expect_error 'at most 4096' event create --entrants 100000 --format swiss --out "$dir/x.json"
[[ ! -e $dir/x.json ]] || fail "a refused event was written"
"$cli" event create --entrants 6 --format single --out "$dir/six.json" >/dev/null
expect_error 'match 1 is a bye' event report --in "$dir/six.json" --match 1 --winner 1
echo '{"schema":"omnium-event","version":9}' >"$dir/bad.json"
expect_error 'version 9 is not supported' event standings --in "$dir/bad.json"
echo "ok"
