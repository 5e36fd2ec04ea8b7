// SPDX-License-Identifier: GPL-3.0-or-later
// Recomputing every estimate of a big day: 4 events × 512 entrants (two double eliminations,
// two Swiss stages) on 32 stations, at the start of the day and at mid-day. Prints JSON.
#include "core/clock.h"
#include "schedule/matchdispatcher.h"
#include "schedule/scheduleestimator.h"
#include "schedulegraphgenerator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace Qt::StringLiterals;

namespace {
constexpr int Events = 4;
constexpr int Entrants = 512;
constexpr int Stations = 32;
constexpr int Runs = 11;

void setUp(MatchDispatcher &d)
{
    const QStringList games {u"SF6"_s, u"T8"_s, u"RL"_s, u"SSBU"_s};
    for (int e = 0; e < Events; ++e) {
        ScheduleEventSettings s;
        s.id = e + 1;
        s.game = games[e];
        s.minRestSecs = 5 * 60;
        s.expectedSecsByBestOf = {{3, 12 * 60}, {5, 20 * 60}};
        s.roundsWaitForPreviousRound = e % 2 == 1;
        s.breaks = {{MatchDispatcher::fromDateTime(d.clock().now()) + 4 * 3600,
            MatchDispatcher::fromDateTime(d.clock().now()) + 5 * 3600}};
        d.setEvent(s);
        const qint64 firstMatch = qint64(e + 1) * 100000;
        const qint64 firstPlayer = qint64(e + 1) * 100000 - 64; // 64 players in two events
        QList<ScheduleMatch> matches = e % 2 == 0
            ? ScheduleGraphGenerator::doubleElimination(s.id, firstMatch, Entrants, firstPlayer, 3)
            : ScheduleGraphGenerator::swiss(s.id, firstMatch, Entrants, 9, firstPlayer);
        for (ScheduleMatch &m : matches) {
            if (e % 2 == 1 && m.round > 1) { // paired in advance: the round barrier still holds
                const auto player = [&](int i) { return firstPlayer + (i * (2 * m.round + 1) + m.round) % Entrants; };
                const int k = m.bracketOrder % (Entrants / 2);
                m.sides[0] = {player(2 * k)};
                m.sides[1] = {player(2 * k + 1)};
            }
            d.upsertMatch(m);
        }
    }
    for (int i = 1; i <= Stations; ++i) {
        ScheduleStation s;
        s.id = i;
        s.games = {games[i % Events], games[(i + 1) % Events]};
        s.stream = i == 1;
        d.setStation(s);
    }
    d.update();
}

// Plays the day until half the matches are over, finishing matches at their expected times.
void playHalfDay(ManualClock &clock, MatchDispatcher &d)
{
    const qsizetype total = d.matches().size();
    qsizetype done = 0;
    while (done < total / 2) {
        ScheduleTime next = d.nextWakeUp();
        qint64 finishing = 0;
        for (const ScheduleStation &s : d.stations()) {
            const qint64 id = d.currentMatchId(s.id);
            if (!id)
                continue;
            const ScheduleMatch &m = *d.match(id);
            const ScheduleTime end = m.calledAt + d.expectedSecs(m);
            if (next == NoScheduleTime || end < next) {
                next = end;
                finishing = id;
            }
        }
        if (next == NoScheduleTime)
            break;
        clock.set(MatchDispatcher::toDateTime(next));
        if (finishing) {
            d.finish(finishing, int(finishing % 2));
            ++done;
        }
        d.update();
    }
}

double threadCpuMs()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

// Wall time, and this thread's CPU time (not inflated when other processes share the cores).
QJsonObject measure(const MatchDispatcher &d)
{
    std::vector<double> wall;
    std::vector<double> cpu;
    qsizetype estimated = 0;
    for (int run = 0; run < Runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        const double cpuStart = threadCpuMs();
        const ScheduleEstimate estimate = ScheduleEstimator::estimate(d);
        cpu.push_back(threadCpuMs() - cpuStart);
        wall.push_back(double(timer.nsecsElapsed()) / 1e6);
        estimated = estimate.matches.size();
    }
    return {{u"median_ms"_s, median(wall)}, {u"min_ms"_s, *std::min_element(wall.begin(), wall.end())},
        {u"max_ms"_s, *std::max_element(wall.begin(), wall.end())}, {u"cpu_median_ms"_s, median(cpu)},
        {u"matches_estimated"_s, qint64(estimated)}};
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    ManualClock clock(QDateTime(QDate(2026, 11, 28), QTime(9, 0), QTimeZone::UTC));
    MatchDispatcher d(clock);
    setUp(d);
    const QJsonObject start = measure(d);
    playHalfDay(clock, d);
    const QJsonObject mid = measure(d);
    const QJsonObject out {
        {u"benchmark"_s, u"schedule_estimate_all"_s},
        {u"events"_s, Events},
        {u"entrants_per_event"_s, Entrants},
        {u"stations"_s, Stations},
        {u"matches"_s, qint64(d.matches().size())},
        {u"runs"_s, Runs},
        {u"start_of_day"_s, start},
        {u"mid_day"_s, mid},
        {u"target_ms"_s, 50},
#ifdef NDEBUG
        {u"build"_s, u"release"_s},
#else
        {u"build"_s, u"debug"_s},
#endif
    };
    std::fputs(QJsonDocument(out).toJson().constData(), stdout);
    return 0;
}
