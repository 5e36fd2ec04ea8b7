// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "eventstate.h"

#include <set>
#include <vector>

namespace omnium::engine {

// One entrant's line in a phase's standings.
struct StandingRow {
    EntrantId entrant = 0;
    int seed = 0;
    int group = 0;
    int placement = 0; // 0 while not decided (elimination); rank within the group otherwise
    int played = 0; // matches against an entrant (byes not counted); games in free-for-all
    int wins = 0; // byes included; games won (placed 1st) in free-for-all
    int draws = 0;
    int losses = 0;
    int byes = 0;
    int gameWins = 0;
    int gameLosses = 0;
    int points = 0;
    int kills = 0; // free-for-all
    std::vector<double> tiebreaks; // one value per configured tiebreak, higher is better
    bool disqualified = false;
    bool operator==(const StandingRow &) const = default;
};

// Standings from results alone, so they never drift from the match graph. Elimination
// placements group entrants out in the same round (1, 2, 3, 4, 5, 7, 9, 13, … in double
// elimination); round robin and Swiss rank by points then the phase's tiebreak order, with
// head-to-head re-applied inside each still-tied subgroup, and the seed as the last resort.
class StandingsCalculator
{
public:
    // Rows ordered by group, then placement (undecided last), then seed.
    static std::vector<StandingRow> compute(const Phase &phase, const std::set<EntrantId> &disqualified);
};

} // namespace omnium::engine
