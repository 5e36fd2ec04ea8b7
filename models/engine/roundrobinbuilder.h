// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "match.h"
#include "phaseconfig.h"

#include <vector>

namespace omnium::engine {

// Round-robin pools by the circle method (one entrant fixed, the others rotate), once or twice
// with sides swapped; groups are filled by snake seeding so that each pool is equally strong.
class RoundRobinBuilder
{
public:
    // The seeds (1-based) of each group, by snake seeding.
    static std::vector<std::vector<int>> snakeGroups(int entrantCount, int groups);
    static std::vector<Match> build(const PhaseConfig &config, int entrantCount, int phase, MatchId &nextId);
};

} // namespace omnium::engine
