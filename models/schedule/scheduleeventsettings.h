// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "schedulematch.h"

#include <QHash>
#include <QList>
#include <QString>

// How one event is run on the day: what the scheduler may and may not do with its matches, and
// how long its matches are expected to take before real durations are recorded.
struct ScheduleEventSettings {
    struct Break {
        ScheduleTime start = NoScheduleTime;
        ScheduleTime end = NoScheduleTime;
    };

    qint64 id = 0;
    QString name;
    QString game; // stations must host it
    ScheduleTime start = NoScheduleTime; // nothing is called earlier
    ScheduleTime plannedEnd = NoScheduleTime; // for "behind schedule by N minutes"; unset = no plan
    // Expected station time (call to result) per best-of, before anything is recorded. Best-ofs
    // not listed take bestOf × secsPerGame.
    QHash<int, int> expectedSecsByBestOf;
    int secsPerGame = 8 * 60;
    int minRestSecs = 0; // between the end of a player's match and their next call
    int noShowSecs = 10 * 60; // after a call, prompt for a forfeit if the match has not started
    QList<Break> breaks; // nothing of this event is called inside a break (lunch)
    QHash<int, ScheduleTime> roundNotBefore; // fixed slots: round k is not called before this time
    // Round k is called only once every earlier round of the event is complete (Swiss, round
    // robin): its pairings depend on the standings.
    bool roundsWaitForPreviousRound = false;

    int priorSecs(int bestOf) const { return expectedSecsByBestOf.value(bestOf, bestOf * secsPerGame); }
};
