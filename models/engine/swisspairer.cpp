// SPDX-License-Identifier: GPL-3.0-or-later
#include "swisspairer.h"

#include "standingscalculator.h"
#include "weightedmatching.h"

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

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

int SwissPairer::plannedRounds(const Phase &phase)
{
    if (phase.config.advanceOutMode())
        return phase.config.advanceWins + phase.config.eliminateLosses - 1;
    if (phase.config.swissRounds > 0)
        return phase.config.swissRounds;
    int rounds = 0;
    while ((std::size_t(1) << rounds) < phase.seeds.size())
        ++rounds;
    return std::max(rounds, 1);
}

bool SwissPairer::finished(const Phase &phase, const std::set<EntrantId> &disqualified)
{
    if (!phase.config.advanceOutMode())
        return lastRound(phase) >= plannedRounds(phase);
    const auto rows = StandingsCalculator::compute(phase, disqualified);
    for (const StandingRow &row : rows) {
        if (!row.disqualified && row.wins < phase.config.advanceWins && row.losses < phase.config.eliminateLosses)
            return false;
    }
    return true;
}

std::vector<Match> SwissPairer::pairNextRound(
    const Phase &phase, const std::set<EntrantId> &disqualified, int phaseIndex, MatchId &nextId)
{
    const PhaseConfig &config = phase.config;
    const int round = lastRound(phase) + 1;
    const auto rows = StandingsCalculator::compute(phase, disqualified); // in ranking order
    std::vector<const StandingRow *> active;
    for (const StandingRow &row : rows) {
        if (row.disqualified)
            continue;
        if (config.advanceOutMode() && (row.wins >= config.advanceWins || row.losses >= config.eliminateLosses))
            continue;
        active.push_back(&row);
    }
    // Who met whom, by seed (entrant ids are arbitrary 64-bit values).
    const std::size_t seeds = phase.seeds.size();
    std::unordered_map<EntrantId, std::size_t> seedIndex;
    for (std::size_t k = 0; k < seeds; ++k)
        seedIndex[phase.seeds[k]] = k;
    std::vector<bool> played(seeds * seeds);
    std::unordered_set<EntrantId> hadBye;
    for (const Match &match : phase.matches) {
        if (match.isBye()) {
            hadBye.insert((match.slots[0].isEntrant() ? match.slots[0] : match.slots[1]).entrant);
        } else {
            const std::size_t a = seedIndex.at(match.slots[0].entrant), b = seedIndex.at(match.slots[1].entrant);
            played[a * seeds + b] = played[b * seeds + a] = true;
        }
    }

    std::vector<Match> matches;
    auto makeMatch = [&](const StandingRow &a, const StandingRow *b) {
        Match match;
        match.id = nextId++;
        match.phase = phaseIndex;
        match.side = Side::Swiss;
        match.round = round;
        match.position = static_cast<int>(matches.size()) + 1;
        match.slots[0].source = {SlotSource::Kind::Seed, a.seed};
        match.bestOf = config.bestOf;
        if (b) {
            match.slots[1].source = {SlotSource::Kind::Seed, b->seed};
            if (config.advanceOutMode()) {
                for (const StandingRow *row : {&a, b})
                    if (row->wins == config.advanceWins - 1 || row->losses == config.eliminateLosses - 1)
                        match.bestOf = config.deciderBestOf();
            }
        } else {
            match.slots[1].content = Slot::Content::Bye; // source None: given, not derived
        }
        matches.push_back(std::move(match));
    };

    const StandingRow *bye = nullptr;
    if (active.size() % 2 == 1) {
        for (auto it = active.rbegin(); it != active.rend() && !bye; ++it)
            if (!hadBye.contains((*it)->entrant))
                bye = *it;
        if (!bye)
            bye = active.back();
        active.erase(std::find(active.begin(), active.end(), bye));
    }

    const int n = static_cast<int>(active.size());
    // Score in half-wins so that draws stay integers; position inside the score group.
    std::vector<int> score(n), groupStart(n), groupSize(n);
    for (int i = 0; i < n; ++i)
        score[i] = 2 * active[i]->wins + active[i]->draws;
    for (int i = 0; i < n;) {
        int j = i;
        while (j < n && score[j] == score[i])
            ++j;
        for (int k = i; k < j; ++k)
            groupStart[k] = i, groupSize[k] = j - i;
        i = j;
    }
    const bool highLow = config.advanceOutMode();
    auto weight = [&](int i, int j, bool rematch) -> std::int64_t {
        const std::int64_t d = score[i] - score[j];
        std::int64_t inGroup = 0;
        if (d == 0) {
            const int g = groupSize[i];
            const int pi = i - groupStart[i], pj = j - groupStart[j];
            inGroup = highLow ? std::int64_t(pi + pj - (g - 1)) * (pi + pj - (g - 1))
                              : std::int64_t(std::abs(pi - pj) - g / 2) * (std::abs(pi - pj) - g / 2);
        } else {
            inGroup = std::abs(i - j);
        }
        const std::int64_t penalty = d * d * 1'000'000'000LL + inGroup + (rematch ? 1'000'000'000'000'000LL : 0);
        return 4'000'000'000'000'000LL - penalty;
    };
    // Candidate pairs, narrowest first: partners near the ideal one inside the score group and
    // the edges of neighbouring groups; then any pair one win apart; then any pair; and only
    // then rematches. Each stage is tried only if the previous one has no perfect matching,
    // so the common case stays small (1,024 entrants: about 35,000 pairs instead of 520,000).
    constexpr int window = 16;
    auto idealPartner = [&](int i) {
        const int g = groupSize[i], p = i - groupStart[i];
        if (highLow)
            return groupStart[i] + g - 1 - p;
        return groupStart[i] + (p < g / 2 ? p + g / 2 : p - g / 2);
    };
    auto nearEdge = [&](int i, int j) { // j in the next lower group, i in the group above
        return i >= groupStart[i] + groupSize[i] - window && j < groupStart[j] + window;
    };
    std::vector<int> mates;
    for (int attempt = 0; attempt < 4 && n > 0 && mates.empty(); ++attempt) {
        std::vector<omnium::matching::WeightedEdge> edges;
        for (int i = 0; i < n; ++i) {
            for (int j = i + 1; j < n; ++j) {
                const bool rematch
                    = played[std::size_t(active[i]->seed - 1) * seeds + std::size_t(active[j]->seed - 1)];
                if (attempt < 3 && rematch)
                    continue;
                if (attempt < 2 && std::abs(score[i] - score[j]) > 2)
                    continue;
                if (attempt == 0) {
                    const bool sameGroup = groupStart[i] == groupStart[j];
                    const bool adjacent = !sameGroup && groupStart[j] == groupStart[i] + groupSize[i];
                    if (sameGroup ? std::abs(idealPartner(i) - j) > window && std::abs(idealPartner(j) - i) > window
                                  : !(adjacent && nearEdge(i, j)))
                        continue;
                }
                edges.push_back({i, j, weight(i, j, rematch)});
            }
        }
        mates = omnium::matching::maxWeightPerfectMatching(n, edges);
    }
    for (int i = 0; i < n; ++i) {
        if (mates[i] > i)
            makeMatch(*active[i], active[mates[i]]);
    }
    if (bye)
        makeMatch(*bye, nullptr);
    return matches;
}

} // namespace omnium::engine
