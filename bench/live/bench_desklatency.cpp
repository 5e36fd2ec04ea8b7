// SPDX-License-Identifier: GPL-3.0-or-later
// Desk to desk on a venue server: a result committed at desk A until desk B's live models show
// it, printed as JSON (milliseconds, wall time, p50 / p95 / max over the results):
//   desk_to_desk_ms   from A's commit (its Store::changed) until B's TournamentLive::changed
//                     holds that command (NOTIFY, B's catch-up from the command log, B's scheduler
//                     reading the day, every live model): issue #20's target p95 < 300 ms
//   command_ms        A's command alone (MatchResults: parse, engine, rows, follow-up calls,
//                     NOTIFY, commit), for reference
// Both desks are Stores on their own connections in this process, each with its live
// tournament and Bracket page, as in the app; A's own screens update in between (one event loop).
// The bracket is a double elimination of --entrants (1,024) on --stations (32); --results (200).
// Usage: bench_desklatency --server URL [--results N] [--entrants N] [--stations N] [--smoke]
//   (tools/venue-server start prints a URL; a new database is made on it)
#include "../../tests/bracket/bracketfixture.h"
#include "../../tests/testdatabase.h"
#include "bracket/bracketcontroller.h"
#include "core/clock.h"
#include "live/tournamentlive.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

int option(const QStringList &args, const QString &name, int fallback)
{
    const auto at = args.indexOf(name);
    return at >= 0 && at + 1 < args.size() ? args.at(at + 1).toInt() : fallback;
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto rank = qsizetype(std::ceil(p / 100.0 * double(values.size()))) - 1;
    return values.at(std::clamp<qsizetype>(rank, 0, values.size() - 1));
}

QJsonObject summary(const QList<double> &values)
{
    return {
        {u"p50"_s, percentile(values, 50)}, {u"p95"_s, percentile(values, 95)}, {u"max"_s, percentile(values, 100)}};
}

struct Desk {
    Store store;
    TournamentLive live;
    BracketController bracket;
    explicit Desk(const QString &name)
        : store(Clock::system())
        , live(store, Clock::system())
        , bracket(store)
    {
        store.setDeskName(name);
    }
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(u"omnium.*.info=false"_s);
    const QStringList args = app.arguments();
    const bool smoke = args.contains(u"--smoke"_s);
    const int results = option(args, u"--results"_s, smoke ? 5 : 200);
    const int entrants = option(args, u"--entrants"_s, smoke ? 32 : 1024);
    const int stations = option(args, u"--stations"_s, smoke ? 4 : 32);
    const auto at = args.indexOf(u"--server"_s);
    if (at < 0 || at + 1 >= args.size()) {
        std::fprintf(stderr, "usage: bench_desklatency --server postgresql://… [--results N]\n");
        return 2;
    }
    const QString url = testDatabaseOn(args.at(at + 1), u"bench_desks_%1"_s.arg(QCoreApplication::applicationPid()));

    Desk a(u"Results desk"_s);
    Desk b(u"Stream desk"_s);
    if (a.store.open(url) || b.store.open(url)) {
        std::fprintf(stderr, "bench: cannot open %s\n", qPrintable(url));
        return 1;
    }
    const qint64 event = BracketFixture::makeEvent(a.store, entrants);
    a.live.scheduler().refresh();
    a.bracket.setEventId(event);
    if (!a.bracket.createBracket({{u"format"_s, u"double"_s}, {u"bestOf"_s, 3}})) {
        std::fprintf(stderr, "bench: the bracket was not created\n");
        return 1;
    }
    for (int number = 1; number <= stations; ++number)
        a.live.scheduler().addStation({{u"number"_s, number}});

    // A's commit, and B's models holding it.
    QElapsedTimer clock;
    clock.start();
    qint64 committedAt = 0;
    qint64 shownAt = 0;
    QObject::connect(&a.store, &Store::changed, [&] { committedAt = clock.nsecsElapsed(); });
    QObject::connect(&b.live, &TournamentLive::changed, [&] {
        if (b.store.seenCommandId() == a.store.seenCommandId())
            shownAt = clock.nsecsElapsed();
    });
    // Both desks idle and up to date (B has applied every command; the timers they set off ran).
    const auto settle = [&] {
        while (b.store.seenCommandId() != a.store.seenCommandId())
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        for (int pass = 0; pass < 5; ++pass)
            QCoreApplication::processEvents();
    };
    settle();

    QList<double> latency;
    QList<double> command;
    for (int n = 0; n < results; ++n) {
        const qint64 match = a.live.upNextMatches().value(0).matchId;
        if (match <= 0) {
            std::fprintf(stderr, "bench: no match is called after %d results\n", n);
            return 1;
        }
        shownAt = 0;
        const qint64 start = clock.nsecsElapsed();
        if (!a.bracket.report(match, {{u"score"_s, n % 2 ? u"2-1"_s : u"0-2"_s}}, {})) {
            std::fprintf(stderr, "bench: %s\n", qPrintable(a.store.lastErrorMessage()));
            return 1;
        }
        command.append(double(committedAt - start) / 1e6);
        while (shownAt == 0)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        latency.append(double(shownAt - committedAt) / 1e6);
        settle();
    }
    const QJsonObject out {{u"benchmark"_s, u"desk_to_desk"_s}, {u"database"_s, u"postgresql"_s},
        {u"entrants"_s, entrants}, {u"stations"_s, stations}, {u"results"_s, results},
        {u"desk_to_desk_ms"_s, summary(latency)}, {u"command_ms"_s, summary(command)}, {u"target_p95_ms"_s, 300}};
    std::printf("%s", QJsonDocument(out).toJson().constData());
    return 0;
}
