// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "eventstate.h"

#include <set>
#include <vector>

namespace omnium::engine {

// Swiss pairing as one optimisation instead of a greedy walk down the table: every allowed
// pair gets a weight (no rematch >> same score >> order inside the score group), and LEMON's
// maximum-weight perfect matching picks the best pairing, so a rematch-free pairing is found
// whenever one exists. The bye goes to the lowest-ranked entrant without a previous bye, unless
// that forces a rematch: then the bye is one more vertex of the matching, so a bye elsewhere
// that avoids the rematch is found.
// Inside a score group, fixed-round Swiss pairs the top half against the bottom half; the
// "advance at W wins / out at L losses" form pairs highest against lowest (by the phase's
// tiebreaks, Buchholz for the Counter-Strike Major rules), with best-of deciders.
class SwissPairer
{
public:
    static bool finished(const Phase &phase, const std::set<EntrantId> &disqualified);
    static int plannedRounds(const Phase &phase);
    static std::vector<Match> pairNextRound(
        const Phase &phase, const std::set<EntrantId> &disqualified, int phaseIndex, MatchId &nextId);
};

} // namespace omnium::engine
