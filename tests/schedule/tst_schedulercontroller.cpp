// SPDX-License-Identifier: GPL-3.0-or-later
#include "competition/bracketstore.h"
#include "core/clock.h"
#include "live/tournamentlive.h"
#include "registration/eventcontroller.h"
#include "registration/playercontroller.h"
#include "schedule/schedulercontroller.h"
#include "store/store.h"
#include "testdatabase.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace omnium::engine;
using namespace Qt::StringLiterals;

namespace {

Result win(int slot, int bestOf)
{
    Result result;
    result.winner = slot;
    for (int i = 0; i < bestOf / 2 + 1; ++i)
        result.games.push_back(Game {{slot == 0 ? 1 : 0, slot == 1 ? 1 : 0}, {}});
    return result;
}

struct OnStation {
    qint64 match;
    qint64 event;
    qint64 station;
    QString state;
};

} // namespace

// The controller on a real SQLite file: two events sharing players on four stations, results
// reported through the bracket store, calls written back to the matches table; a broken
// station's match moves; a new controller on the same file gives back the same day.
class TestSchedulerController : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    ManualClock m_clock {QDateTime(QDate(2026, 11, 28), QTime(9, 0), QTimeZone::UTC)};

    struct Day {
        Store store;
        EventController events {store};
        PlayerController players {store};
        BracketStore brackets {store};
        qint64 tournament = 0;
        QList<qint64> eventIds;
        QHash<qint64, QList<qint64>> playersOfEntrant;
        explicit Day(const Clock &clock)
            : store(clock)
        { }
    };

    // Players 1-8 in SF6, 5-12 in Tekken: four people play both. Tekken's format is `second`
    // when given (a free-for-all there plays in lobbies of four).
    std::unique_ptr<Day> makeDay(const QString &file, Format format, std::optional<Format> second = {})
    {
        auto day = std::make_unique<Day>(m_clock);
        [&] { QVERIFY(!day->store.open(testDatabase(m_dir.filePath(file)))); }();
        day->tournament = day->events.addTournament({{u"name"_s, u"Samedi"_s}, {u"startsOn"_s, u"2026-11-28"_s}});
        QList<qint64> people;
        for (int i = 1; i <= 12; ++i)
            people << day->players.addPlayer({{u"tag"_s, u"Joueur %1"_s.arg(i)}});
        const QList<std::pair<QString, QString>> events = {{u"SF6"_s, u"SF6"_s}, {u"Tekken 8"_s, u"T8"_s}};
        for (int e = 0; e < 2; ++e) {
            const qint64 event
                = day->events.addEvent(day->tournament, {{u"name"_s, events[e].first}, {u"game"_s, events[e].second}});
            day->eventIds << event;
            for (int i = 4 * e; i < 4 * e + 8; ++i) {
                const qint64 entrant = day->events.registerPlayer(event, people[i]);
                day->playersOfEntrant[entrant] = {people[i]};
            }
            PhaseConfig config;
            config.format = e == 1 && second ? *second : format;
            config.bestOf = 3;
            config.lobbySize = 4;
            config.lobbyRounds = 2;
            QString error;
            [&] { QVERIFY2(day->brackets.createPhase(event, u"Main"_s, config, &error) > 0, qPrintable(error)); }();
        }
        return day;
    }

    static QList<OnStation> onStation(Store &store)
    {
        QList<OnStation> out;
        auto query = store.select(u"SELECT m.id, p.event_id, m.station_id, m.state FROM matches m"
                                  " JOIN phases p ON p.id = m.phase_id"
                                  " WHERE m.state IN ('called', 'in_progress') ORDER BY m.id"_s);
        while (query.next())
            out.append({query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toLongLong(),
                query.value(3).toString()});
        return out;
    }

    // The rules the issue names, checked on the rows: every called match has a station of its
    // own, no person is on two stations, no station is idle while a match it could host waits.
    void checkRows(Day &day, SchedulerController &controller)
    {
        const QList<OnStation> rows = onStation(day.store);
        QSet<qint64> stations;
        QSet<qint64> busy;
        for (const OnStation &row : rows) {
            QVERIFY2(row.station != 0, qPrintable(u"match %1 called without a station"_s.arg(row.match)));
            QVERIFY2(!stations.contains(row.station), qPrintable(u"station %1 has two matches"_s.arg(row.station)));
            stations.insert(row.station);
            for (qint64 entrant : entrantsOf(day.store, row.match)) {
                for (qint64 person : day.playersOfEntrant.value(entrant)) {
                    QVERIFY2(!busy.contains(person), qPrintable(u"player %1 called twice"_s.arg(person)));
                    busy.insert(person);
                }
            }
        }
        // Idle check: a ready match whose players are all free and a free available station.
        if (controller.automaticCallsPaused())
            return;
        auto free = day.store.select(u"SELECT COUNT(*) FROM stations WHERE available = 1 AND id NOT IN"
                                     " (SELECT station_id FROM matches WHERE state IN ('called', 'in_progress')"
                                     " AND station_id IS NOT NULL)"_s);
        QVERIFY(free.next());
        if (free.value(0).toInt() == 0)
            return;
        QList<qint64> ready;
        auto query = day.store.select(u"SELECT id FROM matches WHERE state = 'ready' AND held = 0"_s);
        while (query.next())
            ready << query.value(0).toLongLong();
        query.finish();
        for (qint64 match : std::as_const(ready)) {
            bool playersFree = true;
            for (qint64 entrant : entrantsOf(day.store, match))
                for (qint64 person : day.playersOfEntrant.value(entrant))
                    playersFree = playersFree && !busy.contains(person);
            QVERIFY2(!playersFree, "a station is idle while a match could be called");
        }
    }

    // Both slots of a match, or every entrant of a lobby.
    static QList<qint64> entrantsOf(Store &store, qint64 match)
    {
        QList<qint64> out;
        auto query = store.select(u"SELECT slot1_entrant_id, slot2_entrant_id FROM matches WHERE id = ?"_s, {match});
        if (query.next())
            for (int i = 0; i < 2; ++i)
                if (!query.value(i).isNull())
                    out << query.value(i).toLongLong();
        query.finish();
        auto lobby = store.select(u"SELECT entrant_id FROM lobby_entrants WHERE match_id = ?"_s, {match});
        while (lobby.next())
            out << lobby.value(0).toLongLong();
        return out;
    }

    // Reports an on-station match: side 0 wins a duel; a lobby finishes in its entrants' order.
    static void report(Day &day, const OnStation &row, int winner)
    {
        const auto bracket = day.brackets.load(row.event, nullptr);
        QVERIFY(bracket);
        const Match *match = bracket->state.match(row.match);
        QVERIFY(match);
        Result result = win(winner, match->bestOf);
        if (match->side == Side::Lobby) {
            result = {};
            for (int g = 0; g < match->bestOf; ++g) {
                Game game;
                for (std::size_t i = 0; i < match->lobby.size(); ++i)
                    game.lobby.push_back(LobbyScore {int(i) + 1, 0});
                result.games.push_back(game);
            }
        }
        QString error;
        QVERIFY2(day.brackets.report(row.event, row.match, result, {}, &error), qPrintable(error));
        QCoreApplication::processEvents();
    }

    // The day a controller keeps from command to command (its follow-up takes a result, a start
    // or a call into the dispatcher it holds) is the day a fresh reading of the file gives, and
    // that reading finds no call left to make.
    void checkSameAsFreshReading(Day &day, const SchedulerController &controller)
    {
        Store store(m_clock);
        QVERIFY(!store.open(day.store.path()));
        const auto commands = [&store] {
            auto query = store.select(u"SELECT COUNT(*) FROM command_log"_s);
            return query.next() ? query.value(0).toInt() : -1;
        };
        const int before = commands();
        SchedulerController fresh(store, m_clock);
        fresh.setTournamentId(day.tournament);
        QCOMPARE(commands(), before);
        QList<ScheduleMatch> kept = controller.dispatcher().matches();
        QList<ScheduleMatch> read = fresh.dispatcher().matches();
        QCOMPARE(kept.size(), read.size());
        const auto byId = [](const ScheduleMatch &a, const ScheduleMatch &b) { return a.id < b.id; };
        std::sort(kept.begin(), kept.end(), byId);
        std::sort(read.begin(), read.end(), byId);
        for (qsizetype i = 0; i < kept.size(); ++i) {
            const ScheduleMatch &a = kept.at(i);
            const ScheduleMatch &b = read.at(i);
            const QByteArray where = "match " + QByteArray::number(a.id);
            QCOMPARE(a.id, b.id);
            QVERIFY2(a.state == b.state && a.stationId == b.stationId, where);
            QVERIFY2(a.sides[0] == b.sides[0] && a.sides[1] == b.sides[1], where);
            QVERIFY2(a.calledAt == b.calledAt && a.startedAt == b.startedAt && a.finishedAt == b.finishedAt, where);
            QVERIFY2(a.round == b.round && a.bracketOrder == b.bracketOrder && a.held == b.held, where);
        }
        const auto ids = [](const QList<LiveMatch> &list) {
            QList<qint64> out;
            for (const auto &info : list)
                out << info.matchId;
            return out;
        };
        QCOMPARE(ids(controller.upNext(20)), ids(fresh.upNext(20)));
        QCOMPARE(ids(controller.nowPlaying()), ids(fresh.nowPlaying()));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qputenv("TZ", "UTC"); // "10:00" in the settings is local time
        QVERIFY(m_dir.isValid());
    }

    void init() { m_clock.set(QDateTime(QDate(2026, 11, 28), QTime(9, 0), QTimeZone::UTC)); }

    void playsTheDay_data()
    {
        QTest::addColumn<int>("format");
        QTest::newRow("single elimination") << int(Format::SingleElimination);
        QTest::newRow("double elimination") << int(Format::DoubleElimination);
        QTest::newRow("round robin") << int(Format::RoundRobin);
    }

    // The whole day: the controller calls, results come from the bracket store, until both
    // events are over; the rows obey the rules after every step, and calls carry their times.
    void playsTheDay()
    {
        QFETCH(int, format);
        const QString file = u"day-%1.sqlite"_s.arg(format);
        auto day = makeDay(file, Format(format));
        SchedulerController controller(day->store, m_clock);
        QAbstractItemModelTester boardTester(controller.stationBoard());
        QAbstractItemModelTester timelineTester(controller.timeline());
        controller.setTournamentId(day->tournament);
        for (int n = 1; n <= 4; ++n)
            QVERIFY(controller.addStation({{u"number"_s, n}, {u"games"_s, u"SF6, T8"_s}, {u"stream"_s, n == 1}}));
        QCOMPARE(controller.dispatcher().stations().size(), 4);
        QCOMPARE(onStation(day->store).size(), 4);
        checkRows(*day, controller);
        QCOMPARE(controller.nowPlaying().size(), 4);
        QVERIFY(!controller.upNext(20).isEmpty());

        // The estimate covers every match of both events with a projected end.
        // written as the screens write a time, never an ISO date-time
        for (const auto &event : controller.eventProgress()) {
            QVERIFY(!event.projectedEnd.isEmpty());
            QVERIFY2(!event.projectedEnd.contains(QRegularExpression(u"\\d{4}-\\d\\d-\\d\\dT"_s)),
                qPrintable(event.projectedEnd));
        }

        int reported = 0;
        for (int guard = 0; guard < 200; ++guard) {
            const QList<OnStation> rows = onStation(day->store);
            if (rows.isEmpty())
                break;
            const OnStation &first = rows.constFirst();
            // The call is stored with the clock's time.
            auto called = day->store.select(u"SELECT called_at FROM matches WHERE id = ?"_s, {first.match});
            QVERIFY(called.next());
            QVERIFY(!called.value(0).isNull());
            QVERIFY(called.value(0).toLongLong() <= m_clock.now().toMSecsSinceEpoch());
            called.finish();
            m_clock.advanceSecs(7 * 60);
            if (first.state == u"called"_s) {
                QVERIFY(controller.start(first.match));
                auto started
                    = day->store.select(u"SELECT state, started_at FROM matches WHERE id = ?"_s, {first.match});
                QVERIFY(started.next());
                QCOMPARE(started.value(0).toString(), u"in_progress"_s);
                QCOMPARE(started.value(1).toLongLong(), m_clock.now().toMSecsSinceEpoch());
                started.finish();
                QCoreApplication::processEvents();
                checkSameAsFreshReading(*day, controller);
            }
            m_clock.advanceSecs(13 * 60);
            QString error;
            QVERIFY2(
                day->brackets.report(first.event, first.match, win(reported % 2, 3), {}, &error), qPrintable(error));
            ++reported;
            QCoreApplication::processEvents(); // Store::changed → the controller reloads and calls
            checkRows(*day, controller);
            checkSameAsFreshReading(*day, controller);
            auto done = day->store.select(u"SELECT completed_at FROM matches WHERE id = ?"_s, {first.match});
            QVERIFY(done.next());
            QCOMPARE(done.value(0).toLongLong(), m_clock.now().toMSecsSinceEpoch());
        }
        auto left = day->store.select(u"SELECT COUNT(*) FROM matches WHERE state <> 'completed'"
                                      " AND NOT (side = 'grand_final_reset')"_s);
        QVERIFY(left.next());
        QCOMPARE(left.value(0).toInt(), 0);
        QVERIFY(reported >= 14);
        QVERIFY(controller.nowPlaying().isEmpty());
        // Durations were learned from the day.
        QVERIFY(controller.dispatcher().durations().sampleCount(day->eventIds[0], 3) > 0);
    }

    // A station out of order: its called match moves to a free station in the same command,
    // and the station gets nothing until it is back; the command undoes as one.
    void brokenStationMoves()
    {
        auto day = makeDay(u"broken.sqlite"_s, Format::SingleElimination);
        SchedulerController controller(day->store, m_clock);
        controller.setTournamentId(day->tournament);
        for (int n = 1; n <= 5; ++n)
            QVERIFY(controller.addStation({{u"number"_s, n}, {u"games"_s, u"SF6, T8"_s}}));
        // Four SF6 + four Tekken first-round matches, but shared players: some wait.
        QList<OnStation> rows = onStation(day->store);
        QVERIFY(rows.size() >= 4);
        checkRows(*day, controller);
        // Free one station: report a result so a station is free, with no match able to take it.
        const qint64 broken = rows.constFirst().station;
        const qint64 moved = rows.constFirst().match;
        QSet<qint64> used;
        for (const OnStation &row : rows)
            used.insert(row.station);
        qint64 spare = 0;
        for (const ScheduleStation &station : controller.dispatcher().stations())
            if (!used.contains(station.id))
                spare = station.id;
        QVERIFY2(spare != 0, "the test needs a free station");

        QVERIFY(controller.setStationAvailable(broken, false));
        rows = onStation(day->store);
        bool found = false;
        for (const OnStation &row : rows) {
            QVERIFY(row.station != broken);
            if (row.match == moved) {
                found = true;
                QCOMPARE(row.station, spare);
            }
        }
        QVERIFY2(found, "the broken station's match was not called elsewhere");
        checkRows(*day, controller);
        QVERIFY2(day->store.undoText().contains(u"out of order"_s),
            QJsonDocument(day->store.auditLog(3)).toJson().constData());

        // One undo brings the station and its match back; nothing is called meanwhile.
        QVERIFY(day->store.undo());
        QCoreApplication::processEvents();
        QVERIFY(controller.automaticCallsPaused());
        bool back = false;
        for (const OnStation &row : onStation(day->store))
            back = back || (row.match == moved && row.station == broken);
        QVERIFY(back);
        // A new action ends the pause.
        const QString leftBehind = day->store.redoText();
        controller.resumeAutomaticCalls();
        QVERIFY(!controller.automaticCallsPaused());
        checkRows(*day, controller);
        // The same action again, undone: its redo step has the label left behind before, but it
        // is another command, and the calls pause again.
        QVERIFY(controller.setStationAvailable(broken, false));
        QVERIFY(day->store.undo());
        QCoreApplication::processEvents();
        QCOMPARE(day->store.redoText(), leftBehind);
        QVERIFY(controller.automaticCallsPaused());
        controller.resumeAutomaticCalls();
        QVERIFY(!controller.automaticCallsPaused());
    }

    // Manual control wins and persists: a held match is not called; an assigned one goes where
    // it was put; a new controller on the same file shows the same day.
    void manualControlAndRestart()
    {
        const QString file = u"restart.sqlite"_s;
        QHash<qint64, qint64> before; // match -> station
        qint64 held = 0;
        {
            auto day = makeDay(file, Format::DoubleElimination);
            SchedulerController controller(day->store, m_clock);
            controller.setTournamentId(day->tournament);
            for (int n = 1; n <= 4; ++n)
                QVERIFY(controller.addStation({{u"number"_s, n}, {u"games"_s, u"SF6, T8"_s}}));
            const QList<LiveMatch> waiting = controller.waiting();
            QVERIFY(!waiting.isEmpty());
            held = waiting.constFirst().matchId;
            QVERIFY(controller.hold(held, true));
            // A called match is started, so the restart must keep its start time.
            const qint64 startedMatch = onStation(day->store).constFirst().match;
            m_clock.advanceSecs(60);
            QVERIFY(controller.start(startedMatch));
            // Report every other on-station match: held stays out of the calls.
            for (const OnStation &row : onStation(day->store)) {
                if (row.match == startedMatch)
                    continue;
                QString error;
                QVERIFY2(day->brackets.report(row.event, row.match, win(0, 3), {}, &error), qPrintable(error));
                QCoreApplication::processEvents();
            }
            for (const OnStation &row : onStation(day->store))
                QVERIFY(row.match != held);
            for (const LiveMatch &info : controller.nowPlaying())
                before.insert(info.matchId, info.stationId);
            QVERIFY(!before.isEmpty());
            QCOMPARE(controller.nowPlaying().size(), onStation(day->store).size());
            const auto info = controller.liveMatch(startedMatch);
            QVERIFY(info);
            QCOMPARE(info->state, ScheduleMatch::State::InProgress);
            QVERIFY(!info->sides[0].name.isEmpty());
            QVERIFY(!info->stationName.isEmpty());
        }
        // Restart: another store and controller on the same file.
        Store store(m_clock);
        QVERIFY(!store.open(testDatabase(m_dir.filePath(file))));
        SchedulerController controller(store, m_clock);
        controller.refresh();
        QHash<qint64, qint64> after;
        for (const LiveMatch &info : controller.nowPlaying())
            after.insert(info.matchId, info.stationId);
        QCOMPARE(after, before);
        QVERIFY(controller.dispatcher().match(held)->held);
        QVERIFY(!store.canRedo());
        // Releasing it lets it be called (or queued) again.
        QVERIFY(controller.hold(held, false));
        QVERIFY(!controller.dispatcher().match(held)->held);
    }

    // The help desk finds a player by a few letters (accents folded) with their next matches.
    void lookupFindsNextMatches()
    {
        auto day = makeDay(u"lookup.sqlite"_s, Format::SingleElimination);
        TournamentLive live(day->store, m_clock);
        SchedulerController &controller = live.scheduler();
        controller.setTournamentId(day->tournament);
        QVERIFY(controller.addStation({{u"number"_s, 1}, {u"games"_s, u"SF6, T8"_s}}));
        const auto found = controller.lookup(u"joueur 6"_s, 30);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.constFirst().matches.size(), 2); // plays in both events
        for (const auto &next : found.constFirst().matches) {
            QVERIFY(!next.opponent.isEmpty());
            QVERIFY(next.match.expectedStart.isValid());
        }
        QVERIFY(controller.lookup(u"zzz"_s, 30).isEmpty());
        QCOMPARE(controller.lookup(u"JOUEUR"_s, 30).size(), 12);

        // The help desk's list: the player above their first match; it follows the day.
        PlayerLookupModel &model = *live.lookup();
        QAbstractItemModelTester tester(&model);
        model.setText(u"joueur 6"_s);
        QCOMPARE(model.count(), 2);
        QCOMPARE(model.playerCount(), 1);
        QVERIFY(model.data(model.index(0), PlayerLookupModel::FirstOfPlayerRole).toBool());
        QVERIFY(!model.data(model.index(1), PlayerLookupModel::FirstOfPlayerRole).toBool());
        QVERIFY(!model.data(model.index(0), PlayerLookupModel::StateTextRole).toString().isEmpty());
        const auto before = model.rows();
        const LiveMatch &first = before.constFirst().match;
        QString error;
        QVERIFY2(day->brackets.report(first.eventId, first.matchId, win(0, 3), {}, &error), qPrintable(error));
        QCoreApplication::processEvents();
        PlayerLookupModel fresh(controller);
        fresh.setText(u"joueur 6"_s);
        QVERIFY(model.rows() != before);
        QVERIFY(model.rows() == fresh.rows());
    }

    // Settings round-trip through the events row and steer the calls: nothing before the start.
    void settingsDelayTheStart()
    {
        auto day = makeDay(u"settings.sqlite"_s, Format::SingleElimination);
        SchedulerController controller(day->store, m_clock);
        controller.setTournamentId(day->tournament);
        for (const qint64 event : day->eventIds)
            QVERIFY(controller.setEventSettings(event,
                {{u"bo3Minutes"_s, 25}, {u"minRestMinutes"_s, 5}, {u"noShowMinutes"_s, 8}, {u"start"_s, u"10:00"_s},
                    {u"plannedEnd"_s, u"12:00"_s},
                    {u"breaks"_s, QVariantList {QVariantMap {{u"start"_s, u"12:30"_s}, {u"end"_s, u"13:30"_s}}}}}));
        const QVariantMap settings = controller.eventSettings(day->eventIds[0]);
        QCOMPARE(settings.value(u"bo3Minutes"_s).toInt(), 25);
        QCOMPARE(settings.value(u"minRestMinutes"_s).toInt(), 5);
        QCOMPARE(settings.value(u"start"_s).toString(), u"10:00"_s);
        QCOMPARE(settings.value(u"breaks"_s).toList().size(), 1);
        QVERIFY(!controller.setEventSettings(day->eventIds[0], {{u"start"_s, u"noon"_s}}));

        for (int n = 1; n <= 4; ++n)
            QVERIFY(controller.addStation({{u"number"_s, n}, {u"games"_s, u"SF6, T8"_s}}));
        QVERIFY(onStation(day->store).isEmpty()); // 09:00: too early
        m_clock.set(QDateTime(QDate(2026, 11, 28), QTime(10, 0), QTimeZone::UTC));
        controller.refresh(); // what the wake-up timer does
        QCOMPARE(onStation(day->store).size(), 4);

        // Nobody starts: after the event's no-show time, one forfeit prompt per called match.
        QSignalSpy prompts(&controller, &SchedulerController::forfeitPrompted);
        m_clock.advanceSecs(7 * 60);
        controller.refresh();
        QCOMPARE(prompts.size(), 0);
        m_clock.advanceSecs(2 * 60);
        controller.refresh();
        QCOMPARE(prompts.size(), 4);
        controller.refresh();
        QCOMPARE(prompts.size(), 4);
        // The forfeit goes through the bracket; the station is free for the next match.
        const qint64 absent = prompts.constFirst().at(0).toLongLong();
        QVERIFY(controller.forfeit(absent, 0));
        QCoreApplication::processEvents();
        for (const OnStation &row : onStation(day->store))
            QVERIFY(row.match != absent);
        auto result = day->store.select(u"SELECT state, result_kind FROM matches WHERE id = ?"_s, {absent});
        QVERIFY(result.next());
        QCOMPARE(result.value(0).toString(), u"completed"_s);
        QCOMPARE(result.value(1).toString(), u"no_show"_s);
    }

    // Swiss rounds appear only after "start next round", free-for-all lobbies hold four people
    // on one station: rounds not paired yet are planned (the projected end counts them) but
    // never called, a new round is called as soon as it exists, a lobby's players are busy.
    void swissRoundsAndLobbies()
    {
        auto day = makeDay(u"rounds.sqlite"_s, Format::Swiss, Format::FreeForAll);
        SchedulerController controller(day->store, m_clock);
        controller.setTournamentId(day->tournament);
        for (int n = 1; n <= 4; ++n)
            QVERIFY(controller.addStation({{u"number"_s, n}, {u"games"_s, u"SF6, T8"_s}}));
        const qint64 swiss = day->eventIds[0];
        const qint64 lobbies = day->eventIds[1];
        // Swiss of 8: 3 rounds of 4, only round 1 exists; two lobbies of 4, 2 rounds.
        int planned = 0;
        for (const ScheduleMatch &m : controller.dispatcher().matches()) {
            if (m.id > 0)
                continue;
            ++planned;
            QVERIFY(!m.sidesKnown());
            QVERIFY(controller.estimate().matches.value(m.id).start != NoScheduleTime);
        }
        QCOMPARE(planned, 2 * 4 + 2);
        // The Swiss cannot end before three rounds of 24-minute sets.
        const QDateTime swissEnd = MatchDispatcher::toDateTime(controller.estimate().events.value(swiss).projectedEnd);
        QVERIFY2(swissEnd >= m_clock.now().addSecs(3 * 24 * 60), qPrintable(swissEnd.toString()));
        QVERIFY(controller.dispatcher().event(swiss)->roundsWaitForPreviousRound);
        checkRows(*day, controller);

        QSet<int> swissRoundsPlayed;
        int lobbiesPlayed = 0;
        for (int guard = 0; guard < 100; ++guard) {
            QList<OnStation> rows = onStation(day->store);
            if (rows.isEmpty()) {
                // Nothing to play: the current rounds are done; pair the next ones.
                bool started = false;
                for (qint64 event : day->eventIds) {
                    const auto bracket = day->brackets.load(event, nullptr);
                    if (!bracket->state.allRoundsStarted(0)) {
                        QVERIFY(day->brackets.startNextRound(event, 0, nullptr));
                        started = true;
                    }
                }
                if (!started)
                    break;
                QCoreApplication::processEvents();
                rows = onStation(day->store);
                QVERIFY2(!rows.isEmpty(), "a new round is not called");
                checkRows(*day, controller);
                continue;
            }
            const OnStation row = rows.constFirst();
            const auto bracket = day->brackets.load(row.event, nullptr);
            const Match *match = bracket->state.match(row.match);
            if (match->side == Side::Lobby) {
                QCOMPARE(row.event, lobbies);
                // All four of the lobby are busy: none of them is called elsewhere.
                QCOMPARE(entrantsOf(day->store, row.match).size(), 4);
                ++lobbiesPlayed;
            } else {
                swissRoundsPlayed.insert(match->round);
                // No match of a later Swiss round is on a station while this one plays.
                for (const OnStation &other : std::as_const(rows))
                    if (other.event == swiss)
                        QCOMPARE(bracket->state.match(other.match)->round, match->round);
            }
            m_clock.advanceSecs(20 * 60);
            report(*day, row, guard % 2);
            checkRows(*day, controller);
        }
        QCOMPARE(swissRoundsPlayed, (QSet<int> {1, 2, 3}));
        QCOMPARE(lobbiesPlayed, 4);
        for (const ScheduleMatch &m : controller.dispatcher().matches())
            QCOMPARE(m.state, ScheduleMatch::State::Completed); // no placeholder left over
    }

    // The stream station's queue and a broken station's "first in line" are stored: a new
    // controller (a restart, or any rebuild) keeps them.
    void streamQueueAndDisplacedAreStored()
    {
        const QString file = u"queue.sqlite"_s;
        QList<qint64> queue;
        qint64 displaced = 0;
        qint64 broken = 0;
        {
            auto day = makeDay(file, Format::DoubleElimination);
            SchedulerController controller(day->store, m_clock);
            controller.setTournamentId(day->tournament);
            for (int n = 1; n <= 3; ++n)
                QVERIFY(controller.addStation({{u"number"_s, n}, {u"games"_s, u"SF6, T8"_s}, {u"stream"_s, n == 1}}));
            const QList<LiveMatch> waiting = controller.waiting();
            QVERIFY(waiting.size() >= 3);
            queue = {waiting[2].matchId, waiting[1].matchId};
            QVERIFY(controller.queueForStream(queue[0], true));
            QVERIFY(controller.queueForStream(queue[1], true));
            QCOMPARE(controller.dispatcher().streamQueue(), queue);
            QCOMPARE(controller.streamQueue().size(), 2);
            QVERIFY(controller.streamQueue().constFirst().streamQueued);
            auto stored = day->store.select(
                u"SELECT id FROM matches WHERE stream_position IS NOT NULL ORDER BY stream_position"_s);
            QList<qint64> storedQueue;
            while (stored.next())
                storedQueue << stored.value(0).toLongLong();
            QCOMPARE(storedQueue, queue);
            stored.finish();

            // Every station busy: the broken one's match waits, first in line.
            const OnStation row = onStation(day->store).constLast();
            broken = row.station;
            displaced = row.match;
            QVERIFY(controller.setStationAvailable(broken, false));
            QCOMPARE(controller.dispatcher().match(displaced)->state, ScheduleMatch::State::Ready);
            QCOMPARE(controller.dispatcher().match(displaced)->displacedFromStationId, broken);
            // The undo step restores the queue's rows too.
            QVERIFY(controller.queueForStream(queue[1], false));
            QCOMPARE(controller.dispatcher().streamQueue(), QList<qint64> {queue[0]});
            QVERIFY(day->store.undo());
            QCoreApplication::processEvents();
            QCOMPARE(controller.dispatcher().streamQueue(), queue);
            controller.resumeAutomaticCalls();
        }
        Store store(m_clock);
        QVERIFY(!store.open(testDatabase(m_dir.filePath(file))));
        BracketStore brackets(store);
        SchedulerController controller(store, m_clock);
        controller.refresh();
        QCOMPARE(controller.dispatcher().streamQueue(), queue);
        QCOMPARE(controller.dispatcher().match(displaced)->displacedFromStationId, broken);
        // A station frees up (a non-stream one): the displaced match is called there first.
        OnStation freed {};
        for (const LiveMatch &info : controller.nowPlaying())
            if (!info.stream)
                freed = {info.matchId, info.eventId, info.stationId, {}};
        QVERIFY(freed.match != 0);
        QString error;
        QVERIFY2(brackets.report(freed.event, freed.match, win(0, 3), {}, &error), qPrintable(error));
        QCoreApplication::processEvents();
        const ScheduleMatch *m = controller.dispatcher().match(displaced);
        QCOMPARE(m->state, ScheduleMatch::State::Called);
        QCOMPARE(m->stationId, freed.station);
        QCOMPARE(m->displacedFromStationId, 0);
        auto row = store.select(u"SELECT displaced_from_station_id FROM matches WHERE id = ?"_s, {displaced});
        QVERIFY(row.next());
        QVERIFY(row.value(0).isNull());
    }

    // Drag and drop: a waiting match dropped on a free station is called there; dropped on a
    // station with a called match, the two swap; each drop is one undo step.
    void dropMatchAssignsOrSwaps()
    {
        auto day = makeDay(u"drop.sqlite"_s, Format::SingleElimination);
        SchedulerController controller(day->store, m_clock);
        controller.setTournamentId(day->tournament);
        for (int n = 1; n <= 3; ++n)
            QVERIFY(controller.addStation({{u"number"_s, n}, {u"games"_s, u"SF6, T8"_s}}));
        const QList<OnStation> rows = onStation(day->store);
        QCOMPARE(rows.size(), 3);
        // A waiting match whose players are free (not in a called match).
        qint64 waiting = 0;
        QSet<qint64> busy;
        for (const OnStation &row : rows)
            for (qint64 entrant : entrantsOf(day->store, row.match))
                busy.unite(
                    QSet<qint64>(day->playersOfEntrant[entrant].cbegin(), day->playersOfEntrant[entrant].cend()));
        for (const LiveMatch &w : controller.waiting()) {
            bool free = true;
            for (qint64 entrant : entrantsOf(day->store, w.matchId))
                for (qint64 person : day->playersOfEntrant[entrant])
                    free = free && !busy.contains(person);
            if (free) {
                waiting = w.matchId;
                break;
            }
        }
        QVERIFY(waiting != 0);
        const OnStation target = rows[1];
        QVERIFY(controller.dropMatch(waiting, target.station));
        QCOMPARE(controller.dispatcher().match(waiting)->stationId, target.station);
        QCOMPARE(controller.dispatcher().match(waiting)->state, ScheduleMatch::State::Called);
        QVERIFY(controller.dispatcher().match(target.match)->state != ScheduleMatch::State::Called
            || controller.dispatcher().match(target.match)->stationId != target.station);
        QVERIFY2(day->store.undoText().startsWith(u"Undo: Swap"_s), qPrintable(day->store.undoText()));
        // Undo: back as it was.
        QVERIFY(day->store.undo());
        QCoreApplication::processEvents();
        QCOMPARE(controller.dispatcher().match(target.match)->stationId, target.station);
        QVERIFY(controller.dispatcher().match(waiting)->stationId == 0);
        controller.resumeAutomaticCalls();
        // Two called matches dropped onto each other's stations swap stations.
        QVERIFY(controller.dropMatch(rows[0].match, rows[2].station));
        QCOMPARE(controller.dispatcher().match(rows[0].match)->stationId, rows[2].station);
        QCOMPARE(controller.dispatcher().match(rows[2].match)->stationId, rows[0].station);
        // Onto a free station (one for another game: only a person puts a match there).
        const qint64 spare = controller.addStation({{u"number"_s, 4}, {u"games"_s, u"Chess"_s}});
        QVERIFY(spare != 0);
        QCOMPARE(controller.dispatcher().currentMatchId(spare), 0);
        QVERIFY(controller.dropMatch(waiting, spare));
        QVERIFY(day->store.undoText().startsWith(u"Undo: Put"_s));
        QCOMPARE(controller.dispatcher().match(waiting)->stationId, spare);
        QCOMPARE(controller.dispatcher().match(waiting)->state, ScheduleMatch::State::Called);
        // A match whose players are busy waits where it was put; the waiting list says where.
        bool checked = false;
        for (const LiveMatch &w : controller.waiting()) {
            const qint64 id = w.matchId;
            QVERIFY(w.pinnedStation.isEmpty());
            QVERIFY(controller.dropMatch(id, rows[1].station));
            if (controller.dispatcher().match(id)->isOnStation())
                continue; // its players were free after all
            bool listed = false;
            for (const LiveMatch &after : controller.waiting())
                if (after.matchId == id)
                    listed = after.pinnedStation == controller.dispatcher().station(rows[1].station)->name;
            QVERIFY(listed);
            checked = true;
            break;
        }
        QVERIFY(checked);
    }
};

QTEST_GUILESS_MAIN(TestSchedulerController)
#include "tst_schedulercontroller.moc"
