// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scheduleestimate.h"

class MatchDispatcher;

// Plays the rest of the day on a copy of the dispatcher, with the same rules and the learned
// durations, so estimates follow every change (a broken station, a hold, a long set) exactly as
// the dispatcher would react to it. Assumptions: each match takes its expected duration from
// its call (a running match at least one more minute); held matches are released; entrants not
// known yet (winners of simulated matches, later Swiss rounds) clash with no one, but a match
// still waits for the rest after the matches that feed it.
class ScheduleEstimator
{
public:
    static ScheduleEstimate estimate(const MatchDispatcher &dispatcher);

    // A match already over its expected duration is assumed to need at least this much more.
    static constexpr int MinRemainingSecs = 60;
};
