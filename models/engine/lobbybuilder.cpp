// SPDX-License-Identifier: GPL-3.0-or-later
#include "lobbybuilder.h"

#include "standingscalculator.h"

#include <algorithm>

namespace omnium::engine {

namespace {

int lastRound(const Phase &phase)
{
    int round = 0;
    for (const Match &match : phase.matches)
        round = std::max(round, match.round);
    return round;
}

} // namespace

bool LobbyBuilder::finished(const Phase &phase)
{
    return lastRound(phase) >= phase.config.lobbyRounds;
}

int LobbyBuilder::points(const PhaseConfig &config, const LobbyScore &score)
{
    const int place = score.placement - 1;
    const int placePoints
        = place >= 0 && place < static_cast<int>(config.placementPoints.size()) ? config.placementPoints[place] : 0;
    return placePoints + score.kills * config.killPoints;
}

std::vector<Match> LobbyBuilder::nextRound(
    const Phase &phase, const std::set<EntrantId> &disqualified, int phaseIndex, MatchId &nextId)
{
    const int round = lastRound(phase) + 1;
    std::vector<EntrantId> order;
    if (round == 1) {
        order = phase.seeds;
    } else {
        for (const StandingRow &row : StandingsCalculator::compute(phase, disqualified))
            order.push_back(row.entrant);
    }
    std::erase_if(order, [&](EntrantId e) { return disqualified.contains(e); });
    const int n = static_cast<int>(order.size());
    const int size = std::max(2, phase.config.lobbySize);
    const int lobbies = std::max(1, (n + size - 1) / size);
    std::vector<Match> matches(lobbies);
    for (int k = 0; k < n; ++k) {
        const int row = k / lobbies, column = k % lobbies;
        matches[row % 2 == 0 ? column : lobbies - 1 - column].lobby.push_back(order[k]);
    }
    for (int l = 0; l < lobbies; ++l) {
        Match &match = matches[l];
        match.id = nextId++;
        match.phase = phaseIndex;
        match.side = Side::Lobby;
        match.round = round;
        match.position = l + 1;
        match.bestOf = phase.config.bestOf;
    }
    return matches;
}

} // namespace omnium::engine
