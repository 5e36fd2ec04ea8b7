// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "schedulematch.h"

#include <QHash>

// When and where each match is expected to be played (past matches with their real times),
// and when each event should end: what the timeline, the help desk and "behind schedule by
// N minutes" show.
struct ScheduleEstimate {
    struct Match {
        qint64 stationId = 0;
        ScheduleTime start = NoScheduleTime; // call time
        ScheduleTime end = NoScheduleTime;
        bool past = false; // completed: real times, not an estimate
    };
    struct Event {
        ScheduleTime projectedEnd = NoScheduleTime;
        ScheduleTime plannedEnd = NoScheduleTime;
        int unscheduledMatches = 0; // could not be placed (no compatible station): end is a lower bound
        // Positive: behind the plan by this many seconds; 0 without a plan.
        qint64 delaySecs() const
        {
            return plannedEnd == NoScheduleTime || projectedEnd == NoScheduleTime ? 0 : projectedEnd - plannedEnd;
        }
    };

    ScheduleTime computedAt = NoScheduleTime;
    QHash<qint64, Match> matches; // by match id
    QHash<qint64, Event> events; // by event id
    ScheduleTime projectedEnd = NoScheduleTime; // of the whole day
};
