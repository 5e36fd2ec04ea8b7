// SPDX-License-Identifier: GPL-3.0-or-later
// One result reported into a live tournament, with every screen's models following it, printed
// as JSON (medians of several runs, milliseconds, wall and CPU time of this process):
//   report_until_all_updated_ms  the Bracket page reports a result (MatchResults, one command with
//                                the calls it frees up) in a 1,024-entrant double elimination on
//                                32 stations, until the Bracket page, the Station board (scheduler)
//                                and the overlays' up next and bracket JSON show it (#16 target < 5)
//   of_which_command_ms          the command alone (parse, engine, rows, follow-up calls, commit)
//   stages_cpu_ms                each model's own work, timed alone after the runs: the scheduler
//                                reading the day and estimating it, the Bracket page reloading its
//                                event, the overlays' up next and bracket JSON
// Usage: bench_liveresult [--runs N] [--entrants N] [--stations N] [--smoke]
#include "../../tests/bracket/bracketfixture.h"
#include "../benchstats.h"
#include "bracket/bracketcontroller.h"
#include "core/clock.h"
#include "live/storeoverlaydatasource.h"
#include "live/tournamentlive.h"
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
#include <functional>

using namespace Qt::StringLiterals;

namespace {

int option(const QStringList &args, const QString &name, int fallback)
{
    const auto at = args.indexOf(name);
    return at >= 0 && at + 1 < args.size() ? args.at(at + 1).toInt() : fallback;
}

// One result reported on the Bracket page, until every model and the overlays' pushed JSON
// have followed. Not inlined, so a profiler can look at it alone:
// valgrind --tool=callgrind --collect-atstart=no --toggle-collect='*reportAndUpdate*' bench_liveresult
[[gnu::noinline]] bool reportAndUpdate(BracketController &bracket, qint64 match, const StoreOverlayDataSource &overlay,
    const QString &phase, const bool &updated, double &commandDone)
{
    if (!bracket.report(match, {{u"score"_s, u"2-0"_s}}, {}))
        return false;
    commandDone = cpuMs();
    while (!updated)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    // What the overlay server pushes (compact JSON) for the topics the result touched.
    const QByteArray pushed = QJsonDocument(overlay.upNext()).toJson(QJsonDocument::Compact)
        + overlay.bracketJson(phase).value_or(QByteArray());
    return !pushed.isEmpty();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(u"omnium.*.info=false"_s);
    const QStringList args = app.arguments();
    const bool smoke = args.contains(u"--smoke"_s);
    const int runs = option(args, u"--runs"_s, smoke ? 1 : 9);
    const int entrants = option(args, u"--entrants"_s, smoke ? 32 : 1024);
    const int stationCount = option(args, u"--stations"_s, smoke ? 4 : 32);

    QTemporaryDir dir;
    Store store(Clock::system());
    if (store.open(dir.filePath(u"live.sqlite"_s))) {
        std::fprintf(stderr, "bench: cannot open the database\n");
        return 1;
    }
    TournamentLive live(store, Clock::system());
    SchedulerController &schedule = live.scheduler();
    StoreOverlayDataSource overlay(store, live);
    BracketController bracket(store);
    const qint64 event = BracketFixture::makeEvent(store, entrants);
    schedule.refresh();
    bracket.setEventId(event);
    if (!bracket.createBracket({{u"format"_s, u"double"_s}, {u"bestOf"_s, 3}})) {
        std::fprintf(stderr, "bench: the bracket was not created\n");
        return 1;
    }
    for (int number = 1; number <= stationCount; ++number)
        schedule.addStation({{u"number"_s, number}});
    bool scheduleUpdated = false;
    QObject::connect(&live, &TournamentLive::changed, [&] { scheduleUpdated = true; });
    auto phaseRow = store.select(u"SELECT id FROM phases WHERE event_id = ?"_s, {event});
    const QString phase = phaseRow.next() ? phaseRow.value(0).toString() : QString();
    phaseRow.finish();
    (void)overlay.bracketJson(phase); // the overlays showed the bracket before the result

    QList<double> wall, cpu, command;
    for (int run = 0; run < runs; ++run) {
        QCoreApplication::processEvents();
        const qint64 match = live.upNextMatches().value(0).matchId;
        if (match <= 0) {
            std::fprintf(stderr, "bench: no match is called\n");
            return 1;
        }
        scheduleUpdated = false;
        QElapsedTimer timer;
        timer.start();
        const double start = cpuMs();
        double commandDone = 0;
        if (!reportAndUpdate(bracket, match, overlay, phase, scheduleUpdated, commandDone)) {
            std::fprintf(stderr, "bench: the result was refused\n");
            return 1;
        }
        command.append(commandDone - start);
        wall.append(double(timer.nsecsElapsed()) / 1e6);
        cpu.append(cpuMs() - start);
    }
    // Each stage alone, so the total can be read as a sum of parts.
    const auto timed = [runs](const std::function<void()> &stage) {
        QList<double> spent;
        for (int run = 0; run < runs; ++run) {
            const double start = cpuMs();
            stage();
            spent.append(cpuMs() - start);
        }
        return median(spent);
    };
    const QJsonObject stages {
        {u"scheduler_refresh"_s, timed([&] { schedule.refresh(); })},
        {u"bracket_page_reload"_s, timed([&] {
             bracket.setEventId(0);
             bracket.setEventId(event);
         })},
        {u"overlay_up_next_json"_s,
            timed([&] { (void)QJsonDocument(overlay.upNext()).toJson(QJsonDocument::Compact); })},
        {u"overlay_bracket_json"_s, timed([&] { (void)overlay.bracketJson(phase); })},
    };
    const QJsonObject out {{u"entrants"_s, entrants}, {u"stations"_s, stationCount}, {u"runs"_s, runs},
        {u"report_until_all_updated_ms"_s, QJsonObject {{u"wall"_s, median(wall)}, {u"cpu"_s, median(cpu)}}},
        {u"of_which_command_cpu_ms"_s, median(command)}, {u"stages_cpu_ms"_s, stages}};
    std::printf("%s", QJsonDocument(out).toJson().constData());
    return 0;
}
