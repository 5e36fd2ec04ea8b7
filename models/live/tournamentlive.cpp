// SPDX-License-Identifier: GPL-3.0-or-later
#include "tournamentlive.h"

#include <algorithm>

TournamentLive::TournamentLive(Store &store, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_scheduler(store, clock)
    , m_brackets(store)
    , m_lookup(m_scheduler)
{
    connect(&m_scheduler, &SchedulerController::scheduleChanged, this, &TournamentLive::refresh);
    refresh();
}

void TournamentLive::refresh()
{
    m_upNext.setMatches(m_scheduler.upNext(upNextLength));
    m_nowPlaying.setMatches(m_scheduler.nowPlaying());
    // On stream: the stream station's current match (called or in progress); a day without a
    // stream station shows the match started last.
    const MatchDispatcher &dispatcher = m_scheduler.dispatcher();
    const bool streamStation
        = std::ranges::any_of(dispatcher.stations(), [](const ScheduleStation &station) { return station.stream; });
    const LiveMatch *onStream = nullptr;
    for (const LiveMatch &match : m_nowPlaying.rows()) {
        const bool candidate = streamStation ? match.stream : match.state == ScheduleMatch::State::InProgress;
        if (candidate && (!onStream || match.startedAt > onStream->startedAt))
            onStream = &match;
    }
    m_onStream.setMatches(onStream ? QList<LiveMatch> {*onStream} : QList<LiveMatch> {});
    m_waiting.setMatches(m_scheduler.waiting());
    m_streamQueue.setMatches(m_scheduler.streamQueue());
    QList<LiveMatch> disputes;
    for (const auto &event : m_scheduler.eventProgress()) {
        const auto bracket = m_brackets.load(event.eventId, nullptr);
        for (const auto id : bracket ? bracket->disputed : QSet<omnium::engine::MatchId>()) {
            if (const auto match = m_scheduler.liveMatch(id))
                disputes.append(*match);
        }
    }
    std::sort(
        disputes.begin(), disputes.end(), [](const LiveMatch &a, const LiveMatch &b) { return a.matchId < b.matchId; });
    m_disputes.setMatches(std::move(disputes));
    m_events.setEvents(m_scheduler.eventProgress());
    // A station's current match is one of now playing's rows: its label is already written.
    QHash<qint64, QString> playingLabels;
    for (const LiveMatch &match : m_nowPlaying.rows())
        playingLabels.insert(match.matchId, match.label);
    QList<StationRow> stations;
    for (const ScheduleStation &station : dispatcher.stations()) {
        const qint64 current = dispatcher.currentMatchId(station.id);
        stations.append({station.id, station.number, station.ownName, station.name, station.games, station.stream,
            station.available, current, playingLabels.value(current)});
    }
    m_stations.setStations(std::move(stations));
    m_lookup.refresh();
    Q_EMIT changed();
}
