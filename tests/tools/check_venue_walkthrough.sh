#!/usr/bin/env bash
# Two desks on one venue server, walked through as the organisers would, in real windows under
# Xvfb: a local PostgreSQL (tools/venue-server), the "Results desk" and the "Stream desk" each an
# `omnium` on its Bracket page. A result typed on the Results desk's keyboard shows on the
# Stream desk; the server stopped, both show Reconnecting and the Stream desk's result typed
# meanwhile is refused (its dialog keeps it); the server back, a result another program
# committed at once reaches both, and Enter saves the kept result, which the Results desk sees.
# Each desk writes what its screens show to a file (OMNIUM_DESK_STATE); screenshots of both
# windows go to OMNIUM_TEST_ARTEFACTS (or a temporary folder).
# Usage: check_venue_walkthrough.sh OMNIUM OMNIUM_CLI BRACKET_DEMO  (run under xvfb-run)
set -euo pipefail
omnium=$1 cli=$2 bracket_demo=$3
for tool in xdotool import psql; do
    command -v "$tool" >/dev/null || { echo "$tool is needed (xdotool, imagemagick, postgresql-client)"; exit 1; }
done
[[ -n ${DISPLAY:-} ]] || { echo "no DISPLAY: run under xvfb-run"; exit 1; }
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || { echo "PostgreSQL is not installed"; exit 77; }
work=$(mktemp -d)
chmod o+x "$work" # as root, PostgreSQL runs as "postgres"
shots=${OMNIUM_TEST_ARTEFACTS:+$OMNIUM_TEST_ARTEFACTS/venue_walkthrough}
shots=${shots:-$work/shots}
mkdir -p "$shots"
server=("$OMNIUM_SOURCE_DIR/tools/venue-server")
export OMNIUM_VENUE_PORT=$((58000 + $$ % 1000)) OMNIUM_VENUE_SERVER_OPTIONS="-c fsync=off"
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    bash "${server[@]}" stop "$work/pg" >/dev/null 2>&1 || true
    rm -rf "$work"
}
trap cleanup EXIT
fail() {
    echo "FAIL: $*"
    echo "Results desk: $(cat "$work/results.json" 2>/dev/null)"
    echo "Stream desk: $(cat "$work/stream.json" 2>/dev/null)"
    import -window root "$shots/failure.png" || true
    exit 1
}
# Waits (15 s at most) until the desk's state file has every one of the given "key":value.
wait_state() {
    local desk=$1
    shift
    for _ in $(seq 300); do # 30 s: two windows and a server share two cores with other tests
        local state ok=1
        state=$(cat "$work/$desk.json" 2>/dev/null || true)
        for want in "$@"; do [[ $state == *"$want"* ]] || ok=0; done
        ((ok)) && return 0
        sleep 0.1
    done
    fail "$desk never showed $*"
}
# Types on a desk's keyboard (XTEST, as a person's keys): its window has the focus first.
keys() {
    local window=$1
    shift
    xdotool windowfocus --sync "$window"
    sleep 0.2
    for key in "$@"; do
        xdotool key --delay 60 "$key"
        sleep 0.15
    done
}
remaining() { sed -n 's/.*"remaining":\([0-9]*\).*/\1/p' "$work/$1.json"; }

url=$(bash "${server[@]}" start "$work/pg")
"$bracket_demo" "$url" 16 double 0 >/dev/null 2>&1

# The two desks, side by side on a 2740×800 screen; each its own settings folder.
start_desk() {
    local desk=$1 name=$2
    mkdir -p "$work/$desk"
    HOME=$work/$desk XDG_CONFIG_HOME=$work/$desk/config XDG_DATA_HOME=$work/$desk/data \
        OMNIUM_DESK_STATE=$work/$desk.json QT_QPA_PLATFORM=xcb \
        "$omnium" --database "$url" --desk "$name" --page BracketPage >"$work/$desk.log" 2>&1 &
    pids+=($!)
}
start_desk results "Results desk"
start_desk stream "Stream desk"
results_window=$(xdotool search --sync --name "Results desk" | head -1)
stream_window=$(xdotool search --sync --name "Stream desk" | head -1)
xdotool windowsize "$results_window" 1366 768 windowmove "$results_window" 0 0
xdotool windowsize "$stream_window" 1366 768 windowmove "$stream_window" 1372 0
wait_state results '"connection":"Connected"'
wait_state stream '"connection":"Connected"'
# Each desk's page writes its count once its bracket is read (0 before: the demo has matches to
# play). Wait up to 60 s for both to show the same count, unchanged for half a second.
for _ in $(seq 120); do
    earlier=$(remaining results)
    sleep 0.5
    before=$(remaining results)
    [[ -n $before && $before -gt 0 && $before == "$earlier" && $(remaining stream) == "$before" ]] && break
done
[[ -n $before && $before -gt 0 ]] || fail "the desks never showed their brackets"
[[ $(remaining stream) == "$before" ]] || fail "the desks disagree before any result"
sleep 1
import -window root "$shots/1-both-desks.png"

# The Results desk: Ctrl+8 opens the Brackets page with the keyboard in the bracket, where "1"
# Enter finds and selects M1 and "2-1" Enter saves it.
keys "$results_window" ctrl+7 ctrl+8 1 Return 2 minus 1 Return
wait_state results "\"remaining\":$((before - 1))"
wait_state stream "\"remaining\":$((before - 1))"
echo "a result typed at the Results desk shows at the Stream desk"
sleep 1
import -window root "$shots/2-result-on-both.png"

# The server stops: both desks show Reconnecting; the Stream desk's result is refused.
bash "${server[@]}" stop "$work/pg" >/dev/null
wait_state results '"connection":"Reconnecting"'
wait_state stream '"connection":"Reconnecting"'
# (Its keyboard is still in the bracket it opened on: no page is opened again while the server is away.)
keys "$stream_window" 2 Return 2 minus 0 Return
sleep 2
[[ $(remaining stream) == $((before - 1)) ]] || fail "a result was taken while the server was away"
echo "both desks show Reconnecting; a result typed meanwhile is refused"
import -window root "$shots/3-reconnecting.png"

# The server is back: another program's result at once, then both desks catch up.
bash "${server[@]}" start "$work/pg" >/dev/null
last=$(psql "$url" -Atc "SELECT id FROM matches WHERE state = 'ready' ORDER BY id DESC LIMIT 1")
"$cli" event report --match "$last" --winner 1 --kind forfeit --desk "Stage laptop" --database "$url" >/dev/null
wait_state results '"connection":"Connected"' "\"remaining\":$((before - 2))"
wait_state stream '"connection":"Connected"' "\"remaining\":$((before - 2))"
echo "both desks reconnect and catch up with what was committed meanwhile"
# The Stream desk's refused result is still in its dialog: Enter saves it now.
keys "$stream_window" Return
wait_state stream "\"remaining\":$((before - 3))"
wait_state results "\"remaining\":$((before - 3))"
echo "the kept result is saved once the server is back, and the Results desk shows it"
sleep 1
import -window root "$shots/4-caught-up.png"
echo "screenshots in $shots"
