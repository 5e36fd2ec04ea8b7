// SPDX-License-Identifier: GPL-3.0-or-later
// Engine benchmarks, printed as JSON: medians (and min/max) over several runs.
//   bench_engine [--runs N] [--smoke]
#include "engine/eventsimulator.h"
#include "engine/eventstate.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <functional>

using namespace Qt::StringLiterals;
using namespace omnium::engine;

namespace {

using Clock = std::chrono::steady_clock;

double msSince(Clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

QJsonObject summary(std::vector<double> samples)
{
    std::sort(samples.begin(), samples.end());
    const std::size_t n = samples.size();
    const double median = n % 2 ? samples[n / 2] : (samples[n / 2 - 1] + samples[n / 2]) / 2;
    return QJsonObject {{u"median_ms"_s, median}, {u"min_ms"_s, samples.front()}, {u"max_ms"_s, samples.back()},
        {u"samples"_s, int(n)}};
}

std::vector<EntrantId> entrants(int n)
{
    std::vector<EntrantId> ids;
    for (int k = 1; k <= n; ++k)
        ids.push_back(k);
    return ids;
}

EventState create(const PhaseConfig &config, int n)
{
    Error error;
    auto event = EventState::create(config, entrants(n), &error);
    if (!event)
        qFatal("%s", error.debugText().c_str());
    return std::move(*event);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const bool smoke = args.contains(u"--smoke"_s);
    int runs = smoke ? 1 : 7;
    if (const auto i = args.indexOf(u"--runs"_s); i >= 0 && i + 1 < args.size())
        runs = std::max(1, args[i + 1].toInt());
    const int deSize = smoke ? 64 : 4096;
    const int swissSize = smoke ? 64 : 1024;

    PhaseConfig de;
    de.format = Format::DoubleElimination;
    std::vector<double> createTimes, playTimes;
    int matches = 0, reported = 0;
    for (int r = 0; r < runs; ++r) {
        auto start = Clock::now();
        EventState event = create(de, deSize);
        createTimes.push_back(msSince(start));
        matches = int(event.phases()[0].matches.size());
        EventSimulator simulator(r + 1);
        start = Clock::now();
        reported = simulator.playThrough(event);
        playTimes.push_back(msSince(start));
        if (!event.phaseComplete(0))
            qFatal("double elimination did not complete");
    }

    PhaseConfig swiss;
    swiss.format = Format::Swiss;
    swiss.swissRounds = 10;
    swiss.tiebreaks = {Tiebreak::Buchholz};
    std::vector<double> roundTimes;
    for (int r = 0; r < runs; ++r) {
        auto start = Clock::now();
        EventState event = create(swiss, swissSize); // pairs round 1
        roundTimes.push_back(msSince(start));
        EventSimulator simulator(r + 1);
        for (int round = 2; round <= 10; ++round) {
            for (const Match &match : event.phases()[0].matches) {
                if (match.completed())
                    continue;
                Error error;
                if (!event.report(match.id,
                        simulator.randomResult(match, match.slots[0].source.value < match.slots[1].source.value), {},
                        &error))
                    qFatal("%s", error.debugText().c_str());
            }
            start = Clock::now();
            Error error;
            if (!event.startNextRound(0, &error))
                qFatal("%s", error.debugText().c_str());
            roundTimes.push_back(msSince(start));
        }
    }

    PhaseConfig rr;
    rr.format = Format::RoundRobin;
    std::vector<double> rrTimes;
    int rrMatches = 0;
    for (int r = 0; r < runs; ++r) {
        const auto start = Clock::now();
        EventState event = create(rr, 64);
        EventSimulator(r + 1).playThrough(event);
        rrTimes.push_back(msSince(start));
        rrMatches = int(event.phases()[0].matches.size());
    }

    const QJsonObject result {
        {u"build"_s,
#ifdef NDEBUG
            u"release"_s
#else
            u"debug"_s
#endif
        },
        {u"runs"_s, runs},
        {u"double_elimination_create"_s,
            QJsonObject {{u"entrants"_s, deSize}, {u"matches"_s, matches}, {u"time"_s, summary(createTimes)}}},
        {u"double_elimination_play_through"_s,
            QJsonObject {{u"entrants"_s, deSize}, {u"results_reported"_s, reported}, {u"time"_s, summary(playTimes)}}},
        {u"swiss_pairing_per_round"_s,
            QJsonObject {{u"entrants"_s, swissSize}, {u"rounds"_s, 10}, {u"time"_s, summary(roundTimes)}}},
        {u"round_robin_create_and_play"_s,
            QJsonObject {{u"entrants"_s, 64}, {u"matches"_s, rrMatches}, {u"time"_s, summary(rrTimes)}}},
    };
    std::fputs(QJsonDocument(result).toJson(QJsonDocument::Indented).constData(), stdout);
    return 0;
}
