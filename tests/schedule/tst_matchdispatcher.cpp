// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/clock.h"
#include "schedule/matchdispatcher.h"

#include <QStandardPaths>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {
ScheduleTime at(int hour, int minute = 0, int second = 0)
{
    return MatchDispatcher::fromDateTime(QDateTime(QDate(2026, 11, 28), QTime(hour, minute, second), QTimeZone::UTC));
}

ScheduleMatch simple(qint64 id, qint64 eventId, QList<qint64> a, QList<qint64> b, int round = 1, int order = 0)
{
    ScheduleMatch m;
    m.id = id;
    m.eventId = eventId;
    m.round = round;
    m.bracketOrder = order;
    m.sides[0] = a;
    m.sides[1] = b;
    return m;
}

ScheduleStation station(qint64 id, QStringList games = {}, bool stream = false)
{
    ScheduleStation s;
    s.id = id;
    s.name = u"Station %1"_s.arg(id);
    s.games = games;
    s.stream = stream;
    return s;
}

// A dispatcher at 10:00 with event 1 (game "SF6", no rest) and `stations` plain SF6 stations.
struct Venue {
    explicit Venue(int stations = 1)
    {
        ScheduleEventSettings e;
        e.id = 1;
        e.game = u"SF6"_s;
        d.setEvent(e);
        for (int i = 1; i <= stations; ++i)
            d.setStation(station(i, {u"SF6"_s}));
    }
    void setTime(ScheduleTime t) { clock.set(MatchDispatcher::toDateTime(t)); }
    ScheduleMatch::State state(qint64 id) const { return d.match(id)->state; }
    qint64 stationOf(qint64 id) const { return d.match(id)->stationId; }

    ManualClock clock {MatchDispatcher::toDateTime(at(10))};
    MatchDispatcher d {clock};
};

using Kind = ScheduleNotice::Kind;
using State = ScheduleMatch::State;
} // namespace

// The dispatcher's rules, one at a time, on tiny venues.
class TestMatchDispatcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void priority_data()
    {
        QTest::addColumn<int>("roundA");
        QTest::addColumn<int>("orderA");
        QTest::addColumn<int>("roundB");
        QTest::addColumn<int>("orderB");
        QTest::addColumn<bool>("bHoldsUpMore");
        QTest::addColumn<qint64>("calledFirst");

        QTest::newRow("earlier round first") << 2 << 0 << 1 << 5 << false << qint64(2);
        QTest::newRow("bracket order") << 1 << 3 << 1 << 1 << false << qint64(2);
        QTest::newRow("bracket order, other way") << 1 << 1 << 1 << 3 << false << qint64(1);
        QTest::newRow("holds up more first") << 1 << 1 << 1 << 2 << true << qint64(2);
        QTest::newRow("round beats holding up") << 1 << 1 << 2 << 0 << true << qint64(1);
    }

    // Two ready matches, one station: the better one is called.
    void priority()
    {
        QFETCH(int, roundA);
        QFETCH(int, orderA);
        QFETCH(int, roundB);
        QFETCH(int, orderB);
        QFETCH(bool, bHoldsUpMore);
        QFETCH(qint64, calledFirst);
        Venue v;
        v.d.upsertMatch(simple(1, 1, {1}, {2}, roundA, orderA));
        v.d.upsertMatch(simple(2, 1, {3}, {4}, roundB, orderB));
        if (bHoldsUpMore) {
            ScheduleMatch next = simple(3, 1, {}, {5}, 9, 9);
            next.feeders[0] = {ScheduleFeeder::Kind::Winner, 2};
            v.d.upsertMatch(next);
        }
        const auto notices = v.d.update();
        QCOMPARE(notices.size(), 1);
        QCOMPARE(notices[0], (ScheduleNotice {Kind::Called, calledFirst, 1, 0, at(10)}));
        QCOMPARE(v.d.holdsUp(2), bHoldsUpMore ? 1 : 0);
    }

    void stationGames_data()
    {
        QTest::addColumn<QStringList>("games");
        QTest::addColumn<QString>("eventGame");
        QTest::addColumn<bool>("called");

        QTest::newRow("hosts the game") << QStringList {u"T8"_s, u"SF6"_s} << u"SF6"_s << true;
        QTest::newRow("another game") << QStringList {u"T8"_s} << u"SF6"_s << false;
        QTest::newRow("no games listed: any game") << QStringList {} << u"SF6"_s << true;
        QTest::newRow("event without a game") << QStringList {u"T8"_s} << QString() << true;
    }

    // What a station hosts decides what is called there; an empty list hosts anything.
    void stationGames()
    {
        QFETCH(QStringList, games);
        QFETCH(QString, eventGame);
        QFETCH(bool, called);
        Venue v(0);
        ScheduleEventSettings e;
        e.id = 1;
        e.game = eventGame;
        v.d.setEvent(e);
        v.d.setStation(station(1, games));
        v.d.upsertMatch(simple(1, 1, {1}, {2}, 1, 0));
        v.d.update();
        QCOMPARE(v.state(1) == State::Called, called);
    }

    void rest_data()
    {
        QTest::addColumn<int>("restMinutes");
        QTest::addColumn<int>("finishedMinutesAgo");
        QTest::addColumn<bool>("called");

        QTest::newRow("no rest rule") << 0 << 0 << true;
        QTest::newRow("rested enough") << 10 << 10 << true;
        QTest::newRow("too soon") << 10 << 9 << false;
        QTest::newRow("just finished") << 10 << 0 << false;
    }

    // Player 1 finished a match; their next one waits for the rest to be over.
    void rest()
    {
        QFETCH(int, restMinutes);
        QFETCH(int, finishedMinutesAgo);
        QFETCH(bool, called);
        Venue v;
        ScheduleEventSettings e = *v.d.event(1);
        e.minRestSecs = restMinutes * 60;
        v.d.setEvent(e);
        v.setTime(at(10) - finishedMinutesAgo * 60);
        v.d.upsertMatch(simple(1, 1, {1}, {2}));
        v.d.update();
        v.d.finish(1, 0);
        v.d.upsertMatch(simple(2, 1, {1}, {3}, 2));
        v.setTime(at(10));
        v.d.update();
        QCOMPARE(v.state(2), called ? State::Called : State::Ready);
        if (!called) {
            const ScheduleTime restedAt = at(10) - finishedMinutesAgo * 60 + restMinutes * 60;
            QCOMPARE(v.d.nextWakeUp(), restedAt);
            v.setTime(restedAt);
            v.d.update();
            QCOMPARE(v.state(2), State::Called);
        }
    }

    void timeRules_data()
    {
        QTest::addColumn<ScheduleTime>("now");
        QTest::addColumn<bool>("called");
        QTest::addColumn<ScheduleTime>("wakeUp");

        // Event starts 10:00, lunch 12:00–13:00, round 2 not before 14:00; match 1 is round 1,
        // match 2 (other players) round 2.
        QTest::newRow("before the start") << at(9, 30) << false << at(10);
        QTest::newRow("at the start") << at(10) << true << at(14);
        QTest::newRow("lunch") << at(12, 15) << false << at(13);
        QTest::newRow("after lunch") << at(13) << true << at(14);
    }

    // Start time, breaks and fixed round slots keep matches off free stations.
    void timeRules()
    {
        QFETCH(ScheduleTime, now);
        QFETCH(bool, called);
        QFETCH(ScheduleTime, wakeUp);
        Venue v(2);
        ScheduleEventSettings e = *v.d.event(1);
        e.start = at(10);
        e.noShowSecs = 24 * 3600;
        e.breaks = {{at(12), at(13)}};
        e.roundNotBefore = {{2, at(14)}};
        v.d.setEvent(e);
        v.d.upsertMatch(simple(1, 1, {1}, {2}, 1));
        v.d.upsertMatch(simple(2, 1, {3}, {4}, 2));
        v.setTime(now);
        v.d.update();
        QCOMPARE(v.state(1), called ? State::Called : State::Ready);
        QCOMPARE(v.state(2), State::Ready);
        QCOMPARE(v.d.nextWakeUp(), wakeUp);
        v.setTime(at(14));
        v.d.update();
        QCOMPARE(v.state(2), State::Called);
    }

    // A broken station's match is called again first, elsewhere, and nothing goes to it.
    void brokenStation()
    {
        Venue v(2);
        v.d.upsertMatch(simple(1, 1, {1}, {2}, 1, 5));
        v.d.upsertMatch(simple(2, 1, {3}, {4}, 1, 6));
        v.d.upsertMatch(simple(3, 1, {5}, {6}, 1, 0));
        v.d.upsertMatch(simple(4, 1, {7}, {8}, 1, 1));
        v.d.update();
        QCOMPARE(v.stationOf(3), qint64(1));
        QCOMPARE(v.stationOf(4), qint64(2));
        v.d.start(3);
        v.d.assign(2, 1); // waits for station 1 when it breaks: the assignment is dropped
        v.setTime(at(10, 5));
        QVERIFY(v.d.setStationAvailable(1, false));
        QCOMPARE(v.d.update(), (QList<ScheduleNotice> {{Kind::Unassigned, 3, 0, 1, at(10, 5)}}));
        QCOMPARE(v.state(3), State::Ready);
        QCOMPARE(v.d.match(3)->startedAt, NoScheduleTime);
        QCOMPARE(v.d.match(2)->pinnedStationId, qint64(0));
        // Station 2 frees: match 3 goes first although match 1 and 2 were waiting before it.
        v.setTime(at(10, 20));
        v.d.finish(4, 0);
        QCOMPARE(v.d.update(), (QList<ScheduleNotice> {{Kind::Called, 3, 2, 1, at(10, 20)}}));
        v.d.finish(3, 0);
        QCOMPARE(v.d.update(), (QList<ScheduleNotice> {{Kind::Called, 1, 2, 0, at(10, 20)}}));
        QCOMPARE(v.d.currentMatchId(1), qint64(0));
        QVERIFY(v.d.setStationAvailable(1, true));
        QCOMPARE(v.d.update(), (QList<ScheduleNotice> {{Kind::Called, 2, 1, 0, at(10, 20)}}));
    }

    // Assigning a match to a station wins over priority and rest; a called match there is bumped.
    void manualAssign()
    {
        Venue v(2);
        ScheduleEventSettings e = *v.d.event(1);
        e.minRestSecs = 3600;
        v.d.setEvent(e);
        v.d.upsertMatch(simple(1, 1, {1}, {2}, 1, 0));
        v.d.upsertMatch(simple(2, 1, {3}, {4}, 1, 1));
        v.d.upsertMatch(simple(3, 1, {5}, {6}, 3, 0));
        QVERIFY(v.d.assign(3, 2));
        v.d.update();
        QCOMPARE(v.stationOf(1), qint64(1));
        QCOMPARE(v.stationOf(3), qint64(2));
        QCOMPARE(v.state(2), State::Ready);
        // Match 4 (player 1, who has to rest for an hour) is put on station 1 by hand.
        v.setTime(at(10, 10));
        v.d.finish(1, 0);
        v.d.upsertMatch(simple(4, 1, {1}, {9}, 2, 0));
        QVERIFY(v.d.assign(4, 1));
        v.d.update();
        QCOMPARE(v.stationOf(4), qint64(1));
        QCOMPARE(v.state(2), State::Ready);
        // Match 2 dragged onto station 2 while match 3 is called there but not started.
        QVERIFY(v.d.assign(2, 2));
        const auto notices = v.d.update();
        QCOMPARE(notices,
            (QList<ScheduleNotice> {{Kind::Unassigned, 3, 0, 2, at(10, 10)}, //
                {Kind::Called, 2, 2, 0, at(10, 10)}}));
        QCOMPARE(v.state(3), State::Ready);
        // A started match is not moved by an assignment.
        v.d.start(2);
        QVERIFY(!v.d.assign(2, 1));
        // Match 3 is first in line when a station frees.
        v.d.finish(4, 0);
        QCOMPARE(v.d.update(), (QList<ScheduleNotice> {{Kind::Called, 3, 1, 2, at(10, 10)}}));
    }

    // Held matches stay off the stations; holding a called match takes it back.
    void hold()
    {
        Venue v(1);
        v.d.upsertMatch(simple(1, 1, {1}, {2}, 1, 0));
        v.d.upsertMatch(simple(2, 1, {3}, {4}, 1, 1));
        QVERIFY(v.d.hold(1, true));
        v.d.update();
        QCOMPARE(v.stationOf(2), qint64(1));
        QVERIFY(v.d.hold(2, true));
        QCOMPARE(v.d.update(), (QList<ScheduleNotice> {{Kind::Unassigned, 2, 0, 1, at(10)}}));
        QCOMPARE(v.d.currentMatchId(1), qint64(0));
        // Assigned to the station, then held: it stays off.
        QVERIFY(v.d.assign(1, 1));
        QVERIFY(!v.d.match(1)->held);
        QVERIFY(v.d.hold(1, true));
        QCOMPARE(v.d.update(), QList<ScheduleNotice>());
        QVERIFY(v.d.hold(1, false));
        QCOMPARE(v.d.update(), (QList<ScheduleNotice> {{Kind::Called, 1, 1, 0, at(10)}}));
        QVERIFY(v.d.match(2)->held);
        QVERIFY(!v.d.hold(99, true));
    }

    // Swapping two called matches exchanges their stations; swapping a called match with a
    // waiting one gives the station to the waiting one.
    void swap()
    {
        Venue v(2);
        v.d.upsertMatch(simple(1, 1, {1}, {2}, 1, 0));
        v.d.upsertMatch(simple(2, 1, {3}, {4}, 1, 1));
        v.d.upsertMatch(simple(3, 1, {5}, {6}, 1, 2));
        v.d.update();
        v.d.start(1);
        QVERIFY(v.d.swap(1, 2));
        QCOMPARE(
            v.d.update(), (QList<ScheduleNotice> {{Kind::Moved, 1, 2, 1, at(10)}, {Kind::Moved, 2, 1, 2, at(10)}}));
        QCOMPARE(v.d.currentMatchId(1), qint64(2));
        QCOMPARE(v.state(1), State::InProgress);
        QVERIFY(v.d.swap(3, 2));
        QCOMPARE(v.d.update(),
            (QList<ScheduleNotice> {{Kind::Unassigned, 2, 0, 1, at(10)}, //
                {Kind::Called, 3, 1, 0, at(10)}}));
        QCOMPARE(v.state(2), State::Ready);
        QVERIFY(!v.d.swap(1, 2)); // match 1 is being played and 2 is not on a station
    }

    void streamStation_data()
    {
        QTest::addColumn<bool>("featured");
        QTest::addColumn<bool>("streamBroken");
        QTest::addColumn<qint64>("expectedStation");

        // Station 1 is the stream station, station 2 a plain one; one match is ready.
        QTest::newRow("featured goes to stream") << true << false << qint64(1);
        QTest::newRow("regular keeps the stream free") << false << false << qint64(2);
        QTest::newRow("featured without a stream station") << true << true << qint64(2);
    }

    void streamStation()
    {
        QFETCH(bool, featured);
        QFETCH(bool, streamBroken);
        QFETCH(qint64, expectedStation);
        Venue v(0);
        v.d.setStation(station(1, {u"SF6"_s}, true));
        v.d.setStation(station(2, {u"SF6"_s, u"T8"_s}));
        if (streamBroken)
            v.d.setStationAvailable(1, false);
        ScheduleMatch m = simple(1, 1, {1}, {2});
        m.featured = featured;
        v.d.upsertMatch(m);
        v.d.update();
        QCOMPARE(v.stationOf(1), expectedStation);
    }

    // A featured match waits for the stream station; the stream station still plays regular
    // matches when no featured one is ready; a pinned stream queue is played in its order only.
    void streamQueue()
    {
        Venue v(0);
        v.d.setStation(station(1, {u"SF6"_s}, true));
        v.d.setStation(station(2, {u"SF6"_s}));
        v.d.upsertMatch(simple(1, 1, {1}, {2}, 1, 0));
        v.d.upsertMatch(simple(2, 1, {3}, {4}, 1, 1));
        ScheduleMatch featured = simple(3, 1, {5}, {6}, 1, 2);
        featured.featured = true;
        v.d.upsertMatch(featured);
        v.d.upsertMatch(simple(4, 1, {7}, {8}, 1, 3));
        v.d.upsertMatch(simple(5, 1, {9}, {10}, 1, 4));
        v.d.update();
        QCOMPARE(v.stationOf(3), qint64(1));
        QCOMPARE(v.stationOf(1), qint64(2));
        v.d.finish(3, 0);
        v.d.update();
        QCOMPARE(v.stationOf(2), qint64(1)); // no featured match left: a regular one
        v.d.setStreamQueue({5, 4});
        QCOMPARE(v.d.streamQueue(), (QList<qint64> {5, 4}));
        v.d.finish(2, 0);
        v.d.finish(1, 0);
        v.d.update();
        QCOMPARE(v.stationOf(5), qint64(1));
        QCOMPARE(v.state(4), State::Ready); // queued for the stream: station 2 stays free
        QCOMPARE(v.d.currentMatchId(2), qint64(0));
        QCOMPARE(v.d.streamQueue(), (QList<qint64> {4}));
        v.d.finish(5, 0);
        v.d.update();
        QCOMPARE(v.stationOf(4), qint64(1));
        QVERIFY(v.d.streamQueue().isEmpty());
    }

    void noShow_data()
    {
        QTest::addColumn<bool>("started");
        QTest::newRow("nobody came") << false;
        QTest::newRow("started in time") << true;
    }

    // The no-show timer of the event prompts once for a forfeit.
    void noShow()
    {
        QFETCH(bool, started);
        Venue v(1);
        ScheduleEventSettings e = *v.d.event(1);
        e.noShowSecs = 8 * 60;
        v.d.setEvent(e);
        v.d.upsertMatch(simple(1, 1, {1}, {2}));
        v.d.update();
        QCOMPARE(v.d.match(1)->calledAt, at(10));
        QCOMPARE(v.d.nextWakeUp(), at(10, 8));
        v.setTime(at(10, 7, 59));
        if (started)
            QVERIFY(v.d.start(1));
        QCOMPARE(v.d.update(), QList<ScheduleNotice>());
        v.setTime(at(10, 8));
        const auto expected
            = started ? QList<ScheduleNotice>() : QList<ScheduleNotice> {{Kind::ForfeitPrompt, 1, 1, 0, at(10, 8)}};
        QCOMPARE(v.d.update(), expected);
        v.setTime(at(10, 9));
        QCOMPARE(v.d.update(), QList<ScheduleNotice>());
        QCOMPARE(v.d.nextWakeUp(), NoScheduleTime);
        if (!started) {
            QVERIFY(v.d.finish(1, 1, true)); // forfeit: not learned from
            QCOMPARE(v.d.durations().sampleCount(1, 3), 0);
        }
    }

    // Player 7 plays in a team in event 1 and alone in event 2: never called twice at once.
    void playerInTwoEvents()
    {
        Venue v(0);
        ScheduleEventSettings other;
        other.id = 2;
        other.game = u"T8"_s;
        v.d.setEvent(other);
        v.d.setStation(station(1, {u"SF6"_s}));
        v.d.setStation(station(2, {u"T8"_s}));
        v.d.upsertMatch(simple(1, 2, {7}, {8}, 1, 0));
        v.d.upsertMatch(simple(2, 1, {5, 6, 7}, {1, 2, 3}, 1, 0));
        v.d.update();
        QCOMPARE(v.stationOf(1), qint64(2));
        QCOMPARE(v.state(2), State::Ready);
        QCOMPARE(v.d.currentMatchId(1), qint64(0));
        v.setTime(at(10, 15));
        v.d.finish(1, 0);
        QCOMPARE(v.d.update(), (QList<ScheduleNotice> {{Kind::Called, 2, 1, 0, at(10, 15)}}));
    }

    // The help desk finds a player's matches: the one being played first, then the next ones.
    void upcomingMatchesOfPlayer()
    {
        Venue v(1);
        v.d.upsertMatch(simple(1, 1, {1}, {2}, 1, 0));
        v.d.upsertMatch(simple(2, 1, {7, 8}, {3}, 2, 0));
        v.d.upsertMatch(simple(3, 1, {4}, {7}, 1, 1));
        v.d.upsertMatch(simple(4, 1, {5}, {8}, 1, 2));
        v.d.update();
        v.d.finish(1, 0);
        v.d.update();
        QCOMPARE(v.stationOf(3), qint64(1));
        QCOMPARE(v.d.matchesOf(7), (QList<qint64> {3, 2}));
        QCOMPARE(v.d.matchesOf(8), (QList<qint64> {4, 2}));
        QCOMPARE(v.d.matchesOf(1), QList<qint64>());
        QCOMPARE(v.d.matchesOf(12345), QList<qint64>());
    }

    // Call, start and finish stamp the times; the result fills the matches fed by this one.
    void timesAndResults()
    {
        Venue v(1);
        v.d.upsertMatch(simple(1, 1, {1}, {2}));
        ScheduleMatch winners = simple(2, 1, {}, {3}, 2);
        winners.feeders[0] = {ScheduleFeeder::Kind::Winner, 1};
        ScheduleMatch losers = simple(3, 1, {4}, {}, 2);
        losers.feeders[1] = {ScheduleFeeder::Kind::Loser, 1};
        v.d.upsertMatch(winners);
        v.d.upsertMatch(losers);
        QCOMPARE(v.state(2), State::Pending);
        v.d.update();
        v.setTime(at(10, 2));
        QVERIFY(v.d.start(1));
        QVERIFY(!v.d.start(1));
        v.setTime(at(10, 20));
        QVERIFY(v.d.finish(1, 1));
        QVERIFY(!v.d.finish(1, 1));
        const ScheduleMatch &m = *v.d.match(1);
        QCOMPARE(m.state, State::Completed);
        QCOMPARE(m.calledAt, at(10));
        QCOMPARE(m.startedAt, at(10, 2));
        QCOMPARE(m.finishedAt, at(10, 20));
        QCOMPARE(v.d.match(2)->sides[0], QList<qint64> {2});
        QCOMPARE(v.d.match(3)->sides[1], QList<qint64> {1});
        QCOMPARE(v.state(2), State::Ready);
        QCOMPARE(v.d.durations().sampleCount(1, 3), 1);
        QCOMPARE(v.d.expectedSecs(m), 20 * 60); // the only sample, which also scales the prior
    }

    // After a restart the store hands back matches as they were: stations stay taken.
    void restoreDay()
    {
        Venue v(2);
        ScheduleMatch playing = simple(1, 1, {1}, {2});
        playing.state = State::InProgress;
        playing.stationId = 1;
        playing.calledAt = at(9, 50);
        playing.startedAt = at(9, 52);
        v.d.upsertMatch(playing);
        v.d.upsertMatch(simple(2, 1, {1}, {3}));
        v.d.upsertMatch(simple(3, 1, {4}, {5}));
        v.d.update();
        QCOMPARE(v.d.currentMatchId(1), qint64(1));
        QCOMPARE(v.stationOf(3), qint64(2));
        QCOMPARE(v.state(2), State::Ready); // player 1 is still playing match 1
        // Once the restored match is over, its players are free again (counted busy once).
        v.d.finish(1, 0);
        v.d.update();
        QCOMPARE(v.stationOf(2), qint64(1));
    }

    void durationTable_data()
    {
        QTest::addColumn<QList<int>>("bo3Samples");
        QTest::addColumn<QList<int>>("bo5Samples");
        QTest::addColumn<int>("expectedBo3");
        QTest::addColumn<int>("expectedBo5");
        // Priors: Bo3 600 s, Bo5 1000 s, each weighing as much as two samples. Samples count
        // through their 65th percentile (nearest rank); the event's ratio to the priors scales
        // the priors.
        QTest::newRow("no samples") << QList<int> {} << QList<int> {} << 600 << 1000;
        QTest::newRow("one Bo3 scales the Bo5 prior")
            << QList<int> {900} << QList<int> {} << (2 * 900 + 900) / 3 << 1500;
        QTest::newRow("an outlier does not count") << QList<int> {600, 3000, 600} << QList<int> {} << 600 << 1000;
        QTest::newRow("above the median")
            << QList<int> {700, 100, 400, 500, 300, 600, 200, 800, 1000, 900, 0} << QList<int> {} //
            << (2 * 700 + 11 * 700) / 13 << 1167;
        QTest::newRow("own samples win over the scaled prior")
            << QList<int> {1200} << QList<int> {1000, 1000, 1000, 1000, 1000, 1000} //
            << (2 * 600 + 1200) / 3 << (2 * 1000 + 6 * 1000) / 8;
    }

    void durationTable()
    {
        QFETCH(QList<int>, bo3Samples);
        QFETCH(QList<int>, bo5Samples);
        QFETCH(int, expectedBo3);
        QFETCH(int, expectedBo5);
        MatchDurationTable table;
        for (int s : bo3Samples)
            table.record(1, 3, s, 600);
        for (int s : bo5Samples)
            table.record(1, 5, s, 1000);
        table.record(2, 3, 99999, 600); // another event does not count
        QCOMPARE(table.expectedSecs(1, 3, 600), expectedBo3);
        QCOMPARE(table.expectedSecs(1, 5, 1000), expectedBo5);
        QCOMPARE(table.sampleCount(1, 3), int(bo3Samples.size()));
    }
};

QTEST_GUILESS_MAIN(TestMatchDispatcher)
#include "tst_matchdispatcher.moc"
