// SPDX-License-Identifier: GPL-3.0-or-later
#include "scheduleestimator.h"

#include "matchdispatcher.h"

#include <algorithm>
#include <functional>
#include <queue>

ScheduleEstimate ScheduleEstimator::estimate(const MatchDispatcher &dispatcher)
{
    using State = ScheduleMatch::State;
    MatchDispatcher sim = dispatcher;
    sim.m_simulating = true;
    sim.m_notices.clear();
    sim.ensureStructure();

    ScheduleTime now = sim.now();
    ScheduleEstimate out;
    out.computedAt = now;
    const int n = int(sim.m_matches.size());
    out.matches.reserve(n);

    using Finish = std::pair<ScheduleTime, int>;
    std::priority_queue<Finish, std::vector<Finish>, std::greater<>> running;
    std::vector<int> expected(size_t(n), 0);
    for (int i = 0; i < n; ++i) {
        MatchDispatcher::MatchRec &rec = sim.m_matches[size_t(i)];
        expected[size_t(i)] = std::max(MinRemainingSecs, sim.expectedSecs(rec.m));
        rec.m.held = false;
        if (rec.m.state == State::Completed) {
            out.matches.insert(rec.m.id, {rec.m.stationId, rec.m.calledAt, rec.m.finishedAt, true});
        } else if (rec.m.isOnStation()) {
            const ScheduleTime end = std::max(rec.m.calledAt + expected[size_t(i)], now + MinRemainingSecs);
            running.push({end, i});
            out.matches.insert(rec.m.id, {rec.m.stationId, rec.m.calledAt, end, false});
        } else {
            sim.refreshReady(i);
        }
    }

    std::vector<int> called;
    // Every iteration calls or finishes at least one match or moves time forward to a wake-up
    // that a finish or a clock change resolves; the bound only guards against a bug.
    for (int guard = 0; guard < 16 * n + 1000; ++guard) {
        called.clear();
        const ScheduleTime wake = sim.dispatchAt(now, &called);
        for (int i : called) {
            const ScheduleTime end = now + expected[size_t(i)];
            running.push({end, i});
            const ScheduleMatch &m = sim.m_matches[size_t(i)].m;
            out.matches.insert(m.id, {m.stationId, now, end, false});
        }
        ScheduleTime next = running.empty() ? wake : std::min(wake, running.top().first);
        if (next == std::numeric_limits<qint64>::max())
            break;
        now = std::max(next, now + 1);
        while (!running.empty() && running.top().first <= now) {
            sim.finishAt(running.top().second, -1, false, now);
            running.pop();
        }
    }

    for (const MatchDispatcher::EventRec &event : sim.m_events) {
        ScheduleEstimate::Event e;
        e.plannedEnd = event.s.plannedEnd;
        out.events.insert(event.s.id, e);
    }
    for (const MatchDispatcher::MatchRec &rec : sim.m_matches) {
        ScheduleEstimate::Event &e = out.events[rec.m.eventId];
        const auto it = out.matches.constFind(rec.m.id);
        if (it == out.matches.cend()) {
            ++e.unscheduledMatches;
            continue;
        }
        if (e.projectedEnd == NoScheduleTime || it->end > e.projectedEnd)
            e.projectedEnd = it->end;
        if (out.projectedEnd == NoScheduleTime || it->end > out.projectedEnd)
            out.projectedEnd = it->end;
    }
    return out;
}
