// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "match.h"
#include "phaseconfig.h"

#include <vector>

namespace omnium::engine {

// Builds single- and double-elimination match graphs. Byes go to the top seeds (the bracket
// is the next power of two and seeds beyond the field are byes, so a bye never meets a bye in
// round 1); losers drop into the losers bracket in an order that alternates round by round
// (reverse, halves swapped, reversed halves swapped, natural), skipping any order that would
// bring back an opponent from the winners bracket.
class EliminationBuilder
{
public:
    // Standard seed order of a bracket of `size` (a power of two): the seed at each position,
    // e.g. 8 -> 1 8 4 5 2 7 3 6.
    static std::vector<int> seedOrder(int size);
    static int bracketSize(int entrantCount);
    // orders[k-1][i]: the winners-bracket match of round k+1 whose loser drops into position i
    // of losers round 2k.
    static std::vector<std::vector<int>> dropOrders(int size);
    static std::vector<Match> build(const PhaseConfig &config, int entrantCount, int phase, MatchId &nextId);
};

} // namespace omnium::engine
