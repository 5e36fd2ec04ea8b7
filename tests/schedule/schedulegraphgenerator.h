// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "schedule/schedulematch.h"

#include <QList>

#include <algorithm>
#include <vector>

// Tiny stand-in for the bracket engine in scheduling tests and benchmarks: only the dependency
// structure of a double elimination and of a Swiss stage, no standings or seeding rules.
class ScheduleGraphGenerator
{
public:
    // Double elimination for `entrants` (a power of two) players `firstPlayer`…; winners bracket,
    // losers bracket and one grand final (no reset). Round = depth in the graph, so matches that
    // can be played at the same time share a round. The last `bestOf5Rounds` rounds are Bo5.
    static QList<ScheduleMatch> doubleElimination(
        qint64 eventId, qint64 firstMatchId, int entrants, qint64 firstPlayer, int bestOf5Rounds = 0)
    {
        QList<ScheduleMatch> out;
        qint64 nextId = firstMatchId;
        const auto add = [&](ScheduleFeeder a, ScheduleFeeder b, QList<qint64> sideA = {}, QList<qint64> sideB = {}) {
            ScheduleMatch m;
            m.id = nextId++;
            m.eventId = eventId;
            m.bracketOrder = int(out.size());
            m.feeders[0] = a;
            m.feeders[1] = b;
            m.sides[0] = sideA;
            m.sides[1] = sideB;
            int depth = 0;
            for (const ScheduleFeeder &f : m.feeders)
                if (f.matchId)
                    depth = std::max(depth, out[f.matchId - firstMatchId].round);
            m.round = depth + 1;
            out.append(m);
            return m.id;
        };
        const auto W = [](qint64 id) { return ScheduleFeeder {ScheduleFeeder::Kind::Winner, id}; };
        const auto L = [](qint64 id) { return ScheduleFeeder {ScheduleFeeder::Kind::Loser, id}; };

        std::vector<std::vector<qint64>> winners(1);
        for (int i = 0; i < entrants / 2; ++i)
            winners[0].push_back(add({}, {}, {firstPlayer + 2 * i}, {firstPlayer + 2 * i + 1}));
        while (winners.back().size() > 1) {
            const auto &prev = winners.back();
            std::vector<qint64> round;
            for (size_t k = 0; k + 1 < prev.size(); k += 2)
                round.push_back(add(W(prev[k]), W(prev[k + 1])));
            winners.push_back(round);
        }
        std::vector<qint64> losers;
        for (size_t k = 0; k + 1 < winners[0].size(); k += 2)
            losers.push_back(add(L(winners[0][k]), L(winners[0][k + 1])));
        for (size_t w = 1; w < winners.size(); ++w) {
            std::vector<qint64> drop;
            for (size_t k = 0; k < losers.size(); ++k)
                drop.push_back(add(W(losers[k]), L(winners[w][k])));
            losers = drop;
            if (losers.size() > 1) {
                std::vector<qint64> merge;
                for (size_t k = 0; k + 1 < losers.size(); k += 2)
                    merge.push_back(add(W(losers[k]), W(losers[k + 1])));
                losers = merge;
            }
        }
        add(W(winners.back()[0]), W(losers[0]));
        const int lastRound = out.back().round;
        for (ScheduleMatch &m : out)
            m.bestOf = m.round > lastRound - bestOf5Rounds ? 5 : 3;
        return out;
    }

    // A Swiss stage: `rounds` rounds of entrants/2 matches, no feeders (the engine pairs round
    // k+1 from the standings); round 1 pairs players firstPlayer… in order.
    static QList<ScheduleMatch> swiss(qint64 eventId, qint64 firstMatchId, int entrants, int rounds, qint64 firstPlayer)
    {
        QList<ScheduleMatch> out;
        for (int r = 1; r <= rounds; ++r) {
            for (int k = 0; k < entrants / 2; ++k) {
                ScheduleMatch m;
                m.id = firstMatchId + out.size();
                m.eventId = eventId;
                m.round = r;
                m.bracketOrder = int(out.size());
                if (r == 1) {
                    m.sides[0] = {firstPlayer + 2 * k};
                    m.sides[1] = {firstPlayer + 2 * k + 1};
                }
                out.append(m);
            }
        }
        return out;
    }
};
