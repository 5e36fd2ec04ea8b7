// SPDX-License-Identifier: GPL-3.0-or-later
// A helper process for the store's tests:
//   store_helper writer DB       commits players one command at a time and prints "id tag" after each commit
//   store_helper fixture DB N    writes a database at schema version N with sample rows (tests/store/fixtures)
#include "core/clock.h"
#include "store/database.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

int writer(const QString &path)
{
    Store store(Clock::system());
    if (auto error = store.open(path)) {
        std::fprintf(stderr, "%s\n", qPrintable(error.message));
        return 1;
    }
    for (qint64 n = 0;; ++n) {
        const QString tag = u"writer-%1-%2"_s.arg(QCoreApplication::applicationPid()).arg(n);
        qint64 id = 0;
        const auto error = store.run(CommandLabel::verbatim(u"add player"_s), [&](StoreTransaction &tx) {
            id = tx.insert(u"players"_s, {{u"tag"_s, tag}, {u"notes"_s, QString(200, u'x')}});
            // A second row in the same command: both or neither must survive.
            tx.update(u"players"_s, id, 1, {{u"name"_s, tag.toUpper()}});
        });
        if (error) {
            std::fprintf(stderr, "%s\n", qPrintable(error.message));
            return 1;
        }
        // Only now is the write reported as saved.
        std::printf("%lld %s\n", id, qPrintable(tag));
        std::fflush(stdout);
    }
}

int fixture(const QString &path, int version)
{
    Database db;
    if (auto error = db.open(path, version)) {
        std::fprintf(stderr, "%s\n", qPrintable(error.message));
        return 1;
    }
    QSqlQuery query(db.connection());
    const QStringList statements = {
        u"INSERT INTO players (id, created_at, updated_at, version, tag, name, country, email) VALUES "
        "(1001, 1764316800000, 1764316800000, 1, 'Daigo', 'Daigo Umehara', 'JP', NULL), "
        "(5000000001, 1764316800000, 1764316900000, 2, 'Kayané', 'Marie-Laure Norindr', 'FR', 'k@example.org')"_s,
        u"INSERT INTO teams (id, created_at, updated_at, version, name, tag) VALUES "
        "(7, 1764316800000, 1764316800000, 1, 'Vitality', 'VIT')"_s,
        u"INSERT INTO team_members (id, created_at, updated_at, version, team_id, player_id, role) VALUES "
        "(1, 1764316800000, 1764316800000, 1, 7, 5000000001, 'captain')"_s,
        u"INSERT INTO tournaments (id, created_at, updated_at, version, name, venue, starts_on) VALUES "
        "(3, 1764316800000, 1764316800000, 1, 'Omnium Weekly #1', 'Vélodrome', '2026-11-28')"_s,
        u"INSERT INTO events (id, created_at, updated_at, version, tournament_id, name, game, team_size, entrant_cap) "
        "VALUES (4, 1764316800000, 1764316800000, 1, 3, 'SF6 1v1', 'Street Fighter 6', 1, 32)"_s,
        u"INSERT INTO entrants (id, created_at, updated_at, version, event_id, player_id, seed, check_in) VALUES "
        "(10, 1764316800000, 1764316800000, 1, 4, 1001, 1, 'checked_in'), "
        "(11, 1764316800000, 1764316800000, 1, 4, 5000000001, 2, 'pending')"_s,
    };
    for (const auto &sql : statements) {
        if (!query.exec(sql)) {
            std::fprintf(stderr, "%s\n", qPrintable(sql));
            return 1;
        }
    }
    if (version >= 2) {
        const QStringList more = {
            u"INSERT INTO stations (id, created_at, updated_at, version, tournament_id, number, name, is_stream) "
            "VALUES (20, 1764316800000, 1764316800000, 1, 3, 1, 'Stream', 1)"_s,
            u"INSERT INTO phases (id, created_at, updated_at, version, event_id, position, name, format, options) "
            "VALUES (30, 1764316800000, 1764316800000, 1, 4, 1, 'Top 8', 'double_elimination', '{}')"_s,
            u"INSERT INTO matches (id, created_at, updated_at, version, phase_id, side, round, position, "
            "slot1_entrant_id, slot1_source_kind, slot1_source_ref, slot2_entrant_id, slot2_source_kind, "
            "slot2_source_ref, best_of, state, station_id) VALUES (40, 1764316800000, 1764316800000, 1, 30, "
            "'winners', 1, 1, 10, 'seed', 1, 11, 'seed', 2, 3, 'called', 20)"_s,
            u"INSERT INTO games (id, created_at, updated_at, version, match_id, number, slot1_score, slot2_score) "
            "VALUES (50, 1764316800000, 1764316800000, 1, 40, 1, 2, 0)"_s,
        };
        for (const auto &sql : more) {
            if (!query.exec(sql)) {
                std::fprintf(stderr, "%s\n", qPrintable(sql));
                return 1;
            }
        }
    }
    if (version >= 3) {
        const QStringList more = {
            u"UPDATE stations SET available = 0 WHERE id = 20"_s,
            u"UPDATE events SET schedule = '{\"minRestSecs\":300,\"expectedSecsByBestOf\":{\"3\":1200}}' WHERE id = 4"_s,
            u"UPDATE matches SET held = 1, featured = 1, pinned_station_id = 20 WHERE id = 40"_s,
        };
        for (const auto &sql : more) {
            if (!query.exec(sql)) {
                std::fprintf(stderr, "%s\n", qPrintable(sql));
                return 1;
            }
        }
    }
    if (version >= 7) { // the stream queue and the broken station's match
        const QStringList more = {
            u"UPDATE matches SET stream_position = 1, displaced_from_station_id = 20 WHERE id = 40"_s,
        };
        for (const auto &sql : more) {
            if (!query.exec(sql)) {
                std::fprintf(stderr, "%s\n", qPrintable(sql));
                return 1;
            }
        }
    }
    if (version >= 9 // a command of a desk on a venue server
        && !query.exec(
            u"INSERT INTO command_log (id, created_at, updated_at, version, kind, label, changes, state, desk) "
            "VALUES (60, 1764316800000, 1764316800000, 1, 'command', 'Result 2-0 M1', '[]', 'done', "
            "'Results desk')"_s)) {
        std::fprintf(stderr, "command_log\n");
        return 1;
    }
    query.exec(u"PRAGMA journal_mode = DELETE"_s); // one self-contained file to commit
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const auto args = app.arguments();
    if (args.size() == 3 && args.at(1) == u"writer"_s)
        return writer(args.at(2));
    if (args.size() == 4 && args.at(1) == u"fixture"_s)
        return fixture(args.at(2), args.at(3).toInt());
    std::fprintf(stderr, "usage: store_helper writer DB | fixture DB VERSION\n");
    return 2;
}
