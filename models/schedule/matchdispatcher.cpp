// SPDX-License-Identifier: GPL-3.0-or-later
#include "matchdispatcher.h"

#include "core/clock.h"
#include "core/logging.h"

#include <QTimeZone>

#include <algorithm>
#include <utility>

namespace {
constexpr ScheduleTime Never = std::numeric_limits<qint64>::max();

bool waiting(ScheduleMatch::State state)
{
    return state == ScheduleMatch::State::Pending || state == ScheduleMatch::State::Ready;
}
} // namespace

MatchDispatcher::MatchDispatcher(const Clock &clock)
    : m_clock(&clock)
{ }

QDateTime MatchDispatcher::toDateTime(ScheduleTime t)
{
    return t == NoScheduleTime ? QDateTime() : QDateTime::fromSecsSinceEpoch(t, QTimeZone::UTC);
}

ScheduleTime MatchDispatcher::fromDateTime(const QDateTime &t)
{
    return t.isValid() ? t.toSecsSinceEpoch() : NoScheduleTime;
}

ScheduleTime MatchDispatcher::now() const
{
    return fromDateTime(m_clock->now());
}

// --- Inputs ---------------------------------------------------------------------------------

int MatchDispatcher::eventIndex(qint64 id)
{
    const int found = m_eventIndex.value(id, -1);
    if (found >= 0)
        return found;
    EventRec rec;
    rec.s.id = id;
    m_events.push_back(std::move(rec));
    m_eventIndex.insert(id, int(m_events.size()) - 1);
    return int(m_events.size()) - 1;
}

int MatchDispatcher::playerIndex(qint64 id)
{
    const int found = m_playerIndex.value(id, -1);
    if (found >= 0)
        return found;
    m_players.push_back({});
    m_playerIndex.insert(id, int(m_players.size()) - 1);
    return int(m_players.size()) - 1;
}

void MatchDispatcher::setEvent(const ScheduleEventSettings &event)
{
    m_events[eventIndex(event.id)].s = event;
}

void MatchDispatcher::setStation(const ScheduleStation &station)
{
    int st = stationIndex(station.id);
    if (st < 0) {
        m_stations.push_back({station, -1});
        m_stationIndex.insert(station.id, int(m_stations.size()) - 1);
        return;
    }
    const bool wasAvailable = m_stations[st].s.available;
    m_stations[st].s = station;
    m_stations[st].s.available = wasAvailable;
    setStationAvailable(station.id, station.available);
}

void MatchDispatcher::setSide(int idx, int side, const QList<qint64> &players, const QList<int> &dense)
{
    MatchRec &rec = m_matches[idx];
    const bool onStation = rec.m.isOnStation();
    if (onStation)
        setBusy(idx, -1);
    rec.m.sides[side] = players;
    rec.players[side] = dense;
    if (onStation)
        setBusy(idx, +1);
}

void MatchDispatcher::setSides(int idx, const QList<qint64> sides[2])
{
    for (int side = 0; side < 2; ++side) {
        if (m_matches[idx].m.sides[side] == sides[side] && m_matches[idx].players[side].size() == sides[side].size())
            continue;
        QList<int> dense;
        dense.reserve(sides[side].size());
        for (qint64 player : sides[side])
            dense.append(playerIndex(player));
        setSide(idx, side, sides[side], dense);
    }
}

void MatchDispatcher::setBusy(int idx, int delta)
{
    for (const QList<int> &side : m_matches[idx].players)
        for (int p : side)
            m_players[p].busy += delta;
}

void MatchDispatcher::countIncomplete(int e, int round, int delta)
{
    auto &counts = m_events[e].incompleteByRound;
    int &count = counts[round];
    count += delta;
    if (count <= 0)
        counts.erase(round);
}

int MatchDispatcher::firstIncompleteRound(int e) const
{
    const auto &counts = m_events[e].incompleteByRound;
    return counts.empty() ? std::numeric_limits<int>::max() : counts.begin()->first;
}

void MatchDispatcher::upsertMatch(const ScheduleMatch &match)
{
    int idx = matchIndex(match.id);
    if (idx < 0) {
        idx = int(m_matches.size());
        m_matches.push_back({});
        m_matchIndex.insert(match.id, idx);
        MatchRec &rec = m_matches[idx];
        rec.m = match;
        rec.m.sides[0].clear();
        rec.m.sides[1].clear();
        rec.event = eventIndex(match.eventId);
        rec.m.state = ScheduleMatch::State::Pending; // not on a station yet: no busy counts
        setSides(idx, match.sides);
        ScheduleMatch &m = m_matches[idx].m;
        m.state = match.state;
        if (!waiting(m.state))
            m.displacedFromStationId = 0;
        if (m.state != ScheduleMatch::State::Completed)
            countIncomplete(m_matches[idx].event, m.round, +1);
        if (m.isOnStation()) {
            const int st = stationIndex(m.stationId);
            if (st >= 0 && m_stations[st].current < 0) {
                m_stations[st].current = idx;
                setBusy(idx, +1);
            } else {
                qCWarning(lcSchedule) << "match" << m.id << "cannot be restored on station" << m.stationId;
                m.state = ScheduleMatch::State::Pending;
                m.stationId = 0;
                m.calledAt = m.startedAt = NoScheduleTime;
            }
        } else if (m.state == ScheduleMatch::State::Completed) {
            for (const QList<int> &side : m_matches[idx].players)
                for (int p : side)
                    m_players[p].lastFinished = std::max(m_players[p].lastFinished, m.finishedAt);
            if (m.durationCounts && m.calledAt != NoScheduleTime && m.finishedAt > m.calledAt)
                m_durations.record(m.eventId, m.bestOf, int(m.finishedAt - m.calledAt),
                    m_events[m_matches[idx].event].s.priorSecs(m.bestOf));
        } else {
            m.state = ScheduleMatch::State::Pending;
            m.stationId = 0;
        }
        if (m.pinnedStationId)
            m_pinned.push_back(idx);
        if (m.featured)
            m_featured.push_back(idx);
        refreshReady(idx);
        m_structureDirty = true;
        return;
    }

    MatchRec &rec = m_matches[idx];
    if (rec.inQueue)
        dequeue(idx);
    const bool completed = rec.m.state == ScheduleMatch::State::Completed;
    if (!completed && (match.eventId != rec.m.eventId || match.round != rec.m.round)) {
        countIncomplete(rec.event, rec.m.round, -1);
        countIncomplete(eventIndex(match.eventId), match.round, +1);
    }
    MatchRec &r = m_matches[idx]; // eventIndex() does not touch m_matches, but stay explicit
    if (r.m.feeders[0] != match.feeders[0] || r.m.feeders[1] != match.feeders[1])
        m_structureDirty = true;
    r.m.eventId = match.eventId;
    r.event = eventIndex(match.eventId);
    r.m.round = match.round;
    r.m.bracketOrder = match.bracketOrder;
    r.m.bestOf = match.bestOf;
    r.m.feeders[0] = match.feeders[0];
    r.m.feeders[1] = match.feeders[1];
    setSides(idx, match.sides);
    setFeatured(match.id, match.featured);
    refreshReady(idx);
}

// --- Readiness and priority -----------------------------------------------------------------

bool MatchDispatcher::feedersDone(int idx) const
{
    for (const ScheduleFeeder &feeder : m_matches[idx].m.feeders) {
        if (!feeder.matchId)
            continue;
        const int j = matchIndex(feeder.matchId);
        if (j >= 0 && m_matches[j].m.state != ScheduleMatch::State::Completed)
            return false;
    }
    return true;
}

void MatchDispatcher::refreshReady(int idx)
{
    MatchRec &rec = m_matches[idx];
    if (!waiting(rec.m.state))
        return;
    const bool ready = rec.m.sidesKnown() || (m_simulating && feedersDone(idx));
    rec.m.state = ready ? ScheduleMatch::State::Ready : ScheduleMatch::State::Pending;
    if (ready && !rec.inQueue)
        enqueue(idx);
    else if (!ready && rec.inQueue)
        dequeue(idx);
}

bool MatchDispatcher::before(int a, int b) const
{
    const MatchRec &x = m_matches[a];
    const MatchRec &y = m_matches[b];
    if ((x.m.displacedFromStationId != 0) != (y.m.displacedFromStationId != 0))
        return x.m.displacedFromStationId != 0;
    if (x.m.round != y.m.round)
        return x.m.round < y.m.round;
    if (x.holdsUp != y.holdsUp)
        return x.holdsUp > y.holdsUp;
    if (x.m.bracketOrder != y.m.bracketOrder)
        return x.m.bracketOrder < y.m.bracketOrder;
    return x.m.id < y.m.id;
}

void MatchDispatcher::enqueue(int idx)
{
    std::vector<int> &queue = m_events[m_matches[idx].event].queue;
    queue.insert(std::lower_bound(queue.begin(), queue.end(), idx, [this](int a, int b) { return before(a, b); }), idx);
    m_matches[idx].inQueue = true;
}

void MatchDispatcher::dequeue(int idx)
{
    std::vector<int> &queue = m_events[m_matches[idx].event].queue;
    auto it = std::lower_bound(queue.begin(), queue.end(), idx, [this](int a, int b) { return before(a, b); });
    if (it == queue.end() || *it != idx)
        it = std::find(queue.begin(), queue.end(), idx);
    if (it != queue.end())
        queue.erase(it);
    m_matches[idx].inQueue = false;
}

void MatchDispatcher::ensureStructure()
{
    if (!m_structureDirty)
        return;
    const int n = int(m_matches.size());
    for (MatchRec &rec : m_matches)
        rec.dependents.clear();
    for (int i = 0; i < n; ++i) {
        for (const ScheduleFeeder &feeder : m_matches[i].m.feeders) {
            const int j = feeder.matchId ? matchIndex(feeder.matchId) : -1;
            if (j >= 0 && j != i && !m_matches[j].dependents.contains(i))
                m_matches[j].dependents.append(i);
        }
    }
    // Transitive dependents by depth-first search; brackets are shallow, so this stays cheap.
    std::vector<int> seen(n, -1);
    std::vector<int> stack;
    for (int i = 0; i < n; ++i) {
        int count = 0;
        stack.assign(m_matches[i].dependents.cbegin(), m_matches[i].dependents.cend());
        while (!stack.empty()) {
            const int d = stack.back();
            stack.pop_back();
            if (seen[d] == i)
                continue;
            seen[d] = i;
            ++count;
            for (int next : m_matches[d].dependents)
                if (seen[next] != i)
                    stack.push_back(next);
        }
        m_matches[i].holdsUp = count;
    }
    for (EventRec &event : m_events)
        std::sort(event.queue.begin(), event.queue.end(), [this](int a, int b) { return before(a, b); });
    m_structureDirty = false;
}

// --- Calls and results ----------------------------------------------------------------------

void MatchDispatcher::callAt(int idx, int st, ScheduleTime at, std::vector<int> *called)
{
    MatchRec &rec = m_matches[idx];
    if (rec.inQueue)
        dequeue(idx);
    rec.m.state = ScheduleMatch::State::Called;
    rec.m.stationId = m_stations[st].s.id;
    rec.m.calledAt = at;
    rec.m.startedAt = NoScheduleTime;
    rec.m.pinnedStationId = 0;
    rec.forfeitPrompted = false;
    m_stations[st].current = idx;
    setBusy(idx, +1);
    if (rec.inStreamQueue) {
        m_streamQueue.removeOne(rec.m.id);
        rec.inStreamQueue = false;
    }
    if (!m_simulating) {
        m_notices.append({ScheduleNotice::Kind::Called, rec.m.id, rec.m.stationId, rec.m.displacedFromStationId, at});
        qCDebug(lcSchedule) << "called match" << rec.m.id << "to station" << rec.m.stationId;
    }
    rec.m.displacedFromStationId = 0;
    if (called)
        called->push_back(idx);
}

void MatchDispatcher::unassign(int idx, qint64 displacedFrom, ScheduleTime at)
{
    MatchRec &rec = m_matches[idx];
    const qint64 previous = rec.m.stationId;
    const int st = stationIndex(previous);
    if (st >= 0 && m_stations[st].current == idx)
        m_stations[st].current = -1;
    setBusy(idx, -1);
    rec.m.stationId = 0;
    rec.m.calledAt = rec.m.startedAt = NoScheduleTime;
    rec.m.state = ScheduleMatch::State::Pending;
    rec.m.displacedFromStationId = displacedFrom;
    rec.forfeitPrompted = false;
    refreshReady(idx);
    m_notices.append({ScheduleNotice::Kind::Unassigned, rec.m.id, 0, previous, at});
}

void MatchDispatcher::finishAt(int idx, int winnerSide, bool learn, ScheduleTime at)
{
    ensureStructure();
    MatchRec &rec = m_matches[idx];
    ScheduleMatch &m = rec.m;
    if (m.isOnStation()) {
        const int st = stationIndex(m.stationId);
        if (st >= 0 && m_stations[st].current == idx)
            m_stations[st].current = -1;
        setBusy(idx, -1);
    }
    for (const QList<int> &side : rec.players)
        for (int p : side)
            m_players[p].lastFinished = at;
    if (learn && m.calledAt != NoScheduleTime && at > m.calledAt)
        m_durations.record(m.eventId, m.bestOf, int(at - m.calledAt), m_events[rec.event].s.priorSecs(m.bestOf));
    if (rec.inQueue)
        dequeue(idx);
    m.state = ScheduleMatch::State::Completed;
    m.finishedAt = at;
    m.pinnedStationId = 0;
    rec.m.displacedFromStationId = 0;
    countIncomplete(rec.event, m.round, -1);
    if (rec.inStreamQueue) {
        m_streamQueue.removeOne(m.id);
        rec.inStreamQueue = false;
    }
    for (int d : std::as_const(rec.dependents)) {
        MatchRec &dep = m_matches[d];
        if (!waiting(dep.m.state))
            continue;
        dep.restUntil = std::max(dep.restUntil, at + m_events[dep.event].s.minRestSecs);
        for (int side = 0; side < 2; ++side) {
            const ScheduleFeeder &feeder = dep.m.feeders[side];
            if (feeder.matchId != m.id || (winnerSide != 0 && winnerSide != 1))
                continue;
            const int from = feeder.kind == ScheduleFeeder::Kind::Winner ? winnerSide : 1 - winnerSide;
            dep.m.sides[side] = m.sides[from];
            dep.players[side] = rec.players[from];
        }
        refreshReady(d);
    }
}

bool MatchDispatcher::start(qint64 matchId)
{
    const int idx = matchIndex(matchId);
    if (idx < 0 || m_matches[idx].m.state != ScheduleMatch::State::Called)
        return false;
    m_matches[idx].m.state = ScheduleMatch::State::InProgress;
    m_matches[idx].m.startedAt = now();
    return true;
}

bool MatchDispatcher::finish(qint64 matchId, int winnerSide, bool forfeit)
{
    const int idx = matchIndex(matchId);
    if (idx < 0 || m_matches[idx].m.state == ScheduleMatch::State::Completed)
        return false;
    finishAt(idx, winnerSide, !forfeit, now());
    return true;
}

// --- Manual control -------------------------------------------------------------------------

bool MatchDispatcher::assign(qint64 matchId, qint64 stationId)
{
    const int idx = matchIndex(matchId);
    if (idx < 0)
        return false;
    const auto state = m_matches[idx].m.state;
    if (state == ScheduleMatch::State::Completed || state == ScheduleMatch::State::InProgress)
        return false;
    if (stationId == 0) {
        m_matches[idx].m.pinnedStationId = 0;
        return true;
    }
    const int st = stationIndex(stationId);
    if (st < 0 || !m_stations[st].s.available)
        return false;
    if (state == ScheduleMatch::State::Called) {
        if (m_matches[idx].m.stationId == stationId)
            return true;
        unassign(idx, 0, now());
    }
    const int current = m_stations[st].current;
    if (current >= 0 && m_matches[current].m.state == ScheduleMatch::State::Called)
        unassign(current, stationId, now());
    m_matches[idx].m.held = false;
    m_matches[idx].m.pinnedStationId = stationId;
    m_pinned.push_back(idx);
    return true;
}

bool MatchDispatcher::hold(qint64 matchId, bool held)
{
    const int idx = matchIndex(matchId);
    if (idx < 0 || m_matches[idx].m.state == ScheduleMatch::State::Completed)
        return false;
    m_matches[idx].m.held = held;
    if (held && m_matches[idx].m.state == ScheduleMatch::State::Called)
        unassign(idx, 0, now());
    return true;
}

bool MatchDispatcher::swap(qint64 matchA, qint64 matchB)
{
    const int a = matchIndex(matchA);
    const int b = matchIndex(matchB);
    if (a < 0 || b < 0 || a == b)
        return false;
    ScheduleMatch &x = m_matches[a].m;
    ScheduleMatch &y = m_matches[b].m;
    if (x.state == ScheduleMatch::State::Completed || y.state == ScheduleMatch::State::Completed)
        return false;
    const ScheduleTime at = now();
    if (x.isOnStation() && y.isOnStation()) {
        std::swap(x.stationId, y.stationId);
        m_stations[stationIndex(x.stationId)].current = a;
        m_stations[stationIndex(y.stationId)].current = b;
        m_notices.append({ScheduleNotice::Kind::Moved, x.id, x.stationId, y.stationId, at});
        m_notices.append({ScheduleNotice::Kind::Moved, y.id, y.stationId, x.stationId, at});
        return true;
    }
    // A started match only moves by exchanging with another match on a station.
    if (x.state == ScheduleMatch::State::InProgress || y.state == ScheduleMatch::State::InProgress)
        return false;
    const qint64 targetA = x.isOnStation() ? x.stationId : x.pinnedStationId;
    const qint64 targetB = y.isOnStation() ? y.stationId : y.pinnedStationId;
    if (x.isOnStation())
        unassign(a, 0, at);
    if (y.isOnStation())
        unassign(b, 0, at);
    x.pinnedStationId = targetB;
    y.pinnedStationId = targetA;
    m_pinned.push_back(a);
    m_pinned.push_back(b);
    return true;
}

bool MatchDispatcher::setFeatured(qint64 matchId, bool featured)
{
    const int idx = matchIndex(matchId);
    if (idx < 0)
        return false;
    m_matches[idx].m.featured = featured;
    if (featured && std::find(m_featured.begin(), m_featured.end(), idx) == m_featured.end())
        m_featured.push_back(idx);
    return true;
}

void MatchDispatcher::setStreamQueue(const QList<qint64> &matchIds)
{
    for (qint64 id : std::as_const(m_streamQueue))
        if (const int idx = matchIndex(id); idx >= 0)
            m_matches[idx].inStreamQueue = false;
    m_streamQueue.clear();
    for (qint64 id : matchIds) {
        const int idx = matchIndex(id);
        if (idx < 0 || !waiting(m_matches[idx].m.state) || m_matches[idx].inStreamQueue)
            continue;
        m_matches[idx].inStreamQueue = true;
        m_streamQueue.append(id);
    }
}

bool MatchDispatcher::setStationAvailable(qint64 stationId, bool available)
{
    const int st = stationIndex(stationId);
    if (st < 0)
        return false;
    if (m_stations[st].s.available == available)
        return true;
    m_stations[st].s.available = available;
    if (available)
        return true;
    const ScheduleTime at = now();
    if (m_stations[st].current >= 0)
        unassign(m_stations[st].current, stationId, at);
    for (int idx : m_pinned)
        if (m_matches[idx].m.pinnedStationId == stationId)
            m_matches[idx].m.pinnedStationId = 0;
    return true;
}

// --- The automatic dispatcher ---------------------------------------------------------------

bool MatchDispatcher::playersBusy(int idx) const
{
    for (const QList<int> &side : m_matches[idx].players)
        for (int p : side)
            if (m_players[p].busy > 0)
                return true;
    return false;
}

bool MatchDispatcher::eventOpen(int e, ScheduleTime at, ScheduleTime &wake) const
{
    const ScheduleEventSettings &s = m_events[e].s;
    if (s.start != NoScheduleTime && at < s.start) {
        wake = std::min(wake, s.start);
        return false;
    }
    for (const auto &pause : s.breaks) {
        if (at >= pause.start && at < pause.end) {
            wake = std::min(wake, pause.end);
            return false;
        }
    }
    return true;
}

bool MatchDispatcher::timeAllows(int idx, ScheduleTime at, ScheduleTime &wake) const
{
    const MatchRec &rec = m_matches[idx];
    const ScheduleEventSettings &s = m_events[rec.event].s;
    if (!s.roundNotBefore.isEmpty()) {
        const auto slot = s.roundNotBefore.constFind(rec.m.round);
        if (slot != s.roundNotBefore.cend() && at < *slot) {
            wake = std::min(wake, *slot);
            return false;
        }
    }
    if (rec.restUntil > at) {
        wake = std::min(wake, rec.restUntil);
        return false;
    }
    if (s.minRestSecs > 0) {
        ScheduleTime rested = NoScheduleTime;
        for (const QList<int> &side : rec.players)
            for (int p : side)
                if (m_players[p].lastFinished != NoScheduleTime)
                    rested = std::max(rested, m_players[p].lastFinished + s.minRestSecs);
        if (rested > at) {
            wake = std::min(wake, rested);
            return false;
        }
    }
    return true;
}

bool MatchDispatcher::compatible(int idx, int st) const
{
    const ScheduleStation &station = m_stations[st].s;
    const QString &game = m_events[m_matches[idx].event].s.game;
    return station.available && station.hosts(game);
}

bool MatchDispatcher::streamStationFor(int idx) const
{
    for (int st = 0; st < int(m_stations.size()); ++st)
        if (m_stations[st].s.stream && compatible(idx, st))
            return true;
    return false;
}

ScheduleTime MatchDispatcher::dispatchAt(ScheduleTime at, std::vector<int> *called)
{
    ensureStructure();
    ScheduleTime wake = Never;
    std::vector<int> free;
    for (int st = 0; st < int(m_stations.size()); ++st)
        if (m_stations[st].s.available && m_stations[st].current < 0)
            free.push_back(st);
    if (free.empty())
        return wake;
    // Keep the stream station and versatile stations for the matches only they can host.
    std::sort(free.begin(), free.end(), [this](int a, int b) {
        const ScheduleStation &x = m_stations[a].s;
        const ScheduleStation &y = m_stations[b].s;
        if (x.stream != y.stream)
            return !x.stream;
        if (x.games.size() != y.games.size())
            return x.games.size() < y.games.size();
        return a < b;
    });
    const auto take = [&free](int st) { free.erase(std::find(free.begin(), free.end(), st)); };
    const auto isFree = [&free](int st) { return std::find(free.begin(), free.end(), st) != free.end(); };

    // 1. Matches an organiser put on a station: only the station and the players must be free.
    std::erase_if(m_pinned,
        [this](int idx) { return m_matches[idx].m.pinnedStationId == 0 || !waiting(m_matches[idx].m.state); });
    for (int idx : std::vector<int>(m_pinned)) {
        const int st = stationIndex(m_matches[idx].m.pinnedStationId);
        const ScheduleMatch &m = m_matches[idx].m;
        if (m.state == ScheduleMatch::State::Ready && !m.held && isFree(st) && !playersBusy(idx)) {
            callAt(idx, st, at, called);
            take(st);
        }
    }

    // 2. The stream station: its pinned queue in order (and nothing else while there is one),
    // else the best featured match.
    std::erase_if(
        m_featured, [this](int idx) { return !m_matches[idx].m.featured || !waiting(m_matches[idx].m.state); });
    const auto callable = [&](int idx) {
        const MatchRec &rec = m_matches[idx];
        return rec.m.state == ScheduleMatch::State::Ready && !rec.m.held && rec.m.pinnedStationId == 0
            && !playersBusy(idx) && eventOpen(rec.event, at, wake)
            && (!m_events[rec.event].s.roundsWaitForPreviousRound || rec.m.round <= firstIncompleteRound(rec.event))
            && timeAllows(idx, at, wake);
    };
    for (int st : std::vector<int>(free)) {
        if (!m_stations[st].s.stream)
            continue;
        bool reserved = false;
        for (qint64 id : std::as_const(m_streamQueue)) {
            const int idx = matchIndex(id);
            if (!compatible(idx, st))
                continue;
            reserved = true;
            if (callable(idx))
                callAt(idx, st, at, called);
            break;
        }
        if (reserved) {
            take(st);
            continue;
        }
        int best = -1;
        for (int idx : m_featured)
            if (!m_matches[idx].inStreamQueue && compatible(idx, st) && callable(idx)
                && (best < 0 || before(idx, best)))
                best = idx;
        if (best >= 0) {
            callAt(best, st, at, called);
            take(st);
        }
    }

    // 3. Everything else, best first across events: a merge of the events' sorted queues.
    struct Head {
        int event;
        size_t pos;
    };
    std::vector<Head> heads;
    for (int e = 0; e < int(m_events.size()); ++e)
        if (!m_events[e].queue.empty() && eventOpen(e, at, wake))
            heads.push_back({e, 0});
    while (!free.empty() && !heads.empty()) {
        size_t h = 0;
        for (size_t i = 1; i < heads.size(); ++i)
            if (before(m_events[heads[i].event].queue[heads[i].pos], m_events[heads[h].event].queue[heads[h].pos]))
                h = i;
        Head &head = heads[h];
        EventRec &event = m_events[head.event];
        const int idx = event.queue[head.pos];
        const MatchRec &rec = m_matches[idx];
        bool calledNow = false;
        if (event.s.roundsWaitForPreviousRound && rec.m.round > firstIncompleteRound(head.event)) {
            heads.erase(heads.begin() + qsizetype(h)); // the rest of this queue is in later rounds
            continue;
        }
        const bool waitsForStream = (rec.m.featured || rec.inStreamQueue) && streamStationFor(idx);
        if (!rec.m.held && rec.m.pinnedStationId == 0 && !waitsForStream && !playersBusy(idx)
            && timeAllows(idx, at, wake)) {
            for (int st : free) {
                if (compatible(idx, st)) {
                    callAt(idx, st, at, called); // removes idx from the queue: head.pos stays
                    take(st);
                    calledNow = true;
                    break;
                }
            }
        }
        if (!calledNow)
            ++head.pos;
        if (head.pos >= event.queue.size())
            heads.erase(heads.begin() + qsizetype(h));
    }
    return wake;
}

QList<ScheduleNotice> MatchDispatcher::update()
{
    const ScheduleTime at = now();
    ScheduleTime wake = dispatchAt(at, nullptr);
    for (const StationRec &station : m_stations) {
        if (station.current < 0)
            continue;
        MatchRec &rec = m_matches[station.current];
        if (rec.m.state != ScheduleMatch::State::Called || rec.forfeitPrompted)
            continue;
        const ScheduleTime deadline = rec.m.calledAt + m_events[rec.event].s.noShowSecs;
        if (deadline <= at) {
            rec.forfeitPrompted = true;
            m_notices.append({ScheduleNotice::Kind::ForfeitPrompt, rec.m.id, rec.m.stationId, 0, at});
        } else {
            wake = std::min(wake, deadline);
        }
    }
    m_nextWakeUp = wake == Never ? NoScheduleTime : wake;
    return std::exchange(m_notices, {});
}

// --- Queries --------------------------------------------------------------------------------

const ScheduleMatch *MatchDispatcher::match(qint64 matchId) const
{
    const int idx = matchIndex(matchId);
    return idx < 0 ? nullptr : &m_matches[idx].m;
}

QList<ScheduleMatch> MatchDispatcher::matches() const
{
    QList<ScheduleMatch> out;
    out.reserve(qsizetype(m_matches.size()));
    for (const MatchRec &rec : m_matches)
        out.append(rec.m);
    return out;
}

QList<ScheduleStation> MatchDispatcher::stations() const
{
    QList<ScheduleStation> out;
    for (const StationRec &rec : m_stations)
        out.append(rec.s);
    return out;
}

const ScheduleStation *MatchDispatcher::station(qint64 stationId) const
{
    const int st = stationIndex(stationId);
    return st < 0 ? nullptr : &m_stations[st].s;
}

const ScheduleEventSettings *MatchDispatcher::event(qint64 eventId) const
{
    const int e = m_eventIndex.value(eventId, -1);
    return e < 0 ? nullptr : &m_events[e].s;
}

QList<ScheduleEventSettings> MatchDispatcher::events() const
{
    QList<ScheduleEventSettings> out;
    for (const EventRec &rec : m_events)
        out.append(rec.s);
    return out;
}

qint64 MatchDispatcher::currentMatchId(qint64 stationId) const
{
    const int st = stationIndex(stationId);
    return st < 0 || m_stations[st].current < 0 ? 0 : m_matches[m_stations[st].current].m.id;
}

QList<qint64> MatchDispatcher::matchesOf(qint64 playerId, bool completed) const
{
    const int p = m_playerIndex.value(playerId, -1);
    std::vector<int> found;
    for (int idx = 0; idx < int(m_matches.size()); ++idx) {
        const MatchRec &rec = m_matches[idx];
        if (p >= 0 && (rec.m.state == ScheduleMatch::State::Completed) == completed
            && (rec.players[0].contains(p) || rec.players[1].contains(p)))
            found.push_back(idx);
    }
    std::sort(found.begin(), found.end(), [this](int a, int b) {
        const bool onA = m_matches[a].m.isOnStation();
        const bool onB = m_matches[b].m.isOnStation();
        return onA != onB ? onA : before(a, b);
    });
    QList<qint64> ids;
    for (int idx : found)
        ids.append(m_matches[idx].m.id);
    return ids;
}

int MatchDispatcher::holdsUp(qint64 matchId) const
{
    const int idx = matchIndex(matchId);
    return idx < 0 ? 0 : m_matches[idx].holdsUp;
}

int MatchDispatcher::expectedSecs(const ScheduleMatch &match) const
{
    const ScheduleEventSettings *settings = event(match.eventId);
    const int prior = settings ? settings->priorSecs(match.bestOf) : ScheduleEventSettings().priorSecs(match.bestOf);
    return m_durations.expectedSecs(match.eventId, match.bestOf, prior);
}
