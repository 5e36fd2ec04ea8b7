// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QtGlobal>

#include <limits>

// Scheduling times are whole seconds since the Unix epoch (UTC). The scheduler simulates a
// whole day thousands of times per second, so it works on plain integers; QDateTime only
// appears at the public edges (the Clock, and toDateTime() for display).
using ScheduleTime = qint64;
inline constexpr ScheduleTime NoScheduleTime = std::numeric_limits<qint64>::min();

// Where one side of a match comes from when its entrant is not known yet: the winner or the
// loser of another match. The scheduler needs this to know what a match holds up and to
// play out the rest of the day; it does not need to know the bracket format.
struct ScheduleFeeder {
    enum class Kind { Winner, Loser };
    Kind kind = Kind::Winner;
    qint64 matchId = 0;
    friend bool operator==(const ScheduleFeeder &, const ScheduleFeeder &) = default;
};

// One match (set) as the scheduler sees it: who plays (as player ids, so a team's players and a
// player entered in two events are tracked as people), what it waits for, and where and when it
// was played. Plain data so the bracket engine and the store can fill it in a few lines.
struct ScheduleMatch {
    enum class State { Pending, Ready, Called, InProgress, Completed };

    qint64 id = 0;
    qint64 eventId = 0;
    int round = 0; // comparable across events: earlier rounds are called first
    int bracketOrder = 0; // order inside the event, the bracket's reading order
    int bestOf = 3;
    // The players of each side (one for 1v1, a roster for teams); empty while unknown.
    QList<qint64> sides[2];
    // Where each side comes from when it is not known yet (matchId 0 = no feeder: seeded, or
    // paired by the engine later as in a Swiss round).
    ScheduleFeeder feeders[2];

    State state = State::Pending;
    bool held = false; // kept off the stations by an organiser
    bool featured = false; // belongs on the stream station
    qint64 pinnedStationId = 0; // an organiser put it on this station; 0 = anywhere
    // Taken off this station when it broke: first in line until called again (kept in the store
    // so a restart or a rebuild does not lose the place).
    qint64 displacedFromStationId = 0;
    qint64 stationId = 0; // where it is called or played; 0 = none
    ScheduleTime calledAt = NoScheduleTime;
    ScheduleTime startedAt = NoScheduleTime;
    ScheduleTime finishedAt = NoScheduleTime;
    // A completed match added to a dispatcher (a day restored after a restart) teaches it its
    // call-to-result time unless this is false (a forfeit, a no-show).
    bool durationCounts = true;

    bool sidesKnown() const { return !sides[0].isEmpty() && !sides[1].isEmpty(); }
    bool isOnStation() const { return state == State::Called || state == State::InProgress; }
};
