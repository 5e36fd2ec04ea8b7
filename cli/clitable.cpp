// SPDX-License-Identifier: GPL-3.0-or-later
// The one table of commands and options: the parser, --help, docs/cli.md, the man page and
// the shell completions are all made from it (clidocs.cpp).
#include "clicommand.h"
#include "clinouns.h"

using namespace Qt::StringLiterals;

namespace {

const CliOption eventOption {u"event"_s, u"ID"_s, u"the event (may be left out when the database holds only one)"_s};

// The bracket options of `event create` and `event advance` (EventCommandRunner).
QList<CliOption> formatOptions()
{
    return {
        {u"format"_s, u"FORMAT"_s, u"the bracket's format"_s, u"double|single|roundrobin|swiss|ffa"_s},
        {u"best-of"_s, u"N"_s, u"games per match (ffa: games per lobby)"_s},
        {u"finals-best-of"_s, u"N"_s, u"games per final match"_s},
        {u"third-place"_s, {}, u"a match for third place"_s},
        {u"grand-final"_s, u"MODE"_s, u"double elimination's grand final"_s, u"none|single|reset"_s},
        {u"groups"_s, u"G"_s, u"round robin in G groups"_s},
        {u"double-round-robin"_s, {}, u"everyone meets twice"_s},
        {u"rounds"_s, u"R"_s, u"Swiss rounds"_s},
        {u"advance-wins"_s, u"W"_s, u"Swiss: advance at W wins"_s},
        {u"out-losses"_s, u"L"_s, u"Swiss: out at L losses"_s},
        {u"points"_s, u"W,D,L"_s, u"points for a win, a draw, a loss"_s},
        {u"tiebreaks"_s, u"LIST"_s, u"wins,gamediff,h2h,buchholz,medianbuchholz,sb,omw,gw"_s},
        {u"lobby-size"_s, u"N"_s, u"ffa: entrants per lobby"_s},
        {u"lobby-rounds"_s, u"R"_s, u"ffa: rounds"_s},
        {u"placement-points"_s, u"LIST"_s, u"ffa: points per placement, 12,9,7,..."_s},
        {u"kill-points"_s, u"K"_s, u"ffa: points per kill"_s},
        {u"phase-name"_s, u"NAME"_s, u"the phase's name"_s},
        {u"simulate"_s, {}, u"play it through with reproducible random results"_s},
        {u"seed"_s, u"S"_s, u"the simulation's random seed"_s},
        {u"in"_s, u"FILE"_s, u"an event JSON file instead of --database"_s, u"file"_s},
        {u"out"_s, u"FILE"_s, u"also write the event as JSON"_s, u"file"_s},
    };
}

QList<CliCommand> players()
{
    return {
        {u"players"_s, u"import"_s, u"FILE"_s,
            u"Imports a player list (CSV from a spreadsheet, start.gg or Challonge), all or nothing: every bad line "
            "is printed with its number and nothing is stored"_s,
            {{u"dry-run"_s, {}, u"check and count only; store nothing"_s},
                {u"format"_s, u"FORMAT"_s, u"the file's layout; refused when the file does not have it"_s,
                    u"auto|omnium|startgg|challonge"_s},
                {u"keep-existing"_s, {},
                    u"leave players already there as they are (default: take the file's values)"_s}},
            u"omnium-cli players import registrations.csv --database omnium.sqlite"_s,
            uR"({"layout": "spreadsheet", "encoding": "UTF-8", "rows": 200, "newPlayers": 198, "updates": 1,
 "unchanged": 1, "problems": [{"line": 7, "reason": "“x@” is not an e-mail address"}], "imported": false})"_s,
            &cli::playersImport, false},
        {u"players"_s, u"export"_s, u"[FILE]"_s,
            u"Writes every player as CSV (tag, name, country, email, phone, rating, team, notes), to FILE or the "
            "standard output"_s,
            {}, u"omnium-cli players export players.csv --database omnium.sqlite"_s, {}, &cli::playersExport},
        {u"players"_s, u"list"_s, {}, u"Lists the players, sorted by tag"_s,
            {{u"search"_s, u"TEXT"_s,
                u"only players whose tag, name or team contains the words of TEXT (accents ignored)"_s}},
            u"omnium-cli players list --search ali --json --database omnium.sqlite"_s,
            uR"([{"id": 12, "tag": "Alice", "name": "Alice Martin", "country": "FR", "email": "alice@example.org",
  "phone": "", "rating": 1500, "teams": ["Les Rapides"]}])"_s,
            &cli::playersList},
        {u"teams"_s, u"import"_s, u"FILE"_s,
            u"Imports a team list (CSV, one team per line: team, tag, notes, and one player's gamer tag per cell "
            "under captain, player, player 2, substitute, coach… columns, as teams export writes it), all or "
            "nothing: the players must be there already; every bad line is printed with its number. A team "
            "already there (same name) takes the file's tag, notes and roster roles; nobody leaves a roster"_s,
            {{u"dry-run"_s, {}, u"check and count only; store nothing"_s},
                {u"keep-existing"_s, {}, u"leave teams already there as they are (default: take the file's values)"_s}},
            u"omnium-cli teams import teams.csv --database omnium.sqlite"_s,
            uR"({"encoding": "UTF-8", "rows": 32, "newTeams": 30, "updates": 1, "unchanged": 1,
 "problems": [{"line": 7, "reason": "no player has the gamer tag “Zed”; import the players first"}], "imported": false})"_s,
            &cli::teamsImport},
        {u"teams"_s, u"export"_s, u"[FILE]"_s,
            u"Writes every team and its roster as CSV (team, tag, captain, player…, substitute…, coach…, notes), to "
            "FILE or the standard output; teams import reads it back"_s,
            {}, u"omnium-cli teams export teams.csv --database omnium.sqlite"_s, {}, &cli::teamsExport},
        {u"teams"_s, u"list"_s, {}, u"Lists the teams and their rosters"_s,
            {{u"search"_s, u"TEXT"_s, u"only teams whose name or tag contains TEXT"_s}},
            u"omnium-cli teams list --json --database omnium.sqlite"_s,
            uR"([{"id": 3, "name": "Les Rapides", "tag": "RPD",
  "members": [{"playerId": 12, "tag": "Alice", "role": "captain"}]}])"_s,
            &cli::teamsList},
        {u"checkin"_s, {}, u"PLAYER|BADGE-ID..."_s,
            u"Checks players in to an event, each found by badge id, player id or gamer tag (as the check-in desk's "
            "field does), one undoable step each; nobody is checked in when one name is unknown"_s,
            {eventOption}, u"omnium-cli checkin 123456789012 --event 1 --database omnium.sqlite"_s,
            uR"([{"eventId": 1, "entrantId": 40, "playerId": 12, "tag": "Alice", "alreadyCheckedIn": false}])"_s,
            &cli::checkin},
    };
}

QList<CliCommand> events()
{
    const CliOption confirmReset {
        u"confirm-reset"_s, u"IDS"_s, u"apply a correction that resets these played matches"_s};
    return {
        {u"event"_s, u"add"_s, {}, u"Adds an event to a tournament (created when no tournament has that name)"_s,
            {{u"tournament"_s, u"NAME|ID"_s, u"the tournament"_s}, {u"name"_s, u"NAME"_s, u"the event's name"_s},
                {u"game"_s, u"GAME"_s, u"the game"_s},
                {u"team-size"_s, u"N"_s, u"1 for 1v1 (default), else team events"_s},
                {u"cap"_s, u"N"_s, u"the most entrants; later ones go on the waiting list"_s}},
            u"omnium-cli event add --tournament \"Weekly #12\" --name \"SF6\" --game \"Street Fighter 6\" --database "
            "omnium.sqlite"_s,
            uR"({"tournamentId": 1, "eventId": 2})"_s, &cli::eventAdd, false},
        {u"event"_s, u"list"_s, {}, u"Lists the events with their registrations"_s, {},
            u"omnium-cli event list --json --database omnium.sqlite"_s,
            uR"([{"id": 2, "tournamentId": 1, "tournament": "Weekly #12", "name": "SF6", "game": "Street Fighter 6",
  "entrants": 150, "waitlisted": 0, "checkedIn": 150, "hasBracket": true}])"_s,
            &cli::eventList},
        {u"event"_s, u"register"_s, u"[PLAYER...]"_s,
            u"Registers players (ids or gamer tags) in an event, in one command; the waiting list applies"_s,
            {eventOption, {u"all"_s, {}, u"every player not registered yet"_s}},
            u"omnium-cli event register --all --event 2 --database omnium.sqlite"_s,
            uR"({"eventId": 2, "registered": 200})"_s, &cli::eventRegister},
        {u"event"_s, u"seed"_s, {}, u"Seeds an event's entrants as the Seeding page does"_s,
            {eventOption,
                {u"by"_s, u"ORDER"_s, u"by rating, at random, or by a previous event's result"_s,
                    u"rating|random|previous"_s},
                {u"random-seed"_s, u"S"_s, u"--by random: the shuffle's seed (the same seed gives the same order)"_s},
                {u"previous"_s, u"ID"_s, u"--by previous: the finished event whose placements give the order"_s}},
            u"omnium-cli event seed --by random --random-seed 42 --event 2 --database omnium.sqlite"_s,
            uR"({"eventId": 2, "seeds": [{"seed": 1, "entrantId": 40, "name": "Alice"}]})"_s, &cli::eventSeed},
        {u"event"_s, u"close-checkin"_s, {},
            u"Removes every registered entrant not checked in from the event (asks for --yes first)"_s,
            {eventOption, {u"yes"_s, {}, u"confirm the removal"_s}},
            u"omnium-cli event close-checkin --yes --event 2 --database omnium.sqlite"_s,
            uR"({"eventId": 2, "removed": 50})"_s, &cli::eventCloseCheckin},
        {u"event"_s, u"create"_s, {},
            u"Creates an event's bracket: of a registered event (--event), or a new event of N entrants"_s,
            QList<CliOption> {eventOption, {u"entrants"_s, u"N"_s, u"a new event of N players"_s},
                {u"name"_s, u"NAME"_s, u"the new event's name"_s},
                {u"tournament"_s, u"NAME"_s, u"the new event's tournament"_s}}
                + formatOptions(),
            u"omnium-cli event create --event 2 --format double --database omnium.sqlite"_s, {}, &cli::eventBracket,
            false},
        {u"event"_s, u"report"_s, {}, u"Reports a match's result (or simulates the rest of the event)"_s,
            QList<CliOption> {eventOption, {u"match"_s, u"ID"_s, u"the match"_s},
                {u"winner"_s, u"SLOT"_s, u"the winning side"_s, u"1|2"_s}, {u"draw"_s, {}, u"a draw"_s},
                {u"games"_s, u"SCORES"_s, u"game scores, 3-1,2-3,3-0"_s},
                {u"kind"_s, u"KIND"_s, u"how it was won"_s, u"normal|forfeit|noshow|dq"_s}, confirmReset,
                {u"simulate"_s, {}, u"play the rest through"_s}, {u"seed"_s, u"S"_s, u"the simulation's seed"_s},
                {u"in"_s, u"FILE"_s, u"an event JSON file"_s, u"file"_s},
                {u"out"_s, u"FILE"_s, u"write the event as JSON"_s, u"file"_s}},
            u"omnium-cli event report --match 1234 --winner 1 --games 3-1,3-2 --database omnium.sqlite"_s, {},
            &cli::eventBracket},
        {u"event"_s, u"advance"_s, {}, u"Adds the next phase with the top K of each group of the last one"_s,
            QList<CliOption> {eventOption, {u"top"_s, u"K"_s, u"how many go through from each group"_s}}
                + formatOptions(),
            u"omnium-cli event advance --top 2 --format double --database omnium.sqlite"_s, {}, &cli::eventBracket},
        {u"event"_s, u"standings"_s, {},
            u"Prints the standings of each phase (--json: the first phase's, as in docs/event-json.md; round robin and "
            "Swiss rows add points and tiebreaks, free-for-all rows kills)"_s,
            {eventOption, {u"in"_s, u"FILE"_s, u"an event JSON file"_s, u"file"_s}},
            u"omnium-cli event standings --json --database omnium.sqlite"_s,
            uR"([{"entrant": 40, "seed": 1, "group": 1, "placement": 1, "played": 5, "wins": 5, "draws": 0, "losses": 0,
  "byes": 0, "gameWins": 10, "gameLosses": 2, "disqualified": false}])"_s,
            &cli::eventBracket},
        {u"event"_s, u"export"_s, {}, u"Writes the event as JSON (docs/event-json.md)"_s,
            {eventOption, {u"in"_s, u"FILE"_s, u"an event JSON file"_s, u"file"_s},
                {u"out"_s, u"FILE"_s, u"where to write"_s, u"file"_s}},
            u"omnium-cli event export --out event.json --database omnium.sqlite"_s, {}, &cli::eventBracket},
    };
}

QList<CliCommand> archives()
{
    const QString archiveJson = uR"({"scope": "database", "appVersion": "0.1.0", "tournaments": ["Weekly #12"],
 "contents": "1 tournament, 200 players, 1 event, 299 matches"})"_s;
    const QString backupJson
        = uR"({"id": "omnium-20261207-044501-manual.sqlite", "path": "/home/me/backups/omnium-20261207-044501-manual.sqlite",
 "at": "2026-12-07T04:45:01Z", "reason": "manual", "counts": {"events": 1, "matches": 299, "players": 200, "tournaments": 1},
 "tournaments": ["Weekly #12"], "size": 548864})"_s;
    return {
        {u"archive"_s, u"export"_s, u"FILE"_s,
            u"Writes the database, or one tournament, as an .omnium archive (docs/archive-format.md)"_s,
            {{u"tournament"_s, u"ID"_s, u"only this tournament"_s},
                {u"badge-ids"_s, {}, u"with --tournament: its players keep their badge ids"_s}},
            u"omnium-cli archive export weekly-12.omnium --database omnium.sqlite"_s, {}, &cli::archiveExport},
        {u"archive"_s, u"check"_s, u"FILE"_s,
            u"Checks an archive completely (structure, checksums, versions, the database inside) without importing it"_s,
            {}, u"omnium-cli archive check weekly-12.omnium --json --database omnium.sqlite"_s, archiveJson,
            &cli::archiveCheck},
        {u"archive"_s, u"import"_s, u"FILE"_s,
            u"Imports an archive into the database (created if missing), as one undoable command after a backup"_s,
            {{u"policy"_s, u"POLICY"_s,
                u"a player already in the database with the same tag: use it (merge) or add the archive's too"_s,
                u"merge|keep-both"_s}},
            u"omnium-cli archive import weekly-12.omnium --database fresh.sqlite"_s, archiveJson, &cli::archiveImport,
            false},
        {u"backup"_s, u"list"_s, {}, u"Lists the database's backups (in the backups folder beside it), newest first"_s,
            {}, u"omnium-cli backup list --json --database omnium.sqlite"_s, u"["_s + backupJson + u"]"_s,
            &cli::backupList},
        {u"backup"_s, u"create"_s, {}, u"Takes a backup now"_s, {},
            u"omnium-cli backup create --database omnium.sqlite"_s, backupJson, &cli::backupCreate},
        {u"backup"_s, u"restore"_s, u"ID"_s,
            u"Replaces the database with a backup (its file name from backup list), after backing up the current state"_s,
            {{u"yes"_s, {}, u"confirm the replacement"_s}},
            u"omnium-cli backup restore omnium-20261207-044501-manual.sqlite --yes --database omnium.sqlite"_s, {},
            &cli::backupRestore},
        {u"venue"_s, u"move"_s, u"TARGET"_s,
            u"Copies the whole database (tournaments, players, the undo history) into TARGET in one transaction, ids "
            "kept: an empty database on the venue server (postgresql://…; refused when it already holds a "
            "tournament), or a new SQLite file (a server's tournament back on a laptop)"_s,
            {}, u"omnium-cli venue move postgresql://omnium@localhost:54320/omnium --database omnium.sqlite"_s,
            uR"({"tournaments": 1, "players": 1024, "matches": 2047, "commands": 4,
 "to": "postgresql://omnium@localhost:54320/omnium", "milliseconds": 812})"_s,
            &cli::venueMove},
    };
}

QList<CliCommand> schedule()
{
    const CliOption tournament {
        u"tournament"_s, u"ID"_s, u"the tournament (default: the latest, as the Station board opens)"_s};
    const QString match = uR"({"matchId": 1234, "eventId": 2, "event": "SF6", "round": "Winners round 1", "bestOf": 3,
 "state": 2, "stationId": 5, "station": "Station 1", "stream": false, "time": "2026-12-07T14:05:00.000Z",
 "timeText": "3:05 PM", "sides": [{"entrantId": 40, "name": "Alice", "score": 0}, {"entrantId": 41, "name": "Bob",
 "score": 0}], "label": "M1", "held": false, "streamQueued": false, "lobby": false, "pinnedStation": ""})"_s;
    return {
        {u"schedule"_s, u"status"_s, {},
            u"The Station board: stations, now playing, up next with estimated times, and each event's projected end"_s,
            {tournament, {u"limit"_s, u"N"_s, u"how many matches up next (default 10)"_s}},
            u"omnium-cli schedule status --json --database omnium.sqlite"_s,
            uR"({"tournamentId": 1, "tournament": "Weekly #12",
 "stations": [{"id": 5, "number": 1, "name": "", "displayName": "Station 1", "games": "SF6", "stream": false,
   "available": true, "currentId": 1234, "current": "M1"}],
 "nowPlaying": [)"_s
                + match + uR"(], "upNext": [)"_s + match + uR"(],
 "events": [{"id": 2, "name": "SF6", "game": "Street Fighter 6", "projectedEnd": "6:40 PM", "plannedEnd": "",
   "delayMinutes": 0, "unscheduled": 0, "remaining": 290, "total": 299}]})"_s,
            &cli::scheduleStatus},
        {u"schedule"_s, u"call"_s, {}, u"Calls the next match to a free station, or a given match to a station"_s,
            {tournament, {u"station"_s, u"ID|NUMBER"_s, u"the station"_s},
                {u"match"_s, u"ID"_s, u"this match (default: the next one the schedule gives the station)"_s}},
            u"omnium-cli schedule call --station 1 --database omnium.sqlite"_s, match, &cli::scheduleCall},
        {u"schedule"_s, u"add-station"_s, {}, u"Adds a station (a numbered setup) to the tournament"_s,
            {tournament, {u"number"_s, u"N"_s, u"its number on the board"_s}, {u"name"_s, u"NAME"_s, u"its name"_s},
                {u"games"_s, u"LIST"_s, u"the games it can host, comma separated (default: any)"_s},
                {u"stream"_s, {}, u"the stream station"_s}},
            u"omnium-cli schedule add-station --number 1 --games \"Street Fighter 6\" --database omnium.sqlite"_s,
            uR"({"tournamentId": 1, "stationId": 5})"_s, &cli::scheduleAddStation},
    };
}

QList<CliCommand> printing()
{
    CliCommand badges {u"badges"_s, u"pdf"_s, u"OUT.pdf"_s,
        u"Writes badges to a PDF through the Badges page's renderer, with the venue's branding and roles from the "
        "app's settings; the print records are kept as the page keeps them. Progress on stderr at a terminal"_s,
        {{u"event"_s, u"ID"_s, u"only the people playing in this event (default: everyone)"_s},
            {u"role"_s, u"ROLE"_s, u"only this role (player, coach, staff, … as set in the app)"_s},
            {u"size"_s, u"SIZE"_s, u"the badge's size (default a6)"_s, u"a6|a7|cr80|cr100|4x3in|90x54"_s},
            {u"sheet"_s, u"PAPER"_s, u"sheets with crop marks, or one badge per page (default a4)"_s,
                u"a4|letter|single"_s},
            {u"design"_s, u"DESIGN"_s, u"the design (default classic)"_s, u"classic|bold|minimal"_s},
            {u"landscape"_s, {}, u"badges in landscape"_s}},
        u"omnium-cli badges pdf badges.pdf --size A7 --sheet A4 --database omnium.sqlite"_s,
        uR"({"file": "badges.pdf", "badges": 200, "pages": 25})"_s, &cli::badgesPdf};
    badges.needsGui = true;
    CliCommand gate {u"gate"_s, u"scan"_s, u"CODE"_s,
        u"Checks a ticket code as the Gate page does (the app's gate queue: its keys, the entries already made, "
        "offline when the backend does not answer); exit 5 with the reason when refused"_s,
        {{u"gate-queue"_s, u"FILE"_s, u"the gate's queue (default: the app's, in its data folder)"_s, u"file"_s},
            {u"gate"_s, u"NAME"_s, u"this computer's gate name (kept, as in the app's settings)"_s}},
        u"omnium-cli gate scan TKT1.AbC… --json"_s,
        uR"({"accepted": true, "reason": "", "acceptedHere": 12, "pendingUploads": 0})"_s, &cli::gateScan};
    gate.needsDatabase = false;
    QList<CliCommand> tickets {
        {u"tickets"_s, u"pair"_s, u"CODE"_s,
            u"Connects this computer to the ticketing server with a pairing code (omnium-pair:?url=…), as the Tickets "
            "page's settings do"_s,
            {}, u"omnium-cli tickets pair 'omnium-pair:?url=https%3A%2F%2F192.168.1.10%3A8740&sha256=…&token=…'"_s, {},
            &cli::ticketsPair},
        {u"tickets"_s, u"connect"_s, {},
            u"Sets the ticketing server's address and API token, as the Tickets page's settings do (pairing is safer: "
            "it pins the server's certificate)"_s,
            {{u"endpoint"_s, u"URL"_s, u"the server's address"_s},
                {u"token-file"_s, u"FILE"_s,
                    u"a file holding the API token (not on the command line, where ps shows it)"_s, u"file"_s}},
            u"omnium-cli tickets connect --endpoint https://192.168.1.10:8740 --token-file token.txt"_s, {},
            &cli::ticketsConnect},
        {u"tickets"_s, u"types"_s, {}, u"Lists the ticket types on sale, with what is left"_s, {},
            u"omnium-cli tickets types --json"_s,
            uR"([{"id": 1, "eventId": 7, "name": "Day pass", "priceCents": 1500, "currency": "EUR", "capacity": 500,
  "issued": 120, "redeemed": 80, "remaining": 380, "validFrom": "2026-12-12T08:00:00Z",
  "validUntil": "2026-12-12T23:00:00Z"}])"_s,
            &cli::ticketsTypes},
        {u"tickets"_s, u"issue"_s, {}, u"Issues tickets of a type to a buyer (sold or handed out)"_s,
            {{u"type"_s, u"ID"_s, u"the ticket type (tickets types)"_s},
                {u"quantity"_s, u"N"_s, u"how many (default 1)"_s}, {u"buyer"_s, u"NAME"_s, u"the buyer's name"_s},
                {u"email"_s, u"EMAIL"_s, u"the buyer's e-mail"_s}},
            u"omnium-cli tickets issue --type 1 --quantity 2 --buyer \"Léa Martin\""_s,
            uR"({"type": 1, "issued": 2})"_s, &cli::ticketsIssue},
        {u"tickets"_s, u"void"_s, u"TICKET-ID"_s, u"Voids a ticket (it no longer opens the gate)"_s,
            {{u"refund"_s, {}, u"record it as refunded"_s}}, u"omnium-cli tickets void 0f3a9c2b71d4e8a6 --refund"_s, {},
            &cli::ticketsVoid},
    };
    CliCommand pdf {u"tickets"_s, u"pdf"_s, u"OUT.pdf"_s,
        u"Writes the issued tickets (valid ones) to a PDF through the Tickets page's renderer"_s,
        {{u"search"_s, u"TEXT"_s, u"only the tickets whose buyer or id matches, as the page's search"_s},
            {u"sheets"_s, {}, u"on A4 sheets (kept as the page's setting) instead of one ticket per page"_s}},
        u"omnium-cli tickets pdf tickets.pdf --search Martin"_s, {}, &cli::ticketsPdf};
    pdf.needsGui = true;
    tickets << pdf
            << CliCommand {u"tickets"_s, u"verify"_s, u"CODE"_s,
                   u"Says whether a ticket code would open the gate now (signature, event, validity, voided, already "
                   "used here), from the gate's keys and without admitting anyone; exit 5 with the reason if not"_s,
                   {{u"gate-queue"_s, u"FILE"_s, u"the gate's queue (default: the app's, in its data folder)"_s,
                       u"file"_s}},
                   u"omnium-cli tickets verify TKT1.AbC… --json"_s,
                   uR"({"valid": true, "reason": "", "ticketId": "0f3a9c2b71d4e8a6"})"_s, &cli::ticketsVerify};
    for (auto &command : tickets)
        command.needsDatabase = false;
    return QList<CliCommand> {badges, gate} + tickets;
}

} // namespace

const QList<CliCommand> &cliCommands()
{
    static const QList<CliCommand> all = [] {
        // The commands that only read the database (event standings and export run in
        // EventCommandRunner, which opens the file read-only for them itself).
        static const QStringList reading = {u"players list"_s, u"players export"_s, u"teams list"_s, u"teams export"_s,
            u"event list"_s, u"event standings"_s, u"event export"_s, u"backup list"_s, u"schedule status"_s};
        QList<CliCommand> list = players() + events() + archives() + schedule() + printing();
        for (auto &command : list)
            command.readOnly = reading.contains(command.name());
        return list;
    }();
    return all;
}

QList<CliOption> cliCommonOptions(const CliCommand &command)
{
    QList<CliOption> options;
    if (command.needsDatabase)
        options << CliOption {u"database"_s, u"FILE|URL"_s,
            u"the app's SQLite database file, or a venue server postgresql://user@host:port/database"_s, u"file"_s}
                << CliOption {u"desk"_s, u"NAME"_s,
                       u"this desk's name on a venue server, shown to the other desks (default: omnium-cli on "
                       "the computer's name)"_s};
    options << CliOption {u"help"_s, {}, u"this command's options"_s};
    if (!command.json.isEmpty())
        options << CliOption {u"json"_s, {}, u"machine-readable output, shaped as docs/cli.md shows"_s};
    return options;
}
