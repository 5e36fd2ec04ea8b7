// SPDX-License-Identifier: GPL-3.0-or-later
#include "schema.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace {

// Every domain row: a surrogate id (not assumed small or consecutive), times in UTC
// milliseconds since the epoch, and a row version bumped on each write for conflict detection.
#define OMNIUM_ROW_COLUMNS                                                                                             \
    "id @ID@, created_at BIGINT NOT NULL, updated_at BIGINT NOT NULL, version INTEGER NOT NULL DEFAULT 1"

const QList<QStringList> &migrations()
{
    static const QList<QStringList> all = {
        // 1: people and registration, plus the command log.
        {
            u"CREATE TABLE players (" OMNIUM_ROW_COLUMNS ","
            " tag TEXT NOT NULL, name TEXT, country TEXT, email TEXT, phone TEXT, photo @BLOB@,"
            " notes TEXT, rating DOUBLE PRECISION)"_s,
            u"CREATE INDEX players_tag ON players (tag)"_s,
            u"CREATE INDEX players_email ON players (email)"_s,
            u"CREATE TABLE teams (" OMNIUM_ROW_COLUMNS ","
            " name TEXT NOT NULL, tag TEXT, logo @BLOB@, notes TEXT)"_s,
            u"CREATE TABLE team_members (" OMNIUM_ROW_COLUMNS ","
            " team_id BIGINT NOT NULL REFERENCES teams (id) ON DELETE CASCADE,"
            " player_id BIGINT NOT NULL REFERENCES players (id) ON DELETE CASCADE,"
            " role TEXT NOT NULL DEFAULT 'player' CHECK (role IN ('captain', 'player', 'substitute', 'coach')),"
            " UNIQUE (team_id, player_id))"_s,
            u"CREATE INDEX team_members_player ON team_members (player_id)"_s,
            u"CREATE TABLE tournaments (" OMNIUM_ROW_COLUMNS ","
            " name TEXT NOT NULL, venue TEXT, starts_on TEXT, ends_on TEXT)"_s,
            u"CREATE TABLE events (" OMNIUM_ROW_COLUMNS ","
            " tournament_id BIGINT NOT NULL REFERENCES tournaments (id) ON DELETE CASCADE,"
            " name TEXT NOT NULL, game TEXT, team_size INTEGER NOT NULL DEFAULT 1 CHECK (team_size >= 1),"
            " entrant_cap INTEGER CHECK (entrant_cap IS NULL OR entrant_cap >= 0), seeding_seed BIGINT)"_s,
            u"CREATE INDEX events_tournament ON events (tournament_id)"_s,
            u"CREATE TABLE entrants (" OMNIUM_ROW_COLUMNS ","
            " event_id BIGINT NOT NULL REFERENCES events (id) ON DELETE CASCADE,"
            " player_id BIGINT REFERENCES players (id) ON DELETE CASCADE,"
            " team_id BIGINT REFERENCES teams (id) ON DELETE CASCADE,"
            " seed INTEGER,"
            " check_in TEXT NOT NULL DEFAULT 'pending' CHECK (check_in IN ('pending', 'checked_in', 'no_show')),"
            " checked_in_at BIGINT,"
            " waitlisted INTEGER NOT NULL DEFAULT 0 CHECK (waitlisted IN (0, 1)),"
            " CHECK ((player_id IS NULL AND team_id IS NOT NULL) OR (player_id IS NOT NULL AND team_id IS NULL)),"
            " UNIQUE (event_id, player_id), UNIQUE (event_id, team_id))"_s,
            u"CREATE INDEX entrants_player ON entrants (player_id)"_s,
            u"CREATE INDEX entrants_team ON entrants (team_id)"_s,
            // The audit and undo log: one row per user action (kind 'command') and one per undo/redo.
            // changes: JSON array of {table, id, before, after}; before null = inserted, after null = deleted.
            u"CREATE TABLE command_log (" OMNIUM_ROW_COLUMNS ","
            " kind TEXT NOT NULL CHECK (kind IN ('command', 'undo', 'redo')),"
            " label TEXT NOT NULL, changes @JSON@ NOT NULL,"
            " state TEXT NOT NULL CHECK (state IN ('done', 'undone', 'discarded', 'audit')),"
            " target_id BIGINT)"_s,
            u"CREATE INDEX command_log_state ON command_log (state, created_at)"_s,
        },
        // 2: competition: phases, matches, games, stations and the print log.
        {
            u"CREATE TABLE stations (" OMNIUM_ROW_COLUMNS ","
            " tournament_id BIGINT NOT NULL REFERENCES tournaments (id) ON DELETE CASCADE,"
            " number INTEGER NOT NULL, name TEXT, games @JSON@, is_stream INTEGER NOT NULL DEFAULT 0,"
            " UNIQUE (tournament_id, number))"_s,
            u"CREATE TABLE phases (" OMNIUM_ROW_COLUMNS ","
            " event_id BIGINT NOT NULL REFERENCES events (id) ON DELETE CASCADE,"
            " position INTEGER NOT NULL, name TEXT NOT NULL, format TEXT NOT NULL, options @JSON@,"
            " progress_count INTEGER, UNIQUE (event_id, position))"_s,
            // A match's two slots each hold an entrant (or a bye) and where it comes from:
            // source_kind 'seed' (source_ref = seed k), 'winner'/'loser' (source_ref = match id),
            // 'group_rank' (source_ref = rank k in the previous phase), or 'none'.
            u"CREATE TABLE matches (" OMNIUM_ROW_COLUMNS ","
            " phase_id BIGINT NOT NULL REFERENCES phases (id) ON DELETE CASCADE,"
            " group_number INTEGER NOT NULL DEFAULT 0,"
            " side TEXT NOT NULL CHECK (side IN ('winners', 'losers', 'grand_final', 'grand_final_reset',"
            " 'third_place', 'round_robin', 'swiss', 'lobby')),"
            " round INTEGER NOT NULL, position INTEGER NOT NULL, label TEXT,"
            " slot1_entrant_id BIGINT REFERENCES entrants (id) ON DELETE SET NULL,"
            " slot1_bye INTEGER NOT NULL DEFAULT 0,"
            " slot1_source_kind TEXT NOT NULL DEFAULT 'none'"
            " CHECK (slot1_source_kind IN ('none', 'seed', 'winner', 'loser', 'group_rank')),"
            " slot1_source_ref BIGINT,"
            " slot2_entrant_id BIGINT REFERENCES entrants (id) ON DELETE SET NULL,"
            " slot2_bye INTEGER NOT NULL DEFAULT 0,"
            " slot2_source_kind TEXT NOT NULL DEFAULT 'none'"
            " CHECK (slot2_source_kind IN ('none', 'seed', 'winner', 'loser', 'group_rank')),"
            " slot2_source_ref BIGINT,"
            " best_of INTEGER NOT NULL DEFAULT 1 CHECK (best_of >= 1),"
            " state TEXT NOT NULL DEFAULT 'pending'"
            " CHECK (state IN ('pending', 'ready', 'called', 'in_progress', 'completed')),"
            " result_kind TEXT CHECK (result_kind IS NULL OR result_kind IN ('normal', 'forfeit', 'no_show',"
            " 'disqualification')),"
            " winner_entrant_id BIGINT REFERENCES entrants (id) ON DELETE SET NULL,"
            " slot1_score INTEGER, slot2_score INTEGER,"
            " station_id BIGINT REFERENCES stations (id) ON DELETE SET NULL,"
            " scheduled_at BIGINT, called_at BIGINT, started_at BIGINT, completed_at BIGINT,"
            " UNIQUE (phase_id, group_number, side, round, position))"_s,
            u"CREATE INDEX matches_state ON matches (state)"_s,
            u"CREATE INDEX matches_station ON matches (station_id)"_s,
            // Free-for-all lobbies: every entrant of a 'lobby' match with its placement and points.
            u"CREATE TABLE lobby_entrants (" OMNIUM_ROW_COLUMNS ","
            " match_id BIGINT NOT NULL REFERENCES matches (id) ON DELETE CASCADE,"
            " entrant_id BIGINT NOT NULL REFERENCES entrants (id) ON DELETE CASCADE,"
            " placement INTEGER, points INTEGER, UNIQUE (match_id, entrant_id))"_s,
            u"CREATE TABLE games (" OMNIUM_ROW_COLUMNS ","
            " match_id BIGINT NOT NULL REFERENCES matches (id) ON DELETE CASCADE,"
            " number INTEGER NOT NULL, slot1_score INTEGER, slot2_score INTEGER,"
            " winner_entrant_id BIGINT REFERENCES entrants (id) ON DELETE SET NULL,"
            " note TEXT, UNIQUE (match_id, number))"_s,
            u"CREATE TABLE print_log (" OMNIUM_ROW_COLUMNS ","
            " kind TEXT NOT NULL, player_id BIGINT REFERENCES players (id) ON DELETE SET NULL,"
            " entrant_id BIGINT REFERENCES entrants (id) ON DELETE SET NULL, details @JSON@)"_s,
        },
        // 3: scheduling: a station can be out of order; each event's schedule settings (JSON:
        // durations by best-of, rest, start, breaks, round slots, no-show timer, planned end); the
        // organiser's hold, stream feature and station pin on a match.
        {
            u"ALTER TABLE stations ADD COLUMN available INTEGER NOT NULL DEFAULT 1"_s,
            u"ALTER TABLE events ADD COLUMN schedule @JSON@"_s,
            u"ALTER TABLE matches ADD COLUMN held INTEGER NOT NULL DEFAULT 0"_s,
            u"ALTER TABLE matches ADD COLUMN featured INTEGER NOT NULL DEFAULT 0"_s,
            u"ALTER TABLE matches ADD COLUMN pinned_station_id BIGINT REFERENCES stations (id) ON DELETE SET NULL"_s,
        },
        // 4: a free-for-all lobby entrant's placement and kills in each game of its lobby, as a
        // JSON array of {"placement", "kills"} in game order (placement/points hold the totals).
        {
            u"ALTER TABLE lobby_entrants ADD COLUMN game_scores @JSON@"_s,
        },
        // 5: badges: the people who are not players (staff, press, casters, VIP, guests), a badge
        // id per person (what the QR code holds; random, kept across reprints) and print records
        // for staff badges.
        {
            u"CREATE TABLE staff (" OMNIUM_ROW_COLUMNS ","
            " name TEXT NOT NULL, organisation TEXT, role TEXT NOT NULL DEFAULT 'staff', photo @BLOB@,"
            " badge_id TEXT, notes TEXT)"_s,
            u"CREATE UNIQUE INDEX staff_badge_id ON staff (badge_id)"_s,
            u"ALTER TABLE players ADD COLUMN badge_id TEXT"_s,
            u"CREATE UNIQUE INDEX players_badge_id ON players (badge_id)"_s,
            u"ALTER TABLE print_log ADD COLUMN staff_id BIGINT REFERENCES staff (id) ON DELETE SET NULL"_s,
        },
        // 6: a match whose result an entrant contests: the organiser marks it and the flag goes
        // when a result is confirmed. Not engine state: the bracket does not depend on it.
        {
            u"ALTER TABLE matches ADD COLUMN disputed INTEGER NOT NULL DEFAULT 0"_s,
        },
        // 7: scheduling state the dispatcher cannot rebuild from the other columns: a match's place
        // in the stream station's queue (1, 2…; NULL = not queued) and the broken station it was
        // taken off (it stays first in line until it is called again).
        {
            u"ALTER TABLE matches ADD COLUMN stream_position INTEGER"_s,
            u"ALTER TABLE matches ADD COLUMN displaced_from_station_id BIGINT REFERENCES stations (id)"
            " ON DELETE SET NULL"_s,
        },
        // 8 (SQLite only): the matches table's CHECKs as comparisons instead of IN lists. SQLite
        // builds a temporary table for every IN list of more than two values each time a row is
        // written, which was most of the time taken to save a 4,096-entrant bracket. The table is
        // rebuilt the way SQLite documents (foreign keys are off during migrations), same columns
        // in the same order, its AUTOINCREMENT counter carried over so no id is ever reused.
        {
            u"@SQLITE@CREATE TABLE matches_new (" OMNIUM_ROW_COLUMNS ","
            " phase_id BIGINT NOT NULL REFERENCES phases (id) ON DELETE CASCADE,"
            " group_number INTEGER NOT NULL DEFAULT 0,"
            " side TEXT NOT NULL CHECK (side = 'winners' OR side = 'losers' OR side = 'grand_final'"
            " OR side = 'grand_final_reset' OR side = 'third_place' OR side = 'round_robin' OR side = 'swiss'"
            " OR side = 'lobby'),"
            " round INTEGER NOT NULL, position INTEGER NOT NULL, label TEXT,"
            " slot1_entrant_id BIGINT REFERENCES entrants (id) ON DELETE SET NULL,"
            " slot1_bye INTEGER NOT NULL DEFAULT 0,"
            " slot1_source_kind TEXT NOT NULL DEFAULT 'none' CHECK (slot1_source_kind = 'none'"
            " OR slot1_source_kind = 'seed' OR slot1_source_kind = 'winner' OR slot1_source_kind = 'loser'"
            " OR slot1_source_kind = 'group_rank'),"
            " slot1_source_ref BIGINT,"
            " slot2_entrant_id BIGINT REFERENCES entrants (id) ON DELETE SET NULL,"
            " slot2_bye INTEGER NOT NULL DEFAULT 0,"
            " slot2_source_kind TEXT NOT NULL DEFAULT 'none' CHECK (slot2_source_kind = 'none'"
            " OR slot2_source_kind = 'seed' OR slot2_source_kind = 'winner' OR slot2_source_kind = 'loser'"
            " OR slot2_source_kind = 'group_rank'),"
            " slot2_source_ref BIGINT,"
            " best_of INTEGER NOT NULL DEFAULT 1 CHECK (best_of >= 1),"
            " state TEXT NOT NULL DEFAULT 'pending' CHECK (state = 'pending' OR state = 'ready' OR state = 'called'"
            " OR state = 'in_progress' OR state = 'completed'),"
            " result_kind TEXT CHECK (result_kind IS NULL OR result_kind = 'normal' OR result_kind = 'forfeit'"
            " OR result_kind = 'no_show' OR result_kind = 'disqualification'),"
            " winner_entrant_id BIGINT REFERENCES entrants (id) ON DELETE SET NULL,"
            " slot1_score INTEGER, slot2_score INTEGER,"
            " station_id BIGINT REFERENCES stations (id) ON DELETE SET NULL,"
            " scheduled_at BIGINT, called_at BIGINT, started_at BIGINT, completed_at BIGINT,"
            " held INTEGER NOT NULL DEFAULT 0, featured INTEGER NOT NULL DEFAULT 0,"
            " pinned_station_id BIGINT REFERENCES stations (id) ON DELETE SET NULL,"
            " disputed INTEGER NOT NULL DEFAULT 0, stream_position INTEGER,"
            " displaced_from_station_id BIGINT REFERENCES stations (id) ON DELETE SET NULL,"
            " UNIQUE (phase_id, group_number, side, round, position))"_s,
            u"@SQLITE@INSERT INTO matches_new SELECT * FROM matches"_s,
            u"@SQLITE@DELETE FROM sqlite_sequence WHERE name = 'matches_new'"_s,
            u"@SQLITE@INSERT INTO sqlite_sequence (name, seq) SELECT 'matches_new', seq FROM sqlite_sequence"
            " WHERE name = 'matches'"_s,
            u"@SQLITE@DROP TABLE matches"_s,
            u"@SQLITE@ALTER TABLE matches_new RENAME TO matches"_s,
            u"@SQLITE@CREATE INDEX matches_state ON matches (state)"_s,
            u"@SQLITE@CREATE INDEX matches_station ON matches (station_id)"_s,
        },
        // 9: which desk ran each command, on a venue server shared by several (empty for a
        // file): undo takes a desk's own commands, and a refused write names who changed the row.
        {
            u"ALTER TABLE command_log ADD COLUMN desk TEXT NOT NULL DEFAULT ''"_s,
        },
        // 10: players' phone pages (docs/player-pages.md): each player's link secret (NULL: no link,
        // or revoked), and the events whose players may report their own results.
        {
            u"ALTER TABLE players ADD COLUMN phone_secret TEXT"_s,
            u"CREATE UNIQUE INDEX players_phone_secret ON players (phone_secret)"_s,
            u"ALTER TABLE events ADD COLUMN self_report INTEGER NOT NULL DEFAULT 0"_s,
        },
        // 11: players' phones, continued: events whose phones report game by game (who won each),
        // and events whose players check in by opening their page inside the check-in window.
        {
            u"ALTER TABLE events ADD COLUMN report_games INTEGER NOT NULL DEFAULT 0"_s,
            u"ALTER TABLE events ADD COLUMN phone_check_in INTEGER NOT NULL DEFAULT 0"_s,
        },
    };
    return all;
}

} // namespace

namespace Schema {

int latestVersion()
{
    return int(migrations().size());
}

QStringList migration(int version)
{
    Q_ASSERT(version >= 1 && version <= latestVersion());
    return migrations().at(version - 1);
}

const QStringList &domainTables()
{
    static const QStringList tables
        = {u"players"_s, u"teams"_s, u"team_members"_s, u"tournaments"_s, u"events"_s, u"entrants"_s, u"stations"_s,
            u"phases"_s, u"matches"_s, u"lobby_entrants"_s, u"games"_s, u"print_log"_s, u"staff"_s};
    return tables;
}

bool isDomainTable(const QString &table)
{
    return domainTables().contains(table);
}

QList<Reference> referencesTo(const QString &table)
{
    using enum Reference::OnDelete;
    static const QHash<QString, QList<Reference>> references = {
        {u"players"_s,
            {{u"team_members"_s, u"player_id"_s, Cascade}, {u"entrants"_s, u"player_id"_s, Cascade},
                {u"print_log"_s, u"player_id"_s, SetNull}}},
        {u"teams"_s, {{u"team_members"_s, u"team_id"_s, Cascade}, {u"entrants"_s, u"team_id"_s, Cascade}}},
        {u"tournaments"_s, {{u"events"_s, u"tournament_id"_s, Cascade}, {u"stations"_s, u"tournament_id"_s, Cascade}}},
        {u"events"_s, {{u"entrants"_s, u"event_id"_s, Cascade}, {u"phases"_s, u"event_id"_s, Cascade}}},
        {u"entrants"_s,
            {{u"lobby_entrants"_s, u"entrant_id"_s, Cascade}, {u"matches"_s, u"slot1_entrant_id"_s, SetNull},
                {u"matches"_s, u"slot2_entrant_id"_s, SetNull}, {u"matches"_s, u"winner_entrant_id"_s, SetNull},
                {u"games"_s, u"winner_entrant_id"_s, SetNull}, {u"print_log"_s, u"entrant_id"_s, SetNull}}},
        {u"phases"_s, {{u"matches"_s, u"phase_id"_s, Cascade}}},
        {u"matches"_s, {{u"lobby_entrants"_s, u"match_id"_s, Cascade}, {u"games"_s, u"match_id"_s, Cascade}}},
        {u"stations"_s,
            {{u"matches"_s, u"station_id"_s, SetNull}, {u"matches"_s, u"pinned_station_id"_s, SetNull},
                {u"matches"_s, u"displaced_from_station_id"_s, SetNull}}},
        {u"staff"_s, {{u"print_log"_s, u"staff_id"_s, SetNull}}},
    };
    return references.value(table);
}

bool isBlobColumn(const QString &column)
{
    return column == u"photo"_s || column == u"logo"_s;
}

} // namespace Schema
