// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scheduleestimate.h"

class MatchDispatcher;

// Plays the rest of the day on a copy of the dispatcher, with the same rules and the learned
// durations, so estimates follow every change (a broken station, a hold, a long set) exactly as
// the dispatcher would react to it. Assumptions: each match takes its expected duration from
// its call (a running match at least one more minute), the upper side wins, held matches are
// released, entrants that a later round will pair (Swiss) do not clash with anyone.
class ScheduleEstimator
{
public:
    static ScheduleEstimate estimate(const MatchDispatcher &dispatcher);

    // A match already over its expected duration is assumed to need at least this much more.
    static constexpr int MinRemainingSecs = 60;
};
