// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/eventsimulator.h"
#include "engine/eventstate.h"
#include "engine/standingscalculator.h"

#include <QTest>

#include <map>

namespace omnium::engine {
// QCOMPARE's text for a refusal that differs.
inline char *toString(const Error &error)
{
    return qstrdup(error.debugText().c_str());
}
} // namespace omnium::engine

namespace omnium::engine::testing {

// Entrant ids that are neither small nor consecutive, as the store may hand out.
inline std::vector<EntrantId> entrants(int n)
{
    std::vector<EntrantId> ids;
    for (int k = 0; k < n; ++k)
        ids.push_back(1'000'000'000'000LL + 7919LL * (k + 1));
    return ids;
}

inline EventState makeEvent(const PhaseConfig &config, int n)
{
    Error error;
    auto event = EventState::create(config, entrants(n), &error, 100);
    if (!event)
        qFatal("cannot create event: %s", error.debugText().c_str());
    return *event;
}

inline PhaseConfig elimination(Format format, GrandFinalMode mode = GrandFinalMode::WithReset, bool third = false)
{
    PhaseConfig config;
    config.format = format;
    config.grandFinal = mode;
    config.thirdPlaceMatch = third;
    return config;
}

// Losses per entrant in a phase, counting forfeits and disqualifications.
inline std::map<EntrantId, int> losses(const Phase &phase)
{
    std::map<EntrantId, int> count;
    for (const Match &match : phase.matches) {
        if (match.completed() && !match.isBye() && match.result.winner >= 0)
            ++count[match.slots[1 - match.result.winner].entrant];
    }
    return count;
}

} // namespace omnium::engine::testing
