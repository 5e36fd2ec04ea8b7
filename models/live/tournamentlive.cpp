// SPDX-License-Identifier: GPL-3.0-or-later
#include "tournamentlive.h"

TournamentLive::TournamentLive(Store &store, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_scheduler(store, clock)
    , m_lookup(m_scheduler)
{
    connect(&m_scheduler, &SchedulerController::scheduleChanged, this, &TournamentLive::refresh);
    refresh();
}

void TournamentLive::refresh()
{
    m_upNext.setMatches(m_scheduler.upNext(upNextLength));
    m_nowPlaying.setMatches(m_scheduler.nowPlaying());
    m_waiting.setMatches(m_scheduler.waiting());
    m_streamQueue.setMatches(m_scheduler.streamQueue());
    m_events.setEvents(m_scheduler.eventProgress());
    QList<StationRow> stations;
    const MatchDispatcher &dispatcher = m_scheduler.dispatcher();
    for (const ScheduleStation &station : dispatcher.stations()) {
        const qint64 current = dispatcher.currentMatchId(station.id);
        const auto match = current ? m_scheduler.liveMatch(current) : std::nullopt;
        stations.append({station.id, station.number, station.ownName, station.name, station.games, station.stream,
            station.available, current, match ? match->label : QString()});
    }
    m_stations.setStations(std::move(stations));
    m_lookup.refresh();
    Q_EMIT changed();
}
