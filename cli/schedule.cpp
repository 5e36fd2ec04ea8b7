// SPDX-License-Identifier: GPL-3.0-or-later
// omnium-cli schedule …: the Station board's status and calls (TournamentLive, SchedulerController).
#include "clicontext.h"
#include "clinouns.h"

#include "live/tournamentlive.h"
#include "store/store.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {

// --tournament, checked, or 0: the scheduler's own choice (the latest tournament), as the page opens.
void chooseTournament(CliContext &context, SchedulerController &scheduler)
{
    if (!context.isSet(u"tournament"_s)) {
        scheduler.refresh(); // reads the day, choosing the latest tournament
        return;
    }
    const qint64 id = context.integer(u"tournament"_s, 0, 1, std::numeric_limits<qint64>::max());
    auto query = context.store().select(u"SELECT COUNT(*) FROM tournaments WHERE id = ?"_s, {id});
    if (!query.next() || query.value(0).toInt() == 0)
        context.badInput(CliContext::tr("--tournament: no tournament %1 in %2").arg(id).arg(context.databasePath()));
    scheduler.setTournamentId(id);
}

// A station given by its id, its number on the board or its name.
qint64 stationId(CliContext &context, TournamentLive &live)
{
    const QString text = context.required(u"station"_s);
    for (const StationRow &station : live.stations()->rows()) {
        if (QString::number(station.stationId) == text || QString::number(station.number) == text
            || station.ownName == text)
            return station.stationId;
    }
    context.badInput(
        CliContext::tr("--station: no station \"%1\" in tournament %2").arg(text).arg(live.scheduler().tournamentId()));
}

QJsonObject stationJson(const StationRow &station)
{
    return {{u"id"_s, station.stationId}, {u"number"_s, station.number}, {u"name"_s, station.ownName},
        {u"displayName"_s, station.name}, {u"games"_s, station.games.join(u", "_s)}, {u"stream"_s, station.stream},
        {u"available"_s, station.available}, {u"currentId"_s, station.currentMatchId},
        {u"current"_s, station.currentLabel}};
}

QJsonObject matchJson(const LiveMatch &match)
{
    QJsonArray sides;
    for (const LiveMatch::Side &side : match.sides)
        sides.append(QJsonObject {{u"entrantId"_s, side.entrantId}, {u"name"_s, side.name}, {u"score"_s, side.score}});
    return {{u"matchId"_s, match.matchId}, {u"eventId"_s, match.eventId}, {u"event"_s, match.eventName},
        {u"round"_s, match.roundName}, {u"bestOf"_s, match.bestOf}, {u"state"_s, int(match.state)},
        {u"stationId"_s, match.stationId}, {u"station"_s, match.stationName}, {u"stream"_s, match.stream},
        {u"time"_s,
            match.expectedStart.isValid() ? QJsonValue(match.expectedStart.toString(Qt::ISODateWithMs)) : QJsonValue()},
        {u"timeText"_s, match.timeText()}, {u"sides"_s, sides}, {u"label"_s, match.label}, {u"held"_s, match.held},
        {u"streamQueued"_s, match.streamQueued}, {u"lobby"_s, match.isLobby()},
        {u"pinnedStation"_s, match.pinnedStation}};
}

QJsonObject eventJson(const SchedulerController::EventProgress &event)
{
    return {{u"id"_s, event.eventId}, {u"name"_s, event.name}, {u"game"_s, event.game},
        {u"projectedEnd"_s, event.projectedEnd}, {u"plannedEnd"_s, event.plannedEnd},
        {u"delayMinutes"_s, event.delayMinutes}, {u"unscheduled"_s, event.unscheduled},
        {u"remaining"_s, event.remaining}, {u"total"_s, event.total}};
}

template<typename Row, typename ToJson> QJsonArray jsonArray(const QList<Row> &rows, ToJson toJson)
{
    QJsonArray out;
    for (const Row &row : rows)
        out.append(toJson(row));
    return out;
}

} // namespace

int cli::scheduleStatus(CliContext &context)
{
    TournamentLive &live = context.live();
    SchedulerController &scheduler = live.scheduler();
    chooseTournament(context, scheduler);
    const QJsonObject status {{u"tournamentId"_s, scheduler.tournamentId()},
        {u"tournament"_s, scheduler.tournamentName()}, {u"stations"_s, jsonArray(live.stations()->rows(), stationJson)},
        {u"nowPlaying"_s, jsonArray(live.nowPlaying()->rows(), matchJson)},
        {u"upNext"_s, jsonArray(scheduler.upNext(context.integer(u"limit"_s, 10, 1, 1000)), matchJson)},
        {u"events"_s, jsonArray(live.events()->rows(), eventJson)}};
    if (context.json()) {
        context.printJson(status);
        return CliDone;
    }
    context.out() << scheduler.tournamentName() << Qt::endl << CliContext::tr("Stations:") << Qt::endl;
    for (const StationRow &station : live.stations()->rows())
        context.out() << "  " << station.name << '\t'
                      << (station.currentLabel.isEmpty() ? CliContext::tr("free") : station.currentLabel) << Qt::endl;
    context.out() << CliContext::tr("Up next:") << Qt::endl;
    for (const auto &match : status.value(u"upNext"_s).toArray())
        context.out() << "  " << match[u"timeText"_s].toString() << '\t' << match[u"label"_s].toString() << '\t'
                      << match[u"station"_s].toString() << Qt::endl;
    for (const auto &event : status.value(u"events"_s).toArray())
        context.out() << CliContext::tr("%1: %2 of %3 matches to play, projected end %4")
                             .arg(event[u"name"_s].toString())
                             .arg(event[u"remaining"_s].toInt())
                             .arg(event[u"total"_s].toInt())
                             .arg(event[u"projectedEnd"_s].toString())
                      << Qt::endl;
    return CliDone;
}

int cli::scheduleCall(CliContext &context)
{
    TournamentLive &live = context.live();
    SchedulerController &scheduler = live.scheduler();
    QObject::connect(
        &scheduler, &SchedulerController::error, [&](const QString &text) { context.setControllerMessage(text); });
    chooseTournament(context, scheduler);
    const qint64 station = stationId(context, live);
    qint64 match = 0;
    if (context.isSet(u"match"_s)) {
        match = context.integer(u"match"_s, 0, 1, std::numeric_limits<qint64>::max());
        if (!scheduler.liveMatch(match))
            context.badInput(
                CliContext::tr("--match: no match %1 in tournament %2").arg(match).arg(scheduler.tournamentId()));
        if (!scheduler.assign(match, station))
            context.storeFailed(CliContext::tr("match %1 cannot be called to this station").arg(match));
    } else {
        if (!scheduler.callNext(station))
            context.refused(
                CliContext::tr("--station %1: nothing to call (the station is busy or no match is ready for it)")
                    .arg(context.value(u"station"_s)));
        match = scheduler.dispatcher().currentMatchId(station);
    }
    const LiveMatch called = scheduler.liveMatch(match).value_or(LiveMatch {});
    if (context.json())
        context.printJson(matchJson(called));
    else
        context.out() << CliContext::tr("called %1 to %2").arg(called.label, called.stationName) << Qt::endl;
    return CliDone;
}

int cli::scheduleAddStation(CliContext &context)
{
    SchedulerController &scheduler = context.scheduler();
    QObject::connect(
        &scheduler, &SchedulerController::error, [&](const QString &text) { context.setControllerMessage(text); });
    chooseTournament(context, scheduler);
    if (scheduler.tournamentId() == 0)
        context.badInput(CliContext::tr("--tournament: %1 holds no tournament").arg(context.databasePath()));
    const qint64 id = scheduler.addStation(
        {{u"number"_s, context.integer(u"number"_s, 0, 1, 100000)}, {u"name"_s, context.value(u"name"_s)},
            {u"games"_s, context.value(u"games"_s)}, {u"stream"_s, context.isSet(u"stream"_s)}});
    if (id == 0)
        context.storeFailed();
    if (context.json())
        context.printJson(QJsonObject {{u"tournamentId"_s, scheduler.tournamentId()}, {u"stationId"_s, id}});
    else
        context.out() << CliContext::tr("station %1 in tournament %2").arg(id).arg(scheduler.tournamentId())
                      << Qt::endl;
    return CliDone;
}
