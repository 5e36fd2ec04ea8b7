// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "eventstate.h"

#include <set>
#include <vector>

namespace omnium::engine {

// Free-for-all (battle royale) lobbies: entrants dealt into lobbies by snake order — by seed
// for round 1, by the standings afterwards — so every lobby is equally strong and the lobbies
// are reshuffled between rounds.
class LobbyBuilder
{
public:
    static bool finished(const Phase &phase);
    static std::vector<Match> nextRound(
        const Phase &phase, const std::set<EntrantId> &disqualified, int phaseIndex, MatchId &nextId);
    // Points of one lobby entrant in one game.
    static int points(const PhaseConfig &config, const LobbyScore &score);
};

} // namespace omnium::engine
