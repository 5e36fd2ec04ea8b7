// SPDX-License-Identifier: GPL-3.0-or-later
// schedule_demo DB: a day in progress for looking at (and screenshotting) the Stations and
// Station board pages: two double-elimination events sharing four of their twelve players on
// eight stations, an hour and a quarter played, one station out of order.
//   tools/dev exec -- schedule_demo /tmp/day.sqlite
//   tools/dev run -- --database /tmp/day.sqlite --page StationBoardPage
#include "competition/bracketstore.h"
#include "core/clock.h"
#include "registration/eventcontroller.h"
#include "registration/playercontroller.h"
#include "schedule/schedulercontroller.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>

using namespace omnium::engine;
using namespace Qt::StringLiterals;

namespace {

int fail(const QString &what)
{
    std::fprintf(stderr, "schedule_demo: %s\n", qPrintable(what));
    return 1;
}

Result win(int slot, int bestOf)
{
    Result result;
    result.winner = slot;
    for (int i = 0; i < bestOf / 2 + 1; ++i)
        result.games.push_back(Game {{slot == 0 ? 1 : 0, slot == 1 ? 1 : 0}, {}});
    return result;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 2) {
        std::fprintf(stderr, "usage: schedule_demo DB (an existing file is replaced)\n");
        return 2;
    }
    const QString target = args[1];
    QFile::remove(target);
    ManualClock clock(QDateTime::currentDateTimeUtc().addSecs(-75 * 60));
    Store store(clock);
    if (const auto error = store.open(target))
        return fail(error.message);
    EventController events(store);
    PlayerController players(store);
    BracketStore brackets(store);

    // Players 1-8 in SF6, 5-12 in Tekken 8: four people play both.
    const qint64 tournament
        = events.addTournament({{u"name"_s, u"Samedi"_s}, {u"startsOn"_s, clock.now().date().toString(Qt::ISODate)}});
    QList<qint64> people;
    for (int i = 1; i <= 12; ++i)
        people << players.addPlayer({{u"tag"_s, u"Joueur %1"_s.arg(i)}});
    QList<qint64> eventIds;
    const QList<std::pair<QString, QString>> games = {{u"SF6"_s, u"SF6"_s}, {u"Tekken 8"_s, u"T8"_s}};
    for (int e = 0; e < 2; ++e) {
        const qint64 event = events.addEvent(tournament, {{u"name"_s, games[e].first}, {u"game"_s, games[e].second}});
        eventIds << event;
        for (int i = 4 * e; i < 4 * e + 8; ++i)
            events.registerPlayer(event, people[i]);
        PhaseConfig config;
        config.format = Format::DoubleElimination;
        config.bestOf = 3;
        QString error;
        if (brackets.createPhase(event, u"Main"_s, config, &error) <= 0)
            return fail(error);
    }

    SchedulerController controller(store, clock);
    controller.setTournamentId(tournament);
    for (int n = 1; n <= 8; ++n) {
        if (!controller.addStation({{u"number"_s, n}, {u"name"_s, n == 1 ? u"Stream"_s : QString()},
                {u"games"_s, n <= 5 ? u"SF6, T8"_s : u"T8"_s}, {u"stream"_s, n == 1}}))
            return fail(u"could not add station %1"_s.arg(n));
    }
    for (const qint64 event : std::as_const(eventIds)) {
        if (!controller.setEventSettings(event,
                {{u"bo3Minutes"_s, 20}, {u"minRestMinutes"_s, 5},
                    {u"plannedEnd"_s, clock.now().addSecs(3 * 3600).toLocalTime().toString(u"HH:mm"_s)}}))
            return fail(u"could not set the events' schedule"_s);
    }
    // Eight steps of eight minutes: the first match on a station starts, every other step it ends.
    for (int step = 0; step < 8; ++step) {
        clock.advanceSecs(8 * 60);
        auto query = store.select(u"SELECT m.id, p.event_id, m.state FROM matches m JOIN phases p ON p.id = m.phase_id"
                                  " WHERE m.state IN ('called', 'in_progress') ORDER BY m.id LIMIT 1"_s);
        if (!query.next())
            break;
        const qint64 match = query.value(0).toLongLong();
        const qint64 event = query.value(1).toLongLong();
        const bool called = query.value(2).toString() == u"called"_s;
        query.finish();
        if (called && !controller.start(match))
            return fail(u"could not start match %1"_s.arg(match));
        if (step % 2 == 1) {
            QString error;
            if (!brackets.report(event, match, win(step % 3 == 0 ? 1 : 0, 3), {}, &error))
                return fail(error);
            QCoreApplication::processEvents();
        }
    }
    if (!controller.setStationAvailable(controller.dispatcher().stations().at(6).id, false))
        return fail(u"could not take station 7 out of order"_s);
    store.close();
    std::printf("%s: a day in progress on 8 stations\n", qPrintable(target));
    return 0;
}
