// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "matchdurationtable.h"
#include "scheduleeventsettings.h"
#include "schedulematch.h"
#include "schedulestation.h"

#include <QDateTime>
#include <QHash>
#include <QList>

#include <map>
#include <vector>

class Clock;

// Something the dispatcher did that the rest of the app must show or persist: a call (to the
// caster screens and the store), a match taken off its station, a forfeit prompt.
struct ScheduleNotice {
    enum class Kind {
        Called, // matchId called to stationId (previousStationId set when it moved from a broken one)
        Moved, // matchId now plays on stationId instead of previousStationId (swap)
        Unassigned, // matchId left previousStationId and waits again (hold, broken station, bumped)
        ForfeitPrompt, // matchId was called noShowSecs ago and has not started: ask for a forfeit
    };
    Kind kind = Kind::Called;
    qint64 matchId = 0;
    qint64 stationId = 0;
    qint64 previousStationId = 0;
    ScheduleTime at = NoScheduleTime;
    friend bool operator==(const ScheduleNotice &, const ScheduleNotice &) = default;
};

// Decides which match plays on which station, for every event of the day at once, and keeps
// the calls honest: a person is never called to two stations, rest between matches is
// respected, and whatever an organiser decides by hand wins over the automatic choice.
//
// Feed it events, stations and matches (from the engine and the store), call update() after
// every change and again at nextWakeUp(); apply the notices it returns. Results go through
// start() and finish(); the dispatcher owns each match's state, station and times once it
// knows the match. Time comes only from the Clock. Copyable: ScheduleEstimator plays the
// rest of the day on a copy.
//
// Automatic priority among matches that may be called: a match displaced from a broken
// station, then the earliest round, then the match that holds up most others (transitively,
// through "winner/loser of"), then bracket order.
class MatchDispatcher
{
public:
    explicit MatchDispatcher(const Clock &clock);

    // --- Inputs -------------------------------------------------------------------------
    void setEvent(const ScheduleEventSettings &event);
    // Adds or updates a station; a station going out of order sends its match elsewhere.
    void setStation(const ScheduleStation &station);
    // Adds a match (taking its state, station and times as given, to restore a day after a
    // restart) or updates an existing one's entrants, feeders, round, order, best-of and
    // featured flag. State, station and times of a known match change only through the
    // calls below.
    void upsertMatch(const ScheduleMatch &match);

    // --- The automatic part ---------------------------------------------------------------
    // Prompts for no-shows and calls every match that can be called now. Returns what happened
    // since the previous update(), including what the calls below did.
    QList<ScheduleNotice> update();
    // When update() must run again even if nothing else happens (a rest or a break ending, a
    // no-show timer running out); NoScheduleTime when nothing is waiting on time.
    ScheduleTime nextWakeUp() const { return m_nextWakeUp; }

    // --- Match flow (one key each on the station board) --------------------------------------
    bool start(qint64 matchId);
    // Records the result: winnerSide 0 or 1 fills the matches it feeds (-1: the engine will
    // upsert them; their rest is still counted). A forfeit's duration is not learned from.
    bool finish(qint64 matchId, int winnerSide, bool forfeit = false);

    // --- Manual control (always wins) ----------------------------------------------------------
    // Puts a match on a station: it is called there as soon as the station is free and its
    // players are not playing elsewhere, ignoring priority, rest, breaks and time slots. A
    // match called but not started on that station goes back to waiting, first in line.
    // stationId 0 lets the dispatcher choose again.
    bool assign(qint64 matchId, qint64 stationId);
    // A held match is never called, not even where it was assigned; holding a called match
    // takes it back. Assigning it to a station releases it.
    bool hold(qint64 matchId, bool held);
    // Exchanges the stations (current or assigned) of two matches.
    bool swap(qint64 matchA, qint64 matchB);
    bool setFeatured(qint64 matchId, bool featured);
    // While not empty, the stream station plays these matches in this order and nothing else.
    void setStreamQueue(const QList<qint64> &matchIds);
    bool setStationAvailable(qint64 stationId, bool available);

    // --- Queries -------------------------------------------------------------------------
    const Clock &clock() const { return *m_clock; }
    const ScheduleMatch *match(qint64 matchId) const;
    QList<ScheduleMatch> matches() const;
    QList<ScheduleStation> stations() const;
    const ScheduleStation *station(qint64 stationId) const;
    const ScheduleEventSettings *event(qint64 eventId) const;
    QList<ScheduleEventSettings> events() const;
    QList<qint64> streamQueue() const { return m_streamQueue; }
    // The match called or played on a station, 0 if free.
    qint64 currentMatchId(qint64 stationId) const;
    // For the help desk ("when and where do I play next?"): the player's matches not yet
    // completed, the one on a station first, then in the order the dispatcher would call them;
    // with `completed`, those played (the player's page lists their results).
    // Look their times and stations up in a ScheduleEstimate.
    QList<qint64> matchesOf(qint64 playerId, bool completed = false) const;
    // How many matches wait (transitively) on this one's result.
    int holdsUp(qint64 matchId) const;
    // Learned station time of this match, from the event's prior and the recorded durations.
    int expectedSecs(const ScheduleMatch &match) const;
    const MatchDurationTable &durations() const { return m_durations; }

    static QDateTime toDateTime(ScheduleTime t);
    static ScheduleTime fromDateTime(const QDateTime &t);

private:
    friend class ScheduleEstimator;

    struct MatchRec {
        ScheduleMatch m;
        int event = -1;
        QList<int> players[2]; // dense player indices of m.sides
        QList<int> dependents; // matches fed by this one
        int holdsUp = 0;
        ScheduleTime restUntil = NoScheduleTime; // a feeder's players rest until then
        bool forfeitPrompted = false;
        bool inQueue = false;
        bool inStreamQueue = false;
    };
    struct EventRec {
        ScheduleEventSettings s;
        std::vector<int> queue; // Ready matches, sorted by priority
        std::map<int, int> incompleteByRound;
    };
    struct StationRec {
        ScheduleStation s;
        int current = -1;
    };
    struct PlayerRec {
        int busy = 0; // matches on a station
        ScheduleTime lastFinished = NoScheduleTime;
    };

    ScheduleTime now() const;
    int matchIndex(qint64 id) const { return m_matchIndex.value(id, -1); }
    int stationIndex(qint64 id) const { return m_stationIndex.value(id, -1); }
    int eventIndex(qint64 id);
    int playerIndex(qint64 id);
    void setSides(int idx, const QList<qint64> sides[2]);
    void setBusy(int idx, int delta);
    bool before(int a, int b) const;
    void enqueue(int idx);
    void dequeue(int idx);
    void refreshReady(int idx);
    void ensureStructure();
    void unassign(int idx, qint64 displacedFrom, ScheduleTime at);
    void setSide(int idx, int side, const QList<qint64> &players, const QList<int> &dense);
    bool feedersDone(int idx) const;
    int firstIncompleteRound(int e) const;
    void countIncomplete(int e, int round, int delta);
    void callAt(int idx, int st, ScheduleTime at, std::vector<int> *called);
    void finishAt(int idx, int winnerSide, bool learn, ScheduleTime at);
    bool playersBusy(int idx) const;
    // Why a match cannot be called yet at `at` by the automatic dispatcher; lowers `wake` to
    // when a time-based reason ends.
    bool timeAllows(int idx, ScheduleTime at, ScheduleTime &wake) const;
    bool eventOpen(int e, ScheduleTime at, ScheduleTime &wake) const;
    bool compatible(int idx, int st) const;
    bool streamStationFor(int idx) const;
    // The whole automatic decision, shared by update() and the estimator's simulation.
    ScheduleTime dispatchAt(ScheduleTime at, std::vector<int> *called);

    const Clock *m_clock;
    std::vector<MatchRec> m_matches;
    QHash<qint64, int> m_matchIndex;
    std::vector<EventRec> m_events;
    QHash<qint64, int> m_eventIndex;
    std::vector<StationRec> m_stations;
    QHash<qint64, int> m_stationIndex;
    std::vector<PlayerRec> m_players;
    QHash<qint64, int> m_playerIndex;
    QList<qint64> m_streamQueue;
    std::vector<int> m_pinned; // matches with a pinned station, not yet called
    std::vector<int> m_featured;
    MatchDurationTable m_durations;
    QList<ScheduleNotice> m_notices;
    ScheduleTime m_nextWakeUp = NoScheduleTime;
    bool m_structureDirty = false;
    bool m_simulating = false; // the estimator's copy: unknown entrants do not block a match
};
