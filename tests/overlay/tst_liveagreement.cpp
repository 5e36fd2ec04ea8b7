// SPDX-License-Identifier: GPL-3.0-or-later
#include "../bracket/bracketfixture.h"
#include "bracket/bracketcontroller.h"
#include "core/clock.h"
#include "live/storeoverlaydatasource.h"
#include "live/tournamentlive.h"
#include "store/store.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace omnium::engine;
using namespace Qt::StringLiterals;

// Every screen takes a result through one function and shows one "up next": the Station board
// (SchedulerController), the Bracket page (BracketController), the help desk and the caster
// window (TournamentLive's up next model) and the overlays' JSON, on a real SQLite file with the
// scheduler calling matches.
class TestLiveAgreement : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    ManualClock m_clock {QDateTime(QDate(2026, 11, 28), QTime(14, 0), QTimeZone::UTC)};
    int m_files = 0;

    struct Day {
        Store store;
        TournamentLive live;
        SchedulerController &schedule;
        StoreOverlayDataSource overlay;
        BracketController bracket;
        qint64 event = 0;
        QList<qint64> stations;
        explicit Day(const Clock &clock)
            : store(clock)
            , live(store, clock)
            , schedule(live.scheduler())
            , overlay(store, live)
            , bracket(store)
        { }
    };

    // A 16-entrant double elimination, best of 3, on three stations: the first round is called.
    std::unique_ptr<Day> makeDay()
    {
        auto day = std::make_unique<Day>(m_clock);
        [&] { QVERIFY(!day->store.open(m_dir.filePath(u"live%1.sqlite"_s.arg(++m_files)))); }();
        day->event = BracketFixture::makeEvent(day->store, 16);
        day->schedule.refresh();
        day->bracket.setEventId(day->event);
        [&] {
            QVERIFY(day->bracket.createBracket(
                {{u"format"_s, u"double"_s}, {u"bestOf"_s, 3}, {u"grandFinal"_s, u"reset"_s}}));
        }();
        for (int number = 1; number <= 3; ++number)
            day->stations << day->schedule.addStation({{u"number"_s, number}});
        settle(*day);
        return day;
    }

    // The screens follow the store's change signal in the next event-loop passes.
    static void settle(Day &day)
    {
        QTest::qWait(20);
        day.schedule.refresh();
    }

    static QList<qint64> calledMatches(Store &store)
    {
        QList<qint64> ids;
        auto query = store.select(u"SELECT id FROM matches WHERE state = 'called' ORDER BY id"_s);
        while (query.next())
            ids << query.value(0).toLongLong();
        return ids;
    }

    static int matchNumber(Day &day, qint64 match) { return day.bracket.matchInfo(match).value(u"number"_s).toInt(); }

    static int commandCount(Store &store)
    {
        auto query = store.select(u"SELECT COUNT(*) FROM command_log WHERE state = 'done'"_s);
        return query.next() ? query.value(0).toInt() : -1;
    }

    static QVariantMap matchRow(Store &store, qint64 id)
    {
        auto query
            = store.select(u"SELECT state, winner_entrant_id IS NOT NULL, slot1_score, slot2_score,"
                           " (SELECT COUNT(*) FROM games g WHERE g.match_id = m.id) FROM matches m WHERE id = ?"_s,
                {id});
        if (!query.next())
            return {};
        return {{u"state"_s, query.value(0)}, {u"decided"_s, query.value(1).toBool()}, {u"a"_s, query.value(2)},
            {u"b"_s, query.value(3)}, {u"games"_s, query.value(4)}};
    }

    // TournamentLive's lists hold what a fresh reading of the file shows (another store on the
    // same file, as a restarted app would read it).
    void checkModelsAsStored(Day &day, const char *when)
    {
        Store other(m_clock);
        QVERIFY(!other.open(day.store.path()));
        TournamentLive fresh(other, m_clock);
        fresh.scheduler().setTournamentId(day.schedule.tournamentId());
        const auto same = [when](const auto &shown, const auto &stored, const char *list) {
            QVERIFY2(
                shown == stored, qPrintable(u"%1 differs %2"_s.arg(QLatin1StringView(list), QLatin1StringView(when))));
        };
        same(day.live.upNext()->rows(), fresh.upNext()->rows(), "up next");
        same(day.live.nowPlaying()->rows(), fresh.nowPlaying()->rows(), "now playing");
        same(day.live.waiting()->rows(), fresh.waiting()->rows(), "waiting");
        same(day.live.streamQueue()->rows(), fresh.streamQueue()->rows(), "stream queue");
        same(day.live.stations()->rows(), fresh.stations()->rows(), "stations");
        same(day.live.events()->rows(), fresh.events()->rows(), "events");
    }

    // "Up next" as the help desk and the caster window show it (TournamentLive's model, read
    // through its roles as QML does), as the scheduler orders it now, and as the overlay page
    // gets it.
    static void checkUpNextAgrees(Day &day, const char *when)
    {
        QList<qint64> shown;
        const LiveMatchModel &model = *day.live.upNext();
        for (int row = 0; row < model.rowCount(); ++row)
            shown << model.data(model.index(row), LiveMatchModel::MatchIdRole).toLongLong();
        QList<qint64> scheduled;
        for (const LiveMatch &match : day.schedule.upNext(TournamentLive::upNextLength))
            scheduled << match.matchId;
        QList<qint64> page;
        for (const auto &item : day.overlay.upNext().value(u"matches"_s).toArray())
            page << item.toObject().value(u"id"_s).toString().toLongLong();
        QVERIFY2(!shown.isEmpty(), when);
        QVERIFY2(shown == scheduled, qPrintable(u"the screens' list is stale %1"_s.arg(QLatin1StringView(when))));
        QVERIFY2(page == shown, qPrintable(u"overlay page differs %1"_s.arg(QLatin1StringView(when))));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    // The caster window's "Now playing" (TournamentLive.onStream) names the sides: the teams of
    // a team event, the players' tags of a 1v1 with the team each plays for.
    void onStreamNamesTheSides_data()
    {
        QTest::addColumn<int>("teamSize");
        QTest::newRow("1v1") << 1;
        QTest::newRow("2v2 teams") << 2;
    }
    void onStreamNamesTheSides()
    {
        QFETCH(int, teamSize);
        Day day(m_clock);
        QVERIFY(!day.store.open(m_dir.filePath(u"live%1.sqlite"_s.arg(++m_files))));
        QStringList names;
        QVERIFY(!day.store.run(CommandLabel::verbatim(u"fixture"_s), [&](StoreTransaction &tx) {
            const qint64 tournament = tx.insert(u"tournaments"_s, {{u"name"_s, u"Omnium Open"_s}});
            day.event = tx.insert(u"events"_s,
                {{u"tournament_id"_s, tournament}, {u"name"_s, u"Rocket League"_s}, {u"team_size"_s, teamSize}});
            for (int i = 0; i < 4; ++i) {
                qint64 team = 0;
                const qint64 player = tx.insert(u"players"_s, {{u"tag"_s, u"Player %1"_s.arg(i + 1)}});
                if (teamSize > 1) {
                    team = tx.insert(u"teams"_s, {{u"name"_s, u"Team %1"_s.arg(QChar(u'A' + i))}});
                    tx.insert(u"team_members"_s, {{u"team_id"_s, team}, {u"player_id"_s, player}});
                    const qint64 mate = tx.insert(u"players"_s, {{u"tag"_s, u"Mate %1"_s.arg(i + 1)}});
                    tx.insert(u"team_members"_s, {{u"team_id"_s, team}, {u"player_id"_s, mate}});
                } else {
                    // A 1v1 player's own team (a sponsor or club), shown under the tag.
                    const qint64 crew = tx.insert(u"teams"_s, {{u"name"_s, u"Crew %1"_s.arg(i + 1)}});
                    tx.insert(u"team_members"_s, {{u"team_id"_s, crew}, {u"player_id"_s, player}});
                }
                names << (team ? u"Team %1"_s.arg(QChar(u'A' + i)) : u"Player %1"_s.arg(i + 1));
                tx.insert(u"entrants"_s,
                    {{u"event_id"_s, day.event}, {team ? u"team_id"_s : u"player_id"_s, team ? team : player},
                        {u"seed"_s, i + 1}, {u"check_in"_s, u"checked_in"_s}});
            }
        }));
        day.schedule.refresh();
        day.bracket.setEventId(day.event);
        QVERIFY(day.bracket.createBracket({{u"format"_s, u"single"_s}, {u"bestOf"_s, 3}}));
        QVERIFY(day.schedule.addStation({{u"number"_s, 1}, {u"stream"_s, true}}) != 0);
        settle(day);
        QTRY_COMPARE(day.live.onStream()->rowCount(), 1);
        const QModelIndex row = day.live.onStream()->index(0, 0);
        const QString side1 = row.data(LiveMatchModel::Side1Role).toString();
        const QString side2 = row.data(LiveMatchModel::Side2Role).toString();
        // Seed 1 meets seed 4 first.
        QCOMPARE(QStringList({side1, side2}), QStringList({names[0], names[3]}));
        // Under a player's tag, the team they play for; nothing above a team.
        const QStringList teams {
            row.data(LiveMatchModel::Side1TeamRole).toString(), row.data(LiveMatchModel::Side2TeamRole).toString()};
        QCOMPARE(teams, teamSize > 1 ? QStringList({QString(), QString()}) : QStringList({u"Crew 1"_s, u"Crew 4"_s}));
    }

    // The Station board's Finish and the Bracket page's result dialog refuse the same input with
    // the same sentence and store the same result: they are one function (MatchResults).
    void stationBoardAndBracketPageShareOneResultPath()
    {
        auto day = makeDay();
        const QList<qint64> called = calledMatches(day->store);
        QCOMPARE(called.size(), 3);
        const qint64 fromBoard = called[0];
        const qint64 fromPage = called[1];

        QSignalSpy boardErrors(&day->schedule, &SchedulerController::error);
        QSignalSpy pageErrors(&day->bracket, &BracketController::error);
        QVERIFY(!day->schedule.finish(fromBoard, 3, 0));
        QVERIFY(!day->bracket.report(fromPage, {{u"score"_s, u"3-0"_s}}, {}));
        QCOMPARE(boardErrors.size(), 1);
        QCOMPARE(pageErrors.size(), 1);
        // The same sentence (EngineErrors), each naming its own match: "M1: 3-0 is not possible…".
        const QString fromBoardText = boardErrors.at(0).at(0).toString();
        const QString fromPageText = pageErrors.at(0).at(0).toString();
        QCOMPARE(fromBoardText.section(u": "_s, 1), fromPageText.section(u": "_s, 1));
        QVERIFY(fromBoardText.section(u": "_s, 0, 0) != fromPageText.section(u": "_s, 0, 0));
        QVERIFY2(fromBoardText.contains(u"3-0 is not possible in a best of 3"_s), qPrintable(fromBoardText));
        QCOMPARE(matchRow(day->store, fromBoard).value(u"state"_s).toString(), u"called"_s);

        QVERIFY(day->schedule.finish(fromBoard, 2, 1));
        QVERIFY(day->bracket.report(fromPage, {{u"score"_s, u"2-1"_s}}, {}));
        QCOMPARE(matchRow(day->store, fromBoard), matchRow(day->store, fromPage));
        QCOMPARE(matchRow(day->store, fromBoard).value(u"games"_s).toInt(), 3);
    }

    // A result and the call of the match its freed station takes next are one command: one undo
    // gives both back, and the undo says it undoes the result.
    void aResultAndTheCallsItCausesAreOneUndoStep()
    {
        auto day = makeDay();
        const QList<qint64> before = calledMatches(day->store);
        const int commands = commandCount(day->store);
        QVERIFY(day->bracket.report(before[0], {{u"score"_s, u"2-0"_s}}, {}));
        QCOMPARE(commandCount(day->store), commands + 1);
        const QList<qint64> after = calledMatches(day->store);
        QCOMPARE(after.size(), 3); // the freed station has its next match already
        QVERIFY(!after.contains(before[0]));
        QCOMPARE(day->store.undoText(), u"Undo: Result 2-0 M%1"_s.arg(matchNumber(*day, before[0])));

        QVERIFY(day->store.undo());
        settle(*day);
        QCOMPARE(calledMatches(day->store), before);
        QCOMPARE(matchRow(day->store, before[0]).value(u"decided"_s).toBool(), false);
    }

    // Every list the screens read follows each command by itself (no refresh by hand), and a
    // change that keeps a list's matches updates its rows in place: the views keep their
    // delegates, scroll position and a drag in progress.
    void liveModelsFollowEveryCommand()
    {
        auto day = makeDay();
        QAbstractItemModelTester upNextTester(day->live.upNext());
        QAbstractItemModelTester nowPlayingTester(day->live.nowPlaying());
        QAbstractItemModelTester waitingTester(day->live.waiting());
        QAbstractItemModelTester queueTester(day->live.streamQueue());
        QAbstractItemModelTester stationsTester(day->live.stations());
        QAbstractItemModelTester eventsTester(day->live.events());
        const auto after = [&](const char *when) {
            QTest::qWait(20);
            checkModelsAsStored(*day, when);
        };
        after("the first calls");
        QCOMPARE(day->live.nowPlaying()->count(), 3);

        const QList<qint64> called = calledMatches(day->store);
        QSignalSpy resets(day->live.nowPlaying(), &QAbstractItemModel::modelReset);
        QSignalSpy rowChanges(day->live.nowPlaying(), &QAbstractItemModel::dataChanged);
        QVERIFY(day->schedule.start(called[0]));
        after("a start");
        QCOMPARE(resets.size(), 0);
        QCOMPARE(rowChanges.size(), 1);
        const int startedRow = day->live.nowPlaying()->rowOf(called[0]);
        QCOMPARE(rowChanges.at(0).at(0).toModelIndex().row(), startedRow);
        QCOMPARE(day->live.nowPlaying()->data(day->live.nowPlaying()->index(startedRow), LiveMatchModel::StateRole),
            QVariant(int(ScheduleMatch::State::InProgress)));

        QVERIFY(day->bracket.report(called[0], {{u"score"_s, u"2-0"_s}}, {}));
        after("a result");
        const qint64 queued = day->live.waiting()->rows().value(0).matchId;
        QVERIFY(queued > 0);
        QVERIFY(day->schedule.queueForStream(queued, true));
        after("a match queued for the stream");
        QCOMPARE(day->live.streamQueue()->rows().value(0).matchId, queued);
        QVERIFY(day->schedule.setStationAvailable(day->stations[1], false));
        after("a station out of order");
        QVERIFY(!day->live.stations()->rows().value(1).available);
        QVERIFY(day->store.undo());
        after("an undo");
        QVERIFY(day->live.stations()->rows().value(1).available);
    }

    // After calls, results, a station out of order and an undo, the Station board, the caster
    // window and the overlay page list the same matches in the same order.
    void upNextIsOneOrderEverywhere()
    {
        auto day = makeDay();
        checkUpNextAgrees(*day, "after the first calls");
        const QList<qint64> called = calledMatches(day->store);
        QVERIFY(day->schedule.finish(called[0], 2, 0));
        QVERIFY(day->bracket.report(called[1], {{u"score"_s, u"0-2"_s}}, {}));
        settle(*day);
        checkUpNextAgrees(*day, "after two results");
        QVERIFY(day->schedule.setStationAvailable(day->stations[2], false));
        settle(*day);
        checkUpNextAgrees(*day, "with a station out of order");
        m_clock.advanceSecs(600);
        settle(*day);
        checkUpNextAgrees(*day, "ten minutes later");
        QVERIFY(day->store.undo());
        settle(*day);
        checkUpNextAgrees(*day, "after an undo");
    }
};

QTEST_GUILESS_MAIN(TestLiveAgreement)
#include "tst_liveagreement.moc"
