// SPDX-License-Identifier: GPL-3.0-or-later
#include "eliminationbuilder.h"

namespace omnium::engine {

std::vector<int> EliminationBuilder::seedOrder(int size)
{
    std::vector<int> order {1};
    while (static_cast<int>(order.size()) < size) {
        const int next = static_cast<int>(order.size()) * 2;
        std::vector<int> grown;
        grown.reserve(next);
        for (int seed : order) {
            grown.push_back(seed);
            grown.push_back(next + 1 - seed);
        }
        order = std::move(grown);
    }
    return order;
}

int EliminationBuilder::bracketSize(int entrantCount)
{
    int size = 2;
    while (size < entrantCount)
        size *= 2;
    return size;
}

int EliminationBuilder::dropIndex(int k, int i, int count)
{
    const int half = count / 2;
    switch (k % 4) {
    case 1:
        return count - 1 - i; // reverse
    case 2:
        return (i + half) % count; // halves swapped
    case 3:
        return count - 1 - (i + half) % count; // reversed, halves swapped
    default:
        return i; // natural
    }
}

namespace {

Match makeMatch(MatchId &nextId, int phase, Side side, int round, int position, SlotSource a, SlotSource b, int bestOf)
{
    Match match;
    match.id = nextId++;
    match.phase = phase;
    match.side = side;
    match.round = round;
    match.position = position;
    match.slots[0].source = a;
    match.slots[1].source = b;
    match.bestOf = bestOf;
    return match;
}

SlotSource seed(int k)
{
    return {SlotSource::Kind::Seed, k};
}
SlotSource winnerOf(MatchId id)
{
    return {SlotSource::Kind::WinnerOf, id};
}
SlotSource loserOf(MatchId id)
{
    return {SlotSource::Kind::LoserOf, id};
}

} // namespace

std::vector<Match> EliminationBuilder::build(const PhaseConfig &config, int entrantCount, int phase, MatchId &nextId)
{
    const int size = bracketSize(entrantCount);
    int rounds = 0;
    while ((1 << rounds) < size)
        ++rounds;
    const bool doubleElim = config.format == Format::DoubleElimination;
    std::vector<Match> matches;
    matches.reserve(doubleElim ? 2 * size : size);

    // Winners bracket: wb[r-1][i] is the id of round r, position i.
    std::vector<std::vector<MatchId>> wb(rounds);
    const auto order = seedOrder(size);
    for (int r = 1; r <= rounds; ++r) {
        const int count = size >> r;
        const bool final = r == rounds && !doubleElim;
        for (int i = 0; i < count; ++i) {
            const SlotSource a = r == 1 ? seed(order[2 * i]) : winnerOf(wb[r - 2][2 * i]);
            const SlotSource b = r == 1 ? seed(order[2 * i + 1]) : winnerOf(wb[r - 2][2 * i + 1]);
            matches.push_back(makeMatch(
                nextId, phase, Side::Winners, r, i + 1, a, b, final ? config.deciderBestOf() : config.bestOf));
            wb[r - 1].push_back(matches.back().id);
        }
    }
    if (!doubleElim) {
        if (config.thirdPlaceMatch && rounds >= 2)
            matches.push_back(makeMatch(nextId, phase, Side::ThirdPlace, 1, 1, loserOf(wb[rounds - 2][0]),
                loserOf(wb[rounds - 2][1]), config.bestOf));
        return matches;
    }

    // Losers bracket: 2(R-1) rounds; even rounds take the losers dropping from the winners bracket.
    std::vector<MatchId> previous;
    const int losersRounds = 2 * (rounds - 1);
    for (int j = 1; j <= losersRounds; ++j) {
        std::vector<MatchId> current;
        if (j == 1) {
            for (int i = 0; i < size / 4; ++i) {
                matches.push_back(makeMatch(nextId, phase, Side::Losers, j, i + 1, loserOf(wb[0][2 * i]),
                    loserOf(wb[0][2 * i + 1]), config.bestOf));
                current.push_back(matches.back().id);
            }
        } else if (j % 2 == 0) {
            const int k = j / 2;
            const int count = static_cast<int>(previous.size());
            for (int i = 0; i < count; ++i) {
                matches.push_back(makeMatch(nextId, phase, Side::Losers, j, i + 1, winnerOf(previous[i]),
                    loserOf(wb[k][dropIndex(k, i, count)]), config.bestOf));
                current.push_back(matches.back().id);
            }
        } else {
            for (int i = 0; i < static_cast<int>(previous.size()) / 2; ++i) {
                matches.push_back(makeMatch(nextId, phase, Side::Losers, j, i + 1, winnerOf(previous[2 * i]),
                    winnerOf(previous[2 * i + 1]), config.bestOf));
                current.push_back(matches.back().id);
            }
        }
        previous = std::move(current);
    }
    if (config.grandFinal == GrandFinalMode::None)
        return matches;
    const MatchId wbFinal = wb[rounds - 1][0];
    const SlotSource losersChampion = rounds == 1 ? loserOf(wbFinal) : winnerOf(previous[0]);
    matches.push_back(
        makeMatch(nextId, phase, Side::GrandFinal, 1, 1, winnerOf(wbFinal), losersChampion, config.deciderBestOf()));
    const MatchId grandFinal = matches.back().id;
    if (config.grandFinal == GrandFinalMode::WithReset)
        matches.push_back(makeMatch(nextId, phase, Side::GrandFinalReset, 1, 1, loserOf(grandFinal),
            winnerOf(grandFinal), config.deciderBestOf()));
    return matches;
}

} // namespace omnium::engine
