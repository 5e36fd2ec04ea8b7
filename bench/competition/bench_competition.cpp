// SPDX-License-Identifier: GPL-3.0-or-later
// Bracket persistence benchmarks (engine + SQLite through BracketStore), printed as JSON
// (medians of several runs, milliseconds; wall and CPU time of this process):
//   create_persist_4096_double_ms   create a 4,096-entrant double elimination and persist it
//                                   (phase, every match, audit/undo log, commit) into a SQLite file (target < 50)
//   checkpoint_after_create_4096_ms the WAL checkpoint that creation leaves due, which the store runs
//                                   when idle, half a second after the command (Database::checkpointDue())
//   report_one_4096_ms              report one result into that persisted bracket (one undoable command)
//   load_4096_ms                    read the whole event back from the file (what a restart or another desk does)
//   engine_create_4096_double_ms    the engine alone, for reference
//   play_through_4096_simulate_ms   every remaining result of that bracket played and stored as one command
//   swiss_1024_round_ms             a Swiss round of 1,024 paired and stored (startNextRound: one command),
//                                   rounds 2..10, the results of each round reported one command each (not timed)
//   swiss_1024_create_ms            the Swiss phase created with its first round paired and stored
//   round_robin_64_ms               a round robin of 64 created and played through (two commands)
// Usage: bench_competition [--runs N] [--entrants N] [--smoke] [--create-only] [--server URL]
// --server: on a PostgreSQL venue server (a new database per run on it; tools/venue-server
// start prints a URL) instead of SQLite files; checkpoint_after_create is then 0.
#include "../../tests/testdatabase.h"
#include "../benchstats.h"
#include "competition/bracketstore.h"
#include "core/clock.h"
#include "engine/eventsimulator.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace Qt::StringLiterals;
using namespace omnium::engine;

namespace {

struct Timing {
    QList<double> wall;
    QList<double> cpu;
    template<typename F> auto measure(F &&f)
    {
        QElapsedTimer timer;
        timer.start();
        const double start = cpuMs();
        auto result = f();
        cpu << cpuMs() - start;
        wall << double(timer.nsecsElapsed()) / 1e6;
        return result;
    }
    void write(QJsonObject &json, const QString &name) const
    {
        json[name + u"_ms"_s] = median(wall);
        json[name + u"_cpu_ms"_s] = median(cpu);
    }
};

// A tournament, an event and its entrants, written in one command (not timed).
qint64 registerEntrants(Store &store, int count)
{
    qint64 event = 0;
    store.run(CommandLabel::verbatim(u"setup"_s), [&](StoreTransaction &tx) {
        const qint64 tournament = tx.insert(u"tournaments"_s, {{u"name"_s, u"Bench"_s}});
        event = tx.insert(u"events"_s, {{u"tournament_id"_s, tournament}, {u"name"_s, u"Bench"_s}});
        for (int i = 1; i <= count; ++i) {
            const qint64 player = tx.insert(u"players"_s, {{u"tag"_s, u"P%1"_s.arg(i)}});
            tx.insert(u"entrants"_s, {{u"event_id"_s, event}, {u"player_id"_s, player}, {u"seed"_s, i}});
        }
    });
    return event;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(u"omnium.*.info=false"_s);
    int runs = 7;
    int entrants = 4096;
    bool createOnly = false;
    QString server;
    const auto args = app.arguments();
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args.at(i) == u"--smoke"_s) {
            runs = 1;
            entrants = 64;
        } else if (args.at(i) == u"--create-only"_s) {
            createOnly = true;
        } else if (args.at(i) == u"--runs"_s && i + 1 < args.size()) {
            runs = qMax(1, args.at(++i).toInt());
        } else if (args.at(i) == u"--entrants"_s && i + 1 < args.size()) {
            entrants = qMax(2, args.at(++i).toInt());
        } else if (args.at(i) == u"--server"_s && i + 1 < args.size()) {
            server = args.at(++i);
        }
    }
    QTemporaryDir dir;
    // Where each run's database goes: a file, or a database of its own on the server.
    const auto database = [&](const QString &name) {
        if (server.isEmpty())
            return dir.filePath(name + u".sqlite"_s);
        QString identifier = name;
        return testDatabaseOn(
            server, u"bench_%1_%2"_s.arg(identifier.replace(u'-', u'_')).arg(QCoreApplication::applicationPid()));
    };
    PhaseConfig config;
    config.format = Format::DoubleElimination;
    config.bestOf = 3;
    std::vector<EntrantId> ids;
    for (int i = 1; i <= entrants; ++i)
        ids.push_back(i);

    Timing engine;
    for (int run = 0; run < runs; ++run) {
        const auto state = engine.measure([&] { return EventState::create(config, ids, nullptr); });
        if (!state)
            return 1;
    }

    Timing create;
    Timing checkpoint;
    Timing load;
    Timing reportCached;
    Timing reportFresh;
    std::size_t matches = 0;
    for (int run = 0; run < runs; ++run) {
        Store store(Clock::system());
        if (store.open(database(u"bracket-%1"_s.arg(run))))
            return 1;
        const qint64 event = registerEntrants(store, entrants);
        BracketStore brackets(store);
        QString error;
        const qint64 phase = create.measure([&] { return brackets.createPhase(event, u"Main"_s, config, &error); });
        if (phase <= 0) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        if (!store.database().checkpointDue() && server.isEmpty())
            std::fprintf(stderr, "note: the creation left no checkpoint due\n");
        checkpoint.measure([&] {
            store.database().checkpoint();
            return true;
        });
        if (createOnly)
            continue;
        // Another BracketStore (another desk, or the CLI after a restart) reads the whole event.
        BracketStore reader(store);
        const auto loaded = load.measure([&] { return reader.load(event, &error); });
        if (!loaded)
            return 1;
        matches = loaded->state.phases().front().matches.size();
        std::vector<MatchId> ready;
        for (const auto &match : loaded->state.phases().front().matches) {
            if (match.state == MatchState::Ready && ready.size() < 6)
                ready.push_back(match.id);
        }
        Result result;
        result.winner = 0;
        result.games = {Game {{2, 1}, "map"}, Game {{1, 2}, {}}, Game {{3, 0}, {}}};
        // The first report of a fresh BracketStore reads the event from the file; later ones reuse it.
        const bool first = reportFresh.measure([&] {
            BracketStore fresh(store);
            return fresh.report(event, ready.front(), result, {}, &error);
        });
        if (!first) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        brackets.load(event, &error);
        for (std::size_t k = 1; k < ready.size(); ++k) {
            if (!reportCached.measure([&] { return brackets.report(event, ready[k], result, {}, &error); })) {
                std::fprintf(stderr, "%s\n", qPrintable(error));
                return 1;
            }
        }
    }

    if (createOnly) {
        QJsonObject json {{u"benchmark"_s, u"competition"_s},
            {u"database"_s, server.isEmpty() ? u"sqlite"_s : u"postgresql"_s}, {u"runs"_s, runs},
            {u"entrants"_s, entrants}};
        create.write(json, u"create_persist_%1_double"_s.arg(entrants));
        checkpoint.write(json, u"checkpoint_after_create_%1"_s.arg(entrants));
        std::printf("%s\n", QJsonDocument(json).toJson(QJsonDocument::Indented).constData());
        return 0;
    }

    // The same bracket played through in one command (EventSimulator inside BracketStore::simulate).
    Timing play;
    for (int run = 0; run < runs; ++run) {
        Store store(Clock::system());
        if (store.open(database(u"play-%1"_s.arg(run))))
            return 1;
        const qint64 event = registerEntrants(store, entrants);
        BracketStore brackets(store);
        QString error;
        if (brackets.createPhase(event, u"Main"_s, config, &error) <= 0)
            return 1;
        const int reported = play.measure([&] { return brackets.simulate(event, std::uint64_t(run + 1), &error); });
        if (reported <= 0) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
    }

    // Swiss: each round paired and stored by one command once the previous round's results are in.
    const int swissEntrants = entrants >= 4096 ? 1024 : entrants;
    const int swissRounds = entrants >= 4096 ? 10 : 4;
    Timing swissCreate;
    Timing swissRound;
    // One run: its rounds are the samples (the 5,120 results go in one command each, which takes a while).
    {
        Store store(Clock::system());
        if (store.open(database(u"swiss"_s)))
            return 1;
        const qint64 event = registerEntrants(store, swissEntrants);
        BracketStore brackets(store);
        PhaseConfig swiss;
        swiss.format = Format::Swiss;
        swiss.swissRounds = swissRounds;
        swiss.tiebreaks = {Tiebreak::Buchholz};
        QString error;
        if (swissCreate.measure([&] { return brackets.createPhase(event, u"Swiss"_s, swiss, &error); }) <= 0)
            return 1;
        EventSimulator simulator(1);
        for (int round = 2; round <= swissRounds + 1; ++round) {
            const auto loaded = brackets.load(event, &error);
            if (!loaded)
                return 1;
            for (const Match &match : loaded->state.phases().front().matches) {
                if (match.state != MatchState::Ready)
                    continue;
                const Result result
                    = simulator.randomResult(match, match.slots[0].source.value < match.slots[1].source.value);
                if (!brackets.report(event, match.id, result, {}, &error)) {
                    std::fprintf(stderr, "%s\n", qPrintable(error));
                    return 1;
                }
            }
            if (round > swissRounds)
                break;
            if (!swissRound.measure([&] { return brackets.startNextRound(event, 0, &error); })) {
                std::fprintf(stderr, "%s\n", qPrintable(error));
                return 1;
            }
        }
        if (!brackets.load(event, &error)->state.phaseComplete(0))
            return 1;
    }

    // Round robin of 64: created, then played through.
    Timing roundRobin;
    for (int run = 0; run < runs; ++run) {
        Store store(Clock::system());
        if (store.open(database(u"rr-%1"_s.arg(run))))
            return 1;
        const qint64 event = registerEntrants(store, 64);
        BracketStore brackets(store);
        PhaseConfig rr;
        rr.format = Format::RoundRobin;
        QString error;
        const int reported = roundRobin.measure([&] {
            return brackets.createPhase(event, u"Pool"_s, rr, &error) > 0
                ? brackets.simulate(event, std::uint64_t(run + 1), &error)
                : -1;
        });
        if (reported != 64 * 63 / 2) {
            std::fprintf(stderr, "round robin: %d results %s\n", reported, qPrintable(error));
            return 1;
        }
    }

    QJsonObject json {
        {u"benchmark"_s, u"competition"_s},
        {u"database"_s, server.isEmpty() ? u"sqlite"_s : u"postgresql"_s},
        {u"runs"_s, runs},
        {u"entrants"_s, entrants},
        {u"matches"_s, qint64(matches)},
        {u"targets"_s, QJsonObject {{u"create_persist_4096_double_ms"_s, 50}, {u"swiss_1024_round_ms"_s, 100}}},
    };
    const QString size = QString::number(entrants);
    engine.write(json, u"engine_create_%1_double"_s.arg(size));
    create.write(json, u"create_persist_%1_double"_s.arg(size));
    checkpoint.write(json, u"checkpoint_after_create_%1"_s.arg(size));
    load.write(json, u"load_%1"_s.arg(size));
    reportCached.write(json, u"report_one_%1"_s.arg(size));
    reportFresh.write(json, u"report_one_%1_first_after_open"_s.arg(size));
    play.write(json, u"play_through_%1_simulate"_s.arg(size));
    swissCreate.write(json, u"swiss_%1_create"_s.arg(swissEntrants));
    swissRound.write(json, u"swiss_%1_round"_s.arg(swissEntrants));
    json[u"swiss_rounds"_s] = swissRounds;
    roundRobin.write(json, u"round_robin_64"_s);
    std::printf("%s\n", QJsonDocument(json).toJson(QJsonDocument::Indented).constData());
    return 0;
}
