// SPDX-License-Identifier: GPL-3.0-or-later
#include "competition/bracketstore.h"
#include "core/clock.h"
#include "registration/eventcontroller.h"
#include "registration/playercontroller.h"
#include "store/store.h"
#include "testdatabase.h"

#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace omnium::engine;

class TestEventController : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    ManualClock m_clock {QDateTime(QDate(2026, 11, 28), QTime(9, 0), QTimeZone::UTC)};
    int m_counter = 0;

    struct Fixture {
        Store store;
        PlayerController players {store};
        EventController events {store};
        qint64 tournament = 0;
        qint64 event = 0;
        QList<qint64> playerIds;
        explicit Fixture(const Clock &clock)
            : store(clock)
        { }
    };

    std::unique_ptr<Fixture> setup(int playerCount, int cap)
    {
        auto f = std::make_unique<Fixture>(m_clock);
        [&] { QVERIFY(!f->store.open(testDatabase(m_dir.filePath(u"e%1.sqlite"_s.arg(++m_counter))))); }();
        f->tournament = f->events.addTournament({{u"name"_s, u"Weekly"_s}, {u"startsOn"_s, u"2026-11-28"_s}});
        f->event = f->events.addEvent(f->tournament, {{u"name"_s, u"SF6"_s}, {u"entrantCap"_s, cap}});
        for (int i = 0; i < playerCount; ++i)
            f->playerIds << f->players.addPlayer(
                {{u"tag"_s, u"P%1"_s.arg(i)}, {u"rating"_s, i == 2 ? QVariant() : QVariant(1000 + 10 * i)}});
        return f;
    }

    static QList<qint64> column(Store &store, const QString &sql, const QVariantList &values = {})
    {
        QList<qint64> result;
        auto query = store.select(sql, values);
        while (query.next())
            result << query.value(0).toLongLong();
        return result;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void waitingListFillsFreedPlaces()
    {
        auto f = setup(4, 2);
        QList<qint64> entrants;
        for (const qint64 player : std::as_const(f->playerIds))
            entrants << f->events.registerPlayer(f->event, player);
        QVERIFY(!entrants.contains(0));
        QCOMPARE(column(f->store, u"SELECT waitlisted FROM entrants ORDER BY id"_s), (QList<qint64> {0, 0, 1, 1}));
        QCOMPARE(f->events.registerPlayer(f->event, f->playerIds.at(0)), 0); // twice
        QVERIFY(f->store.lastError().message.contains(u"already registered"_s));
        QVERIFY(!f->events.checkIn(entrants.at(2)));
        QVERIFY(f->events.unregister(entrants.at(0), 1));
        QCOMPARE(column(f->store, u"SELECT waitlisted FROM entrants ORDER BY id"_s), (QList<qint64> {0, 0, 1}));
        const qint64 team = f->players.addTeam({{u"name"_s, u"Team"_s}});
        QCOMPARE(f->events.registerTeam(f->event, team), 0); // 1v1 event
    }

    void checkInDeskAndNoShows()
    {
        auto f = setup(5, 0);
        QList<qint64> entrants;
        for (const qint64 player : std::as_const(f->playerIds))
            entrants << f->events.registerPlayer(f->event, player);
        QVERIFY(f->events.setSeedOrder(f->event, {entrants.at(4), entrants.at(3)}));
        for (int i : {0, 1, 3}) {
            m_clock.advanceSecs(5);
            QVERIFY(f->events.checkIn(entrants.at(i)));
        }
        QCOMPARE(f->store.undoText(), u"Undo: check in P3"_s);
        QVERIFY(f->store.undo()); // a mistake at the desk
        QCOMPARE(column(f->store, u"SELECT COUNT(*) FROM entrants WHERE check_in = 'checked_in'"_s).at(0), 2);
        QVERIFY(f->events.checkIn(entrants.at(3)));
        QCOMPARE(f->events.removeNoShows(f->event), 2);
        QCOMPARE(column(f->store, u"SELECT id FROM entrants ORDER BY seed, id"_s),
            (QList<qint64> {entrants.at(3), entrants.at(0), entrants.at(1)}));
        QCOMPARE(column(f->store, u"SELECT seed FROM entrants ORDER BY seed"_s), (QList<qint64> {1, 2, 3}));
        QVERIFY(f->store.undo()); // the no-shows come back in one step
        QCOMPARE(column(f->store, u"SELECT COUNT(*) FROM entrants"_s).at(0), 5);
    }

    void seeding_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<QList<int>>("order"); // player indexes from seed 1 down
        QTest::newRow("by rating, unrated last") << u"rating"_s << QList<int> {4, 3, 1, 0, 2};
        QTest::newRow("manual move") << u"move"_s << QList<int> {4, 0, 1, 2, 3};
        QTest::newRow("random seed 42") << u"random"_s << QList<int> {};
    }

    void seeding()
    {
        QFETCH(QString, method);
        QFETCH(QList<int>, order);
        auto f = setup(5, 0);
        QList<qint64> entrants;
        for (const qint64 player : std::as_const(f->playerIds))
            entrants << f->events.registerPlayer(f->event, player);
        if (method == u"rating"_s)
            QVERIFY(f->events.seedByRating(f->event));
        else if (method == u"move"_s)
            QVERIFY(f->events.moveSeed(f->event, entrants.at(4), 1));
        else
            QVERIFY(f->events.seedRandomly(f->event, 42));
        const auto seeded = column(f->store, u"SELECT id FROM entrants WHERE event_id = ? ORDER BY seed"_s, {f->event});
        if (method == u"random"_s) {
            const auto permutation = EventController::shuffledOrder(5, 42);
            for (int i = 0; i < 5; ++i)
                QCOMPARE(seeded.at(i), entrants.at(permutation.at(i)));
            QCOMPARE(column(f->store, u"SELECT seeding_seed FROM events"_s).at(0), 42);
            QCOMPARE(f->events.randomSeedOf(f->event), 42u);
            // Reproducible, and different seeds give different orders.
            QCOMPARE(EventController::shuffledOrder(16, 42), EventController::shuffledOrder(16, 42));
            QVERIFY(EventController::shuffledOrder(16, 42) != EventController::shuffledOrder(16, 43));
            return;
        }
        QList<qint64> expected;
        for (const int i : order)
            expected << entrants.at(i);
        QCOMPARE(seeded, expected);
    }

    void editTournamentAndEvent_data()
    {
        QTest::addColumn<QString>("table");
        QTest::addColumn<QVariantMap>("values");
        QTest::addColumn<QString>("error"); // empty: saved
        QTest::newRow("tournament renamed") << u"tournaments"_s << QVariantMap {{u"name"_s, u"Open"_s}} << QString();
        QTest::newRow("tournament dates")
            << u"tournaments"_s << QVariantMap {{u"startsOn"_s, u"2026-12-05"_s}, {u"endsOn"_s, u"2026-12-06"_s}}
            << QString();
        QTest::newRow("tournament bad date")
            << u"tournaments"_s << QVariantMap {{u"endsOn"_s, u"6/12/2026"_s}} << u"is not a date"_s;
        QTest::newRow("tournament ends before start")
            << u"tournaments"_s << QVariantMap {{u"endsOn"_s, u"2026-11-27"_s}} << u"cannot end before"_s;
        QTest::newRow("tournament without name")
            << u"tournaments"_s << QVariantMap {{u"name"_s, u"  "_s}} << u"needs a name"_s;
        QTest::newRow("event game and cap")
            << u"events"_s << QVariantMap {{u"game"_s, u"Tekken 8"_s}, {u"entrantCap"_s, 16}} << QString();
        QTest::newRow("event to teams with players in it")
            << u"events"_s << QVariantMap {{u"teamSize"_s, 2}} << u"unregister them"_s;
        QTest::newRow("event without name") << u"events"_s << QVariantMap {{u"name"_s, QString()}} << u"needs a name"_s;
    }

    // An edit is one undoable command; a broken rule changes nothing and says why.
    void editTournamentAndEvent()
    {
        QFETCH(QString, table);
        QFETCH(QVariantMap, values);
        QFETCH(QString, error);
        auto f = setup(2, 0);
        f->events.registerPlayer(f->event, f->playerIds.at(0));
        const qint64 id = table == u"events"_s ? f->event : f->tournament;
        const QString columns
            = table == u"events"_s ? u"name, game, team_size, entrant_cap"_s : u"name, venue, starts_on, ends_on"_s;
        const auto snapshot = [&] {
            auto query = f->store.select(u"SELECT %1 FROM %2 WHERE id = ?"_s.arg(columns, table), {id});
            QVariantList values;
            for (int i = 0; query.next() && i < 4; ++i) {
                for (int c = 0; c < 4; ++c)
                    values << query.value(c);
            }
            return values;
        };
        const auto before = snapshot();
        const auto versionBefore = column(f->store, u"SELECT version FROM %1 WHERE id = ?"_s.arg(table), {id});
        const bool saved
            = table == u"events"_s ? f->events.updateEvent(id, 1, values) : f->events.updateTournament(id, 1, values);
        QCOMPARE(saved, error.isEmpty());
        if (!saved) {
            QVERIFY2(f->store.lastError().message.contains(error), qPrintable(f->store.lastError().message));
            QCOMPARE(column(f->store, u"SELECT version FROM %1 WHERE id = ?"_s.arg(table), {id}), versionBefore);
            QCOMPARE(snapshot(), before);
            return;
        }
        QVERIFY(
            f->store.undoText().startsWith(table == u"events"_s ? u"Undo: edit event"_s : u"Undo: edit tournament"_s));
        QVERIFY(snapshot() != before);
        QVERIFY(f->store.undo());
        QCOMPARE(snapshot(), before);
    }

    // Two desks edit the same event: the second, still holding version 1, is refused.
    void staleEventEdit()
    {
        auto f = setup(0, 0);
        QVERIFY(f->events.updateEvent(f->event, 1, {{u"game"_s, u"SF6"_s}}));
        QVERIFY(!f->events.updateEvent(f->event, 1, {{u"game"_s, u"Tekken 8"_s}}));
        QCOMPARE(f->store.lastError().kind, StoreError::Kind::Stale);
        QVERIFY(f->store.lastError().message.contains(u"changed elsewhere"_s));
        auto query = f->store.select(u"SELECT game FROM events WHERE id = ?"_s, {f->event});
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), u"SF6"_s);
    }

    // "Register all shown" after an import: one command, the already registered skipped, the cap applied.
    void registerEveryoneShown()
    {
        auto f = setup(5, 3);
        QVERIFY(f->events.registerPlayer(f->event, f->playerIds.at(1)) != 0);
        QVariantList ids;
        for (const qint64 id : std::as_const(f->playerIds))
            ids << id;
        QCOMPARE(f->events.registerPlayers(f->event, ids), 4);
        QCOMPARE(column(f->store, u"SELECT COUNT(*) FROM entrants WHERE waitlisted = 0"_s).at(0), 3);
        QCOMPARE(column(f->store, u"SELECT COUNT(*) FROM entrants WHERE waitlisted = 1"_s).at(0), 2);
        QCOMPARE(f->store.undoText(), u"Undo: register 4 player(s) in SF6"_s);
        QCOMPARE(f->events.registerPlayers(f->event, ids), 0); // nobody new
        QVERIFY(f->store.undo());
        QCOMPARE(column(f->store, u"SELECT COUNT(*) FROM entrants"_s).at(0), 1);
    }

    void raisedCapLetsTheWaitingListIn()
    {
        auto f = setup(3, 1);
        for (const qint64 player : std::as_const(f->playerIds))
            f->events.registerPlayer(f->event, player);
        QVERIFY(f->events.updateEvent(f->event, 1, {{u"entrantCap"_s, 2}}));
        QCOMPARE(column(f->store, u"SELECT waitlisted FROM entrants ORDER BY id"_s), (QList<qint64> {0, 0, 1}));
    }

    // The Seeding page's drag and drop drops a row on a position: moveSeed(entrant, that seed).
    void dragReorder_data()
    {
        QTest::addColumn<int>("from"); // seed dragged (1-based)
        QTest::addColumn<int>("to"); // seed dropped on
        QTest::addColumn<QList<int>>("order"); // player indexes from seed 1 down
        QTest::newRow("down") << 1 << 3 << QList<int> {1, 2, 0, 3, 4};
        QTest::newRow("up") << 5 << 2 << QList<int> {0, 4, 1, 2, 3};
        QTest::newRow("to the end") << 2 << 5 << QList<int> {0, 2, 3, 4, 1};
        QTest::newRow("below the list") << 2 << 99 << QList<int> {0, 2, 3, 4, 1};
        QTest::newRow("onto itself") << 3 << 3 << QList<int> {0, 1, 2, 3, 4};
    }

    void dragReorder()
    {
        QFETCH(int, from);
        QFETCH(int, to);
        QFETCH(QList<int>, order);
        auto f = setup(5, 0);
        QList<qint64> entrants;
        for (const qint64 player : std::as_const(f->playerIds))
            entrants << f->events.registerPlayer(f->event, player);
        QVERIFY(f->events.setSeedOrder(f->event, {entrants.begin(), entrants.end()}));
        QVERIFY(f->events.moveSeed(f->event, entrants.at(from - 1), to));
        QList<qint64> expected;
        for (const int i : order)
            expected << entrants.at(i);
        QCOMPARE(column(f->store, u"SELECT id FROM entrants ORDER BY seed, id"_s), expected);
        QCOMPARE(column(f->store, u"SELECT seed FROM entrants ORDER BY seed"_s), (QList<qint64> {1, 2, 3, 4, 5}));
        QVERIFY(f->store.undo()); // one drop, one undo
        QCOMPARE(column(f->store, u"SELECT id FROM entrants ORDER BY seed, id"_s), entrants);
    }

    // Last week's round robin, played through the store on disk, seeds this week's event: the
    // players in their finishing order, then the newcomer. The seeds are there after reopening.
    // A player (or entrant) in a bracket is disqualified there, not deleted: their matches would
    // lose a side and the bracket could no longer be loaded.
    void entrantsInABracketAreNotRemoved()
    {
        auto f = setup(5, 0);
        QList<qint64> entrants;
        for (const qint64 player : std::as_const(f->playerIds))
            entrants << f->events.registerPlayer(f->event, player);
        QVERIFY(f->events.checkIn(entrants.at(0)));
        BracketStore brackets(f->store);
        PhaseConfig config;
        config.format = Format::DoubleElimination;
        QString error;
        QVERIFY2(brackets.createPhase(f->event, u"Main"_s, config, &error) > 0, qPrintable(error));
        const auto countOf
            = [&](const QString &table) { return column(f->store, u"SELECT COUNT(*) FROM "_s + table).at(0); };
        QVERIFY(!f->players.removePlayer(f->playerIds.at(1), -1));
        QVERIFY2(f->store.lastError().message.contains(u"P1 plays in the bracket of SF6"_s),
            qPrintable(f->store.lastError().message));
        QVERIFY(!f->events.unregister(entrants.at(1), -1));
        QCOMPARE(f->events.removeNoShows(f->event), -1); // four are not checked in, all in the bracket
        QCOMPARE(countOf(u"players"_s), 5);
        QCOMPARE(countOf(u"entrants"_s), 5);
        QVERIFY2(brackets.load(f->event, &error), qPrintable(error));
        // A player in no bracket still goes.
        const qint64 spare = f->players.addPlayer({{u"tag"_s, u"Spare"_s}});
        QVERIFY(f->players.removePlayer(spare, -1));
    }

    void seedByPreviousResult()
    {
        const QString file = testDatabase(m_dir.filePath(u"previous-result.sqlite"_s));
        QList<qint64> newEntrants;
        QList<qint64> players;
        {
            Store store(m_clock);
            QVERIFY(!store.open(file));
            PlayerController playerController(store);
            EventController events(store);
            BracketStore brackets(store);
            const qint64 lastWeek
                = events.addTournament({{u"name"_s, u"Weekly 1"_s}, {u"startsOn"_s, u"2026-11-21"_s}});
            const qint64 thisWeek
                = events.addTournament({{u"name"_s, u"Weekly 2"_s}, {u"startsOn"_s, u"2026-11-28"_s}});
            const qint64 previous = events.addEvent(lastWeek, {{u"name"_s, u"SF6"_s}});
            const qint64 next = events.addEvent(thisWeek, {{u"name"_s, u"SF6"_s}});
            for (int i = 0; i < 5; ++i)
                players << playerController.addPlayer({{u"tag"_s, u"P%1"_s.arg(i)}});
            QHash<EntrantId, int> strength; // the stronger player always wins
            const QList<int> strongestFirst {2, 0, 3, 1};
            for (int i = 0; i < 4; ++i)
                strength.insert(events.registerPlayer(previous, players.at(i)), 10 - strongestFirst.indexOf(i));
            QVERIFY(events.finishedEvents(next).isEmpty());
            QVERIFY(!events.seedByPreviousResult(next, previous)); // no bracket yet
            QVERIFY(store.lastError().message.contains(u"no bracket"_s));

            PhaseConfig config;
            config.format = Format::RoundRobin;
            QString error;
            QVERIFY2(brackets.createPhase(previous, u"Pool"_s, config, &error) > 0, qPrintable(error));
            for (const int i : {4, 1, 0, 3})
                newEntrants << events.registerPlayer(next, players.at(i));
            QVERIFY(!events.seedByPreviousResult(next, previous)); // not finished
            QVERIFY(store.lastError().message.contains(u"not finished"_s));

            for (int guard = 0; guard < 100; ++guard) {
                const auto loaded = brackets.load(previous, &error);
                QVERIFY2(loaded, qPrintable(error));
                const Match *ready = nullptr;
                for (const auto &match : loaded->state.phases().front().matches) {
                    if (match.state == MatchState::Ready) {
                        ready = &match;
                        break;
                    }
                }
                if (!ready)
                    break;
                Result result;
                result.winner
                    = strength.value(ready->slots[0].entrant) > strength.value(ready->slots[1].entrant) ? 0 : 1;
                result.games.push_back(Game {{result.winner == 0 ? 1 : 0, result.winner == 1 ? 1 : 0}, "stage"});
                QVERIFY2(brackets.report(previous, ready->id, result, {}, &error), qPrintable(error));
            }
            const auto finished = events.finishedEvents(next);
            QCOMPARE(finished.size(), 1);
            QCOMPARE(finished.at(0).toMap().value(u"id"_s).toLongLong(), previous);
            QCOMPARE(finished.at(0).toMap().value(u"name"_s).toString(), u"SF6 (Weekly 1)"_s);

            QVERIFY2(events.seedByPreviousResult(next, previous), qPrintable(store.lastError().message));
            QCOMPARE(store.undoText(), u"Undo: seed SF6 by the result of SF6"_s);
        }
        // Reopened from the file: P0 (2nd), P3 (3rd), P1 (4th), then the newcomer P4.
        Store reopened(m_clock);
        QVERIFY(!reopened.open(file));
        QCOMPARE(column(reopened,
                     u"SELECT player_id FROM entrants WHERE event_id = (SELECT MAX(id) FROM events) ORDER BY seed"_s),
            (QList<qint64> {players.at(0), players.at(3), players.at(1), players.at(4)}));
    }
};

QTEST_GUILESS_MAIN(TestEventController)
#include "tst_eventcontroller.moc"
