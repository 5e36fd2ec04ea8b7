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

std::vector<std::vector<int>> EliminationBuilder::dropOrders(int size)
{
    // region[i]: the winners-bracket match of the next round whose entrants the losers-bracket
    // occupant at position i has already met. The drop order of each round is the first of
    // reverse, halves swapped, reversed with halves swapped and natural (starting one further
    // each round) that never sends a loser to a position that region covers.
    std::vector<std::vector<int>> orders;
    std::vector<int> region;
    for (int count = size / 4; count >= 1; count /= 2) {
        if (region.empty())
            for (int i = 0; i < count; ++i)
                region.push_back(i);
        const int k = static_cast<int>(orders.size()) + 1;
        const int half = count / 2;
        std::vector<int> chosen;
        for (int attempt = 0; attempt < 4 && chosen.empty(); ++attempt) {
            std::vector<int> order(count);
            for (int i = 0; i < count; ++i) {
                switch ((k - 1 + attempt) % 4) {
                case 0:
                    order[i] = count - 1 - i;
                    break;
                case 1:
                    order[i] = (i + half) % count;
                    break;
                case 2:
                    order[i] = count - 1 - (i + half) % count;
                    break;
                default:
                    order[i] = i;
                    break;
                }
            }
            bool clash = false;
            for (int i = 0; i < count && count > 1; ++i)
                clash = clash || order[i] == region[i];
            if (!clash)
                chosen = std::move(order);
        }
        if (chosen.empty()) {
            for (int i = 0; i < count; ++i)
                chosen.push_back(i);
        }
        std::vector<int> next;
        for (int i = 0; i < count / 2; ++i)
            next.push_back(chosen[2 * i] / 2);
        region = std::move(next);
        orders.push_back(std::move(chosen));
    }
    return orders;
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
    const auto orders = dropOrders(size);
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
                    loserOf(wb[k][orders[k - 1][i]]), config.bestOf));
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
