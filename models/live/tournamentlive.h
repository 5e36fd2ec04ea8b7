// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "eventprogressmodel.h"
#include "livematchmodel.h"
#include "matchpresenter.h"
#include "playerlookupmodel.h"
#include "schedule/schedulercontroller.h"
#include "stationlistmodel.h"

#include <QObject>

class Clock;
class Store;

// The open tournament as it is being played, computed once for every screen. It owns the
// scheduler (the dispatcher and its estimates, followed inside every command from the rows it
// changed; the brackets come from the store's shared BracketCache) and the typed models every
// page, the caster window, the overlays' JSON and omnium-cli read, so they agree by
// construction: they are the same rows. Commands go through scheduler() (and MatchResults).
class TournamentLive : public QObject
{
    Q_OBJECT
    Q_PROPERTY(LiveMatchModel *upNext READ upNext CONSTANT)
    Q_PROPERTY(LiveMatchModel *nowPlaying READ nowPlaying CONSTANT)
    // The one match the caster window says is "now playing" (at most one row): the stream
    // station's current match, else the match started last. Never a finished match — unlike
    // the overlays' scoreboard, which keeps the last final score on screen between matches.
    Q_PROPERTY(LiveMatchModel *onStream READ onStream CONSTANT)
    Q_PROPERTY(LiveMatchModel *waiting READ waiting CONSTANT)
    Q_PROPERTY(LiveMatchModel *streamQueue READ streamQueue CONSTANT)
    // Matches whose result a side contests (marked at the desk, or two phones that disagreed),
    // for the desk to settle first.
    Q_PROPERTY(LiveMatchModel *disputes READ disputes CONSTANT)
    Q_PROPERTY(StationListModel *stations READ stations CONSTANT)
    Q_PROPERTY(EventProgressModel *events READ events CONSTANT)
    Q_PROPERTY(PlayerLookupModel *lookup READ lookup CONSTANT)
    Q_PROPERTY(StationBoardModel *stationBoard READ stationBoard CONSTANT)
    Q_PROPERTY(ScheduleTimelineModel *timeline READ timeline CONSTANT)

public:
    // How many matches "up next" lists: the Station board's help desk, the caster window and the
    // overlays show the first ones of the same list.
    static constexpr int upNextLength = 20;

    TournamentLive(Store &store, const Clock &clock, QObject *parent = nullptr);

    SchedulerController &scheduler() { return m_scheduler; }
    const SchedulerController &scheduler() const { return m_scheduler; }
    LiveMatchModel *upNext() { return &m_upNext; }
    LiveMatchModel *nowPlaying() { return &m_nowPlaying; }
    LiveMatchModel *onStream() { return &m_onStream; }
    LiveMatchModel *waiting() { return &m_waiting; }
    LiveMatchModel *streamQueue() { return &m_streamQueue; }
    LiveMatchModel *disputes() { return &m_disputes; }
    StationListModel *stations() { return &m_stations; }
    EventProgressModel *events() { return &m_events; }
    PlayerLookupModel *lookup() { return &m_lookup; }
    StationBoardModel *stationBoard() const { return m_scheduler.stationBoard(); }
    ScheduleTimelineModel *timeline() const { return m_scheduler.timeline(); }
    const QList<LiveMatch> &upNextMatches() const { return m_upNext.rows(); }
    // A time as every screen writes it, against the tournament's day (MatchPresenter::timeText),
    // for the pages that lay times out themselves (the Timeline's hours, the Station board).
    Q_INVOKABLE QString timeText(const QDateTime &at) const { return MatchPresenter::timeText(at, m_scheduler.day()); }

Q_SIGNALS:
    // After the models took a change of the day.
    void changed();

private:
    void refresh();

    SchedulerController m_scheduler;
    BracketStore m_brackets; // the disputed flags, from the store's shared brackets
    LiveMatchModel m_upNext;
    LiveMatchModel m_nowPlaying;
    LiveMatchModel m_onStream;
    LiveMatchModel m_waiting;
    LiveMatchModel m_streamQueue;
    LiveMatchModel m_disputes;
    StationListModel m_stations;
    EventProgressModel m_events;
    PlayerLookupModel m_lookup;
};
