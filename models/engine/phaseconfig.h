// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "match.h"

#include <vector>

namespace omnium::engine {

// Tiebreaks for round robin and Swiss standings, applied in the configured order after points.
enum class Tiebreak : std::uint8_t {
    MatchWins,
    GameDifference,
    HeadToHead, // points among the tied entrants only, re-applied within each still-tied subgroup
    Buchholz,
    MedianBuchholz,
    SonnebornBerger,
    OpponentMatchWinPercent,
    GameWinPercent,
};

// The options of one phase. One struct for every format so that the store keeps one row per
// phase and the CLI maps options one to one; fields a format does not use are ignored.
struct PhaseConfig {
    Format format = Format::DoubleElimination;
    int bestOf = 1;
    int finalsBestOf = 0; // finals (elimination) or deciders (Swiss advance/out); 0 = bestOf
    // Elimination
    bool thirdPlaceMatch = false; // single elimination
    GrandFinalMode grandFinal = GrandFinalMode::WithReset; // double elimination
    // Round robin
    int groups = 1;
    bool doubleRoundRobin = false;
    // Swiss: fixed rounds (0 = ceil(log2 n)), or advance at W wins / out at L losses if both > 0
    int swissRounds = 0;
    int advanceWins = 0;
    int eliminateLosses = 0;
    // Round robin and Swiss points and tiebreaks
    int winPoints = 3;
    int drawPoints = 1;
    int lossPoints = 0;
    std::vector<Tiebreak> tiebreaks {Tiebreak::HeadToHead, Tiebreak::GameDifference};
    // Free-for-all: lobbies of up to lobbySize, bestOf games per lobby (all played), lobbies
    // reshuffled by the standings between rounds; points per placement (1st, 2nd, …; beyond
    // the table 0) plus killPoints per kill.
    int lobbySize = 0;
    int lobbyRounds = 1;
    std::vector<int> placementPoints {12, 9, 7, 5, 4, 3, 2, 1};
    int killPoints = 1;

    bool operator==(const PhaseConfig &) const = default;
    bool isElimination() const { return format == Format::SingleElimination || format == Format::DoubleElimination; }
    bool allowsDraws() const { return format == Format::RoundRobin || format == Format::Swiss; }
    bool advanceOutMode() const { return format == Format::Swiss && advanceWins > 0 && eliminateLosses > 0; }
    int deciderBestOf() const { return finalsBestOf > 0 ? finalsBestOf : bestOf; }
};

const char *tiebreakName(Tiebreak);

} // namespace omnium::engine
