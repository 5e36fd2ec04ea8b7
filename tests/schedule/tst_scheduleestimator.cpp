// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/clock.h"
#include "schedule/matchdispatcher.h"
#include "schedule/scheduleestimator.h"
#include "schedulegraphgenerator.h"

#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTest>
#include <QTimeZone>

#include <cmath>
#include <map>

using namespace Qt::StringLiterals;

namespace {
const QDateTime Morning(QDate(2026, 11, 28), QTime(8, 30), QTimeZone::UTC);

ScheduleTime at(int hour, int minute = 0)
{
    return MatchDispatcher::fromDateTime(QDateTime(QDate(2026, 11, 28), QTime(hour, minute), QTimeZone::UTC));
}

QString hhmm(ScheduleTime t)
{
    return MatchDispatcher::toDateTime(t).toString(u"HH:mm"_s);
}

ScheduleMatch simple(qint64 id, qint64 eventId, QList<qint64> a, QList<qint64> b, int round = 1)
{
    ScheduleMatch m;
    m.id = id;
    m.eventId = eventId;
    m.round = round;
    m.bracketOrder = int(id);
    m.sides[0] = a;
    m.sides[1] = b;
    return m;
}

// A venue day played for real: the test is the bracket engine (random winners, Swiss pairings)
// and the players (late starts, random set lengths); the dispatcher calls the matches.
class VenueDay
{
public:
    enum : qint64 { DoubleElim = 1, Swiss = 2 };

    explicit VenueDay(quint32 seed)
        : clock(Morning)
        , dispatcher(clock)
        , rng(seed)
    { }

    ManualClock clock;
    MatchDispatcher dispatcher;
    QRandomGenerator rng;
    QHash<qint64, ScheduleTime> lastFinished; // per player, as the venue saw it
    QHash<qint64, int> swissWins;
    QList<ScheduleMatch> swissMatches;
    int forfeitPrompts = 0;
    int checks = 0;
    QString firstViolation;
    struct Checkpoint {
        ScheduleTime at;
        ScheduleTime projectedEnd;
    };
    std::vector<Checkpoint> checkpoints;

    void setUp()
    {
        ScheduleEventSettings de;
        de.id = DoubleElim;
        de.name = u"Street Fighter 6"_s;
        de.game = u"SF6"_s;
        de.start = at(9);
        de.expectedSecsByBestOf = {{3, 8 * 60}, {5, 15 * 60}};
        de.minRestSecs = 5 * 60;
        dispatcher.setEvent(de);
        ScheduleEventSettings sw;
        sw.id = Swiss;
        sw.name = u"Tekken 8 Swiss"_s;
        sw.game = u"T8"_s;
        sw.start = at(9);
        sw.expectedSecsByBestOf = {{3, 10 * 60}};
        sw.minRestSecs = 5 * 60;
        sw.roundsWaitForPreviousRound = true;
        sw.breaks = {{at(12, 30), at(13, 15)}};
        dispatcher.setEvent(sw);
        for (int i = 1; i <= 16; ++i) {
            ScheduleStation s;
            s.id = i;
            s.name = u"Station %1"_s.arg(i);
            s.games = i <= 10 ? QStringList {u"SF6"_s}
                : i <= 14     ? QStringList {u"T8"_s}
                              : QStringList {u"SF6"_s, u"T8"_s};
            s.stream = i == 1;
            dispatcher.setStation(s);
        }
        QList<ScheduleMatch> de256 = ScheduleGraphGenerator::doubleElimination(DoubleElim, 1, 256, 1, 3);
        de256[de256.size() - 1].featured = true; // grand final on stream
        de256[de256.size() - 2].featured = true; // losers final too
        for (const ScheduleMatch &m : std::as_const(de256))
            dispatcher.upsertMatch(m);
        // Swiss players 10001…10064, of whom the first 16 also play the double elimination.
        swissMatches = ScheduleGraphGenerator::swiss(Swiss, 10001, 64, 6, 10001);
        for (ScheduleMatch &m : swissMatches) {
            for (auto &side : m.sides)
                for (qint64 &p : side)
                    if (p <= 10016)
                        p -= 10000;
            dispatcher.upsertMatch(m);
        }
        for (int k = 0; k < 32; ++k)
            for (const auto &side : swissMatches[k].sides)
                swissWins.insert(side[0], 0);
    }

    // The engine's part of a Swiss stage: once round r is complete, pair round r+1 by wins.
    void pairSwissIfRoundDone(int round)
    {
        if (round >= 6)
            return;
        for (const ScheduleMatch &m : std::as_const(swissMatches))
            if (m.round == round && dispatcher.match(m.id)->state != ScheduleMatch::State::Completed)
                return;
        QList<qint64> players = swissWins.keys();
        std::sort(players.begin(), players.end());
        std::shuffle(players.begin(), players.end(), rng);
        std::stable_sort(players.begin(), players.end(),
            [this](qint64 a, qint64 b) { return swissWins.value(a) > swissWins.value(b); });
        int k = 0;
        for (const ScheduleMatch &m : std::as_const(swissMatches)) {
            if (m.round != round + 1)
                continue;
            ScheduleMatch paired = *dispatcher.match(m.id);
            paired.sides[0] = {players[2 * k]};
            paired.sides[1] = {players[2 * k + 1]};
            dispatcher.upsertMatch(paired);
            ++k;
        }
    }

    double normal()
    {
        const double u1 = std::max(1e-12, rng.generateDouble());
        const double u2 = rng.generateDouble();
        return std::sqrt(-2 * std::log(u1)) * std::cos(2 * M_PI * u2);
    }

    // How long a set really lasts: longer than the organisers' guess, and spread out.
    int playedSecs(const ScheduleMatch &m)
    {
        const double base = m.eventId == Swiss ? 12 * 60 : m.bestOf == 5 ? 18 * 60 : 10 * 60;
        return int(base * std::exp(0.25 * normal()));
    }

    // Independent check of the promises, from the public state only.
    QString violation() const
    {
        const ScheduleTime now = MatchDispatcher::fromDateTime(clock.now());
        const QList<ScheduleMatch> matches = dispatcher.matches();
        const QList<ScheduleStation> stations = dispatcher.stations();
        QHash<qint64, qint64> onStation;
        QHash<qint64, qint64> playing;
        std::map<qint64, int> swissFirstIncomplete;
        for (const ScheduleMatch &m : matches) {
            if (m.eventId == Swiss && m.state != ScheduleMatch::State::Completed) {
                auto it = swissFirstIncomplete.find(Swiss);
                if (it == swissFirstIncomplete.end() || m.round < it->second)
                    swissFirstIncomplete[Swiss] = m.round;
            }
            if (!m.isOnStation())
                continue;
            if (onStation.contains(m.stationId))
                return u"station %1 has matches %2 and %3"_s.arg(m.stationId).arg(onStation[m.stationId]).arg(m.id);
            onStation.insert(m.stationId, m.id);
            if (!dispatcher.station(m.stationId)->available)
                return u"match %1 on broken station %2"_s.arg(m.id).arg(m.stationId);
            for (const auto &side : m.sides)
                for (qint64 p : side) {
                    if (playing.contains(p))
                        return u"player %1 in matches %2 and %3"_s.arg(p).arg(playing[p]).arg(m.id);
                    playing.insert(p, m.id);
                }
        }
        for (const ScheduleMatch &m : matches) {
            if (m.state != ScheduleMatch::State::Ready || m.held || m.pinnedStationId || !m.sidesKnown())
                continue;
            const ScheduleEventSettings *event = dispatcher.event(m.eventId);
            bool free = now >= event->start;
            for (const auto &pause : event->breaks)
                free = free && !(now >= pause.start && now < pause.end);
            for (const auto &side : m.sides)
                for (qint64 p : side)
                    free = free && !playing.contains(p)
                        && (!lastFinished.contains(p) || lastFinished[p] + event->minRestSecs <= now);
            if (event->roundsWaitForPreviousRound && m.round > swissFirstIncomplete[m.eventId])
                free = false;
            if (!free)
                continue;
            bool streamAvailable = false;
            for (const ScheduleStation &s : stations)
                streamAvailable = streamAvailable || (s.stream && s.available && s.hosts(event->game));
            for (const ScheduleStation &s : stations) {
                if (!s.available || onStation.contains(s.id) || !s.hosts(event->game))
                    continue;
                if (m.featured && streamAvailable && !s.stream)
                    continue;
                return u"station %1 idle at %2 while match %3 waits"_s.arg(s.id).arg(hhmm(now)).arg(m.id);
            }
        }
        return {};
    }

    // Plays the whole day; returns the time the last match ended.
    ScheduleTime play()
    {
        enum class Kind { Start, Finish, Hold, Release, Break, Repair };
        struct Action {
            Kind kind;
            qint64 id;
        };
        std::multimap<ScheduleTime, Action> actions;
        actions.insert({at(11), {Kind::Hold, 0}});
        actions.insert({at(11, 20), {Kind::Release, 0}});
        actions.insert({at(13), {Kind::Break, 3}});
        actions.insert({at(14), {Kind::Repair, 3}});
        QList<qint64> heldMatches;
        ScheduleTime nextCheckpoint = at(10);
        ScheduleTime end = NoScheduleTime;
        for (int guard = 0; guard < 100000; ++guard) {
            const ScheduleTime now = MatchDispatcher::fromDateTime(clock.now());
            for (const ScheduleNotice &n : dispatcher.update()) {
                if (n.kind == ScheduleNotice::Kind::Called) {
                    const ScheduleTime startAt = now + 30 + rng.bounded(150);
                    actions.insert({startAt, {Kind::Start, n.matchId}});
                    actions.insert({startAt + playedSecs(*dispatcher.match(n.matchId)), {Kind::Finish, n.matchId}});
                } else if (n.kind == ScheduleNotice::Kind::Unassigned) {
                    std::erase_if(actions, [&n](const auto &a) {
                        return (a.second.kind == Kind::Start || a.second.kind == Kind::Finish)
                            && a.second.id == n.matchId;
                    });
                } else if (n.kind == ScheduleNotice::Kind::ForfeitPrompt) {
                    ++forfeitPrompts;
                }
            }
            ++checks;
            if (firstViolation.isEmpty())
                firstViolation = violation();
            if (now >= nextCheckpoint) {
                checkpoints.push_back({now, ScheduleEstimator::estimate(dispatcher).projectedEnd});
                nextCheckpoint += 3600;
            }
            ScheduleTime next = actions.empty() ? NoScheduleTime : actions.begin()->first;
            const ScheduleTime wake = dispatcher.nextWakeUp();
            if (wake != NoScheduleTime && (next == NoScheduleTime || wake < next))
                next = wake;
            if (next == NoScheduleTime)
                break;
            if (nextCheckpoint < next)
                next = nextCheckpoint;
            clock.set(MatchDispatcher::toDateTime(next));
            while (!actions.empty() && actions.begin()->first <= next) {
                const Action action = actions.begin()->second;
                actions.erase(actions.begin());
                switch (action.kind) {
                case Kind::Start:
                    dispatcher.start(action.id);
                    break;
                case Kind::Finish: {
                    const ScheduleMatch m = *dispatcher.match(action.id);
                    const int winner = int(rng.bounded(2));
                    dispatcher.finish(action.id, winner);
                    for (const auto &side : m.sides)
                        for (qint64 p : side)
                            lastFinished.insert(p, next);
                    end = next;
                    if (m.eventId == Swiss) {
                        swissWins[m.sides[winner][0]] += 1;
                        pairSwissIfRoundDone(m.round);
                    }
                    break;
                }
                case Kind::Hold:
                    for (const ScheduleMatch &m : dispatcher.matches()) {
                        if (m.state == ScheduleMatch::State::Ready && heldMatches.size() < 3) {
                            dispatcher.hold(m.id, true);
                            heldMatches.append(m.id);
                        }
                    }
                    break;
                case Kind::Release:
                    for (qint64 id : std::as_const(heldMatches))
                        dispatcher.hold(id, false);
                    break;
                case Kind::Break:
                    dispatcher.setStationAvailable(action.id, false);
                    break;
                case Kind::Repair:
                    dispatcher.setStationAvailable(action.id, true);
                    break;
                }
            }
        }
        return end;
    }
};
} // namespace

// The estimator's promises: estimates follow the dispatcher's rules and learned durations, and
// they converge on the real end of the day as it goes on.
class TestScheduleEstimator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void chainOnOneStation_data()
    {
        QTest::addColumn<int>("minRestSecs");
        QTest::addColumn<QList<int>>("expectedStartMinutes"); // after 10:00, matches 1, 2, 3

        QTest::newRow("no rest") << 0 << QList<int> {0, 20, 40};
        QTest::newRow("rest longer than a match") << 30 * 60 << QList<int> {0, 20, 70};
    }

    // Matches 1 (A–B) and 2 (C–D) then 3 (winner of 1 vs winner of 2), one station, 20 min each.
    void chainOnOneStation()
    {
        QFETCH(int, minRestSecs);
        QFETCH(QList<int>, expectedStartMinutes);
        ManualClock clock(MatchDispatcher::toDateTime(at(10)));
        MatchDispatcher d(clock);
        ScheduleEventSettings e;
        e.id = 1;
        e.expectedSecsByBestOf = {{3, 20 * 60}};
        e.minRestSecs = minRestSecs;
        e.plannedEnd = at(10, 30);
        d.setEvent(e);
        d.setStation({1, u"1"_s, {}, false, true, 0, {}});
        d.upsertMatch(simple(1, 1, {1}, {2}));
        d.upsertMatch(simple(2, 1, {3}, {4}));
        ScheduleMatch final = simple(3, 1, {}, {}, 2);
        final.feeders[0] = {ScheduleFeeder::Kind::Winner, 1};
        final.feeders[1] = {ScheduleFeeder::Kind::Winner, 2};
        d.upsertMatch(final);
        d.update();
        const ScheduleEstimate estimate = ScheduleEstimator::estimate(d);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(hhmm(estimate.matches.value(i + 1).start), hhmm(at(10) + 60 * expectedStartMinutes[i]));
            QCOMPARE(estimate.matches.value(i + 1).stationId, qint64(1));
        }
        const ScheduleTime end = at(10) + 60 * (expectedStartMinutes[2] + 20);
        QCOMPARE(estimate.events.value(1).projectedEnd, end);
        QCOMPARE(estimate.events.value(1).delaySecs(), end - at(10, 30));
        QCOMPARE(estimate.events.value(1).unscheduledMatches, 0);
        // The live dispatcher has not moved: the simulation ran on a copy.
        QCOMPARE(d.match(2)->state, ScheduleMatch::State::Ready);
        QCOMPARE(d.currentMatchId(1), qint64(1));
    }

    // A running match over its expected time still ends in the future; a learned duration
    // replaces the prior; a break pushes the next call to its end.
    void learnedDurationsAndBreaks()
    {
        ManualClock clock(MatchDispatcher::toDateTime(at(10)));
        MatchDispatcher d(clock);
        ScheduleEventSettings e;
        e.id = 1;
        e.expectedSecsByBestOf = {{3, 10 * 60}};
        e.breaks = {{at(10, 40), at(11, 30)}};
        d.setEvent(e);
        d.setStation({1, u"1"_s, {}, false, true, 0, {}});
        for (int i = 1; i <= 6; ++i)
            d.upsertMatch(simple(i, 1, {2 * i}, {2 * i + 1}));
        d.update();
        // Match 1 takes 30 minutes, three times the prior: the next ones are expected to as well.
        clock.set(MatchDispatcher::toDateTime(at(10, 30)));
        d.finish(1, 0);
        QCOMPARE(d.expectedSecs(*d.match(2)), 1800);
        d.update();
        ScheduleEstimate estimate = ScheduleEstimator::estimate(d);
        QCOMPARE(estimate.matches.value(1).past, true);
        QCOMPARE(estimate.matches.value(2).start, at(10, 30));
        QCOMPARE(estimate.matches.value(2).end, at(11));
        // Called at 10:30, ends 11:00: inside the break, so match 3 waits for 11:30.
        QCOMPARE(hhmm(estimate.matches.value(3).start), u"11:30"_s);
        // Now match 2 runs late: at 11:00 it is still being played.
        clock.set(MatchDispatcher::toDateTime(at(11)));
        estimate = ScheduleEstimator::estimate(d);
        QCOMPARE(estimate.matches.value(2).end, at(11) + ScheduleEstimator::MinRemainingSecs);
        QCOMPARE(estimate.events.value(1).unscheduledMatches, 0);
    }

    void dayAtTheVenue_data()
    {
        QTest::addColumn<quint32>("seed");
        QTest::newRow("seed 1") << 1u;
        QTest::newRow("seed 7") << 7u;
        QTest::newRow("seed 42") << 42u;
    }

    // 256-entrant double elimination and 64-entrant Swiss at once on 16 stations.
    void dayAtTheVenue()
    {
        QFETCH(quint32, seed);
        VenueDay day(seed);
        day.setUp();
        const ScheduleTime end = day.play();
        QVERIFY2(day.firstViolation.isEmpty(), qPrintable(day.firstViolation));
        for (const ScheduleMatch &m : day.dispatcher.matches()) {
            QCOMPARE(m.state, ScheduleMatch::State::Completed);
            QVERIFY(m.calledAt != NoScheduleTime && m.startedAt >= m.calledAt && m.finishedAt > m.startedAt);
        }
        QCOMPARE(day.forfeitPrompts, 0);
        QVERIFY(day.checkpoints.size() >= 3);
        // The figure: how far the 10:00 estimate of the end was from the simulated end.
        QCOMPARE(hhmm(day.checkpoints.front().at), u"10:00"_s);
        QString report
            = u"seed %1: day ends %2; the 10:00 estimate was off by %3 min; estimates of the end:"_s.arg(seed)
                  .arg(hhmm(end))
                  .arg((day.checkpoints.front().projectedEnd - end) / 60);
        for (const auto &c : day.checkpoints)
            report += u" at %1 %2 (%3 min)"_s.arg(hhmm(c.at), hhmm(c.projectedEnd)).arg((c.projectedEnd - end) / 60);
        qInfo().noquote() << report;
        // Every hourly estimate of a ~12 hour day is within 45 minutes; in its last 90 minutes
        // within 25, and the last one within 15.
        for (const auto &c : day.checkpoints) {
            const qint64 error = std::abs(c.projectedEnd - end);
            QVERIFY2(error <= 45 * 60, qPrintable(report));
            if (c.at >= end - 90 * 60)
                QVERIFY2(error <= 25 * 60, qPrintable(report));
        }
        QVERIFY2(day.checkpoints.back().at >= end - 3600, qPrintable(report));
        QVERIFY2(std::abs(day.checkpoints.back().projectedEnd - end) <= 15 * 60, qPrintable(report));
    }
};

QTEST_GUILESS_MAIN(TestScheduleEstimator)
#include "tst_scheduleestimator.moc"
