// SPDX-License-Identifier: GPL-3.0-or-later
// omnium-cli schedule …: the Station board's status and calls (SchedulerController).
#include "clicontext.h"
#include "clinouns.h"

#include "schedule/schedulercontroller.h"
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

// A station given by its id or its number on the board.
qint64 stationId(CliContext &context, const SchedulerController &scheduler)
{
    const QString text = context.required(u"station"_s);
    for (const auto &value : scheduler.stationList()) {
        const QVariantMap station = value.toMap();
        if (station.value(u"id"_s).toString() == text || station.value(u"number"_s).toString() == text
            || station.value(u"name"_s).toString() == text)
            return station.value(u"id"_s).toLongLong();
    }
    context.badInput(
        CliContext::tr("--station: no station \"%1\" in tournament %2").arg(text).arg(scheduler.tournamentId()));
}

QJsonArray matches(const SchedulerController &scheduler, const QList<SchedulerController::MatchInfo> &list)
{
    QJsonArray out;
    for (const auto &info : list)
        out.append(QJsonObject::fromVariantMap(scheduler.matchDetails(info.matchId)));
    return out;
}

} // namespace

int cli::scheduleStatus(CliContext &context)
{
    SchedulerController &scheduler = context.scheduler();
    chooseTournament(context, scheduler);
    const QJsonObject status {{u"tournamentId"_s, scheduler.tournamentId()},
        {u"tournament"_s, scheduler.tournamentName()},
        {u"stations"_s, QJsonArray::fromVariantList(scheduler.stationList())},
        {u"nowPlaying"_s, matches(scheduler, scheduler.nowPlaying())},
        {u"upNext"_s, matches(scheduler, scheduler.upNext(context.integer(u"limit"_s, 10, 1, 1000)))},
        {u"events"_s, QJsonArray::fromVariantList(scheduler.eventList())}};
    if (context.json()) {
        context.printJson(status);
        return CliDone;
    }
    context.out() << scheduler.tournamentName() << Qt::endl << CliContext::tr("Stations:") << Qt::endl;
    for (const auto &value : scheduler.stationList()) {
        const QVariantMap station = value.toMap();
        context.out() << "  " << station.value(u"displayName"_s).toString() << '\t'
                      << (station.value(u"current"_s).toString().isEmpty() ? CliContext::tr("free")
                                                                           : station.value(u"current"_s).toString())
                      << Qt::endl;
    }
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
    SchedulerController &scheduler = context.scheduler();
    QObject::connect(
        &scheduler, &SchedulerController::error, [&](const QString &text) { context.setControllerMessage(text); });
    chooseTournament(context, scheduler);
    const qint64 station = stationId(context, scheduler);
    qint64 match = 0;
    if (context.isSet(u"match"_s)) {
        match = context.integer(u"match"_s, 0, 1, std::numeric_limits<qint64>::max());
        if (!scheduler.matchInfo(match))
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
    const QVariantMap called = scheduler.matchDetails(match);
    if (context.json())
        context.printJson(QJsonObject::fromVariantMap(called));
    else
        context.out() << CliContext::tr("called %1 to %2")
                             .arg(called.value(u"label"_s).toString(), called.value(u"station"_s).toString())
                      << Qt::endl;
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
