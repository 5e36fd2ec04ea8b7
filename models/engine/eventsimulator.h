// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "eventstate.h"

#include <cstdint>

namespace omnium::engine {

// Plays an event through with random but reproducible results (splitmix64, the same sequence
// on every platform): for `omnium-cli --simulate`, the property tests and the benchmarks.
// Better seeds win about two times out of three; games follow the match's best-of.
class EventSimulator
{
public:
    explicit EventSimulator(std::uint64_t seed)
        : m_state(seed)
    { }
    // Reports every playable match, pairing Swiss rounds as they complete, until nothing is
    // left to play. Returns the number of results reported.
    int playThrough(EventState &event);
    // One random result for a match that has two entrants; upperIsA: slot 1 holds the better seed.
    Result randomResult(const Match &match, bool upperIsA);
    // Random placements (a permutation) and kills for every game of a free-for-all lobby.
    Result randomLobbyResult(const Match &match);
    std::uint64_t next();

private:
    std::uint64_t m_state;
};

} // namespace omnium::engine
