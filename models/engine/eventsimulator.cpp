// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventsimulator.h"

#include <unordered_map>

namespace omnium::engine {

std::uint64_t EventSimulator::next()
{
    std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

Result EventSimulator::randomResult(const Match &match, bool upperIsA)
{
    const bool upperWins = next() % 3 != 0;
    const int winner = upperWins == upperIsA ? 0 : 1;
    Result result;
    result.winner = winner;
    const int needed = match.bestOf / 2 + 1;
    const int loserWins = static_cast<int>(next() % static_cast<std::uint64_t>(needed));
    // Loser's games first, then the winner's, interleaved by the generator.
    int won = 0, lost = 0;
    while (won < needed) {
        const bool loserTakes = lost < loserWins && (won == needed - 1 || next() % 2 == 0);
        Game game;
        const int margin = 1 + static_cast<int>(next() % 5);
        game.scores[loserTakes ? 1 - winner : winner] = 13;
        game.scores[loserTakes ? winner : 1 - winner] = 13 - margin;
        result.games.push_back(game);
        (loserTakes ? lost : won) += 1;
    }
    return result;
}

Result EventSimulator::randomLobbyResult(const Match &match)
{
    Result result;
    const int n = static_cast<int>(match.lobby.size());
    for (int g = 0; g < match.bestOf; ++g) {
        std::vector<int> places(n);
        for (int i = 0; i < n; ++i)
            places[i] = i + 1;
        for (int i = n - 1; i > 0; --i) // Fisher-Yates with the reproducible generator
            std::swap(places[i], places[static_cast<int>(next() % static_cast<std::uint64_t>(i + 1))]);
        Game game;
        for (int i = 0; i < n; ++i)
            game.lobby.push_back(LobbyScore {places[i], static_cast<int>(next() % 6)});
        result.games.push_back(std::move(game));
    }
    return result;
}

int EventSimulator::playThrough(EventState &event)
{
    int reported = 0;
    std::vector<std::unordered_map<EntrantId, int>> seedOf(event.phases().size());
    for (std::size_t p = 0; p < seedOf.size(); ++p)
        for (std::size_t k = 0; k < event.phases()[p].seeds.size(); ++k)
            seedOf[p][event.phases()[p].seeds[k]] = static_cast<int>(k);
    for (;;) {
        bool progressed = false;
        for (int p = 0; p < static_cast<int>(event.phases().size()); ++p) {
            // Indexes stay valid: reporting never adds matches, only Swiss pairing does.
            const std::size_t count = event.phases()[p].matches.size();
            for (std::size_t i = 0; i < count; ++i) {
                const Match &match = event.phases()[p].matches[i];
                if (match.side == Side::Lobby && !match.completed()) {
                    if (!event.report(match.id, randomLobbyResult(match), {}, nullptr))
                        return -1;
                    ++reported;
                    progressed = true;
                    continue;
                }
                if (match.completed() || !match.slots[0].isEntrant() || !match.slots[1].isEntrant())
                    continue;
                const Result result
                    = randomResult(match, seedOf[p].at(match.slots[0].entrant) < seedOf[p].at(match.slots[1].entrant));
                if (!event.report(match.id, result, {}, nullptr))
                    return -1;
                ++reported;
                progressed = true;
            }
            if (!event.allRoundsStarted(p) && event.startNextRound(p, nullptr))
                progressed = true;
        }
        if (!progressed)
            return reported;
    }
}

} // namespace omnium::engine
