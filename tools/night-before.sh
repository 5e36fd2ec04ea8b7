#!/usr/bin/env bash
# The night before and the day after, from a shell: import 200 registrations, check 150 in,
# seed, make a double-elimination bracket, play it through, print everyone's badges, export the
# archive and import it into a fresh database on "another laptop". Prints each step's time.
# Usage: tools/night-before.sh [WORKDIR]   (omnium-cli from PATH, or OMNIUM_CLI=path)
# SPDX-License-Identifier: GPL-3.0-or-later
set -euo pipefail
cli=${OMNIUM_CLI:-omnium-cli}
dir=${1:-$(mktemp -d)}
mkdir -p "$dir"
db=$dir/venue.sqlite
fresh=$dir/other-laptop.sqlite
rm -rf "$db" "$fresh" "$dir/backups"

step() { # step NAME COMMAND…: runs it, prints its time and its last output line
    local name=$1 start end out
    shift
    start=$(date +%s%N)
    out=$("$@")
    end=$(date +%s%N)
    printf '%-34s %7.2f s   %s\n' "$name" "$(((end - start) / 1000000))e-3" "$(tail -n 1 <<<"$out")"
}

# 200 registrations as a sign-up form exports them (semicolons, as Excel writes in France).
{
    echo "Pseudo;Nom;Pays;Courriel;Classement;Équipe"
    for i in $(seq 1 200); do
        echo "Joueur$i;Prénom Nom $i;FR;joueur$i@example.org;$((2000 - i * 3));Équipe $(((i - 1) / 10 + 1))"
    done
} >"$dir/registrations.csv"
checked=()
for i in $(seq 1 150); do checked+=("Joueur$i"); done

total_start=$(date +%s%N)
step "import 200 players" "$cli" players import "$dir/registrations.csv" --database "$db"
step "add the event" "$cli" event add --tournament "Weekly #12" --name "SF6" --game "Street Fighter 6" --database "$db"
step "register everyone" "$cli" event register --all --database "$db"
step "check 150 in" "$cli" checkin "${checked[@]}" --database "$db"
step "close check-in (50 no-shows)" "$cli" event close-checkin --yes --database "$db"
step "seed by rating" "$cli" event seed --by rating --database "$db"
step "add 8 stations" bash -c 'for n in 1 2 3 4 5 6 7 8; do "$0" schedule add-station --number $n --database "$1"; done' "$cli" "$db"
step "double elimination" "$cli" event create --event 1 --format double --best-of 3 --database "$db"
step "simulate every result" "$cli" event report --simulate --seed 12 --database "$db"
step "badges for everyone (A7 on A4)" "$cli" badges pdf "$dir/badges.pdf" --size A7 --sheet A4 --database "$db"
step "export the archive" "$cli" archive export "$dir/weekly-12.omnium" --database "$db"
step "import into a fresh database" "$cli" archive import "$dir/weekly-12.omnium" --database "$fresh"
total_end=$(date +%s%N)
printf '%-34s %7.2f s\n' "total" "$(((total_end - total_start) / 1000000))e-3"

# The fresh database holds the same event: the same standings, 200 players, 150 entrants.
players=$("$cli" players list --json --database "$fresh" | grep -c '"tag"')
diff <("$cli" event standings --json --database "$db") <("$cli" event standings --json --database "$fresh") >/dev/null ||
    { echo "FAIL: the imported event's standings differ"; exit 1; }
echo "fresh database: $players players; standings identical; badges.pdf $(du -h "$dir/badges.pdf" | cut -f1);" \
    "archive $(du -h "$dir/weekly-12.omnium" | cut -f1)"
[[ $players -eq 200 ]] || { echo "FAIL: $players players in the fresh database"; exit 1; }
