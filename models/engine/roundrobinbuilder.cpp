// SPDX-License-Identifier: GPL-3.0-or-later
#include "roundrobinbuilder.h"

#include <algorithm>

namespace omnium::engine {

std::vector<std::vector<int>> RoundRobinBuilder::snakeGroups(int entrantCount, int groups)
{
    std::vector<std::vector<int>> result(groups);
    for (int k = 0; k < entrantCount; ++k) {
        const int row = k / groups;
        const int column = k % groups;
        result[row % 2 == 0 ? column : groups - 1 - column].push_back(k + 1);
    }
    return result;
}

std::vector<Match> RoundRobinBuilder::build(const PhaseConfig &config, int entrantCount, int phase, MatchId &nextId)
{
    std::vector<Match> matches;
    const auto groups = snakeGroups(entrantCount, config.groups);
    for (int g = 0; g < static_cast<int>(groups.size()); ++g) {
        std::vector<int> circle = groups[g];
        if (circle.size() % 2 == 1)
            circle.push_back(0); // sits out
        const int n = static_cast<int>(circle.size());
        const int cycleRounds = n - 1;
        const int cycles = config.doubleRoundRobin ? 2 : 1;
        for (int cycle = 0; cycle < cycles; ++cycle) {
            std::vector<int> arrangement = circle;
            for (int r = 0; r < cycleRounds; ++r) {
                int position = 0;
                for (int i = 0; i < n / 2; ++i) {
                    int a = arrangement[i];
                    int b = arrangement[n - 1 - i];
                    if (a == 0 || b == 0)
                        continue;
                    // Alternate sides of the fixed entrant; the second cycle swaps every pairing.
                    if ((i == 0 && r % 2 == 1) != (cycle == 1))
                        std::swap(a, b);
                    Match match;
                    match.id = nextId++;
                    match.phase = phase;
                    match.group = g;
                    match.side = Side::RoundRobin;
                    match.round = cycle * cycleRounds + r + 1;
                    match.position = ++position;
                    match.slots[0].source = {SlotSource::Kind::Seed, a};
                    match.slots[1].source = {SlotSource::Kind::Seed, b};
                    match.bestOf = config.bestOf;
                    matches.push_back(std::move(match));
                }
                std::rotate(arrangement.begin() + 1, arrangement.end() - 1, arrangement.end());
            }
        }
    }
    return matches;
}

} // namespace omnium::engine
