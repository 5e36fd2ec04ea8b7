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

// One maximum-weight perfect matching of `rows` (in ranking order). Attempts widen the candidate
// pairs, narrowest first: partners near the ideal one inside the score group and the edges of
// neighbouring groups; then any pair one win apart; then any pair; and only at 3 rematches. The
// caller tries each only if the previous one has no perfect matching, so the common case stays
// small (1,024 entrants: about 35,000 pairs instead of 520,000). With mayHaveBye, one more
// vertex stands for the bye, joined to the rows it allows, preferring the lowest ranked.
// Returns each vertex's mate, or an empty vector.
template<typename Rematch>
std::vector<int> pairTable(const std::vector<const StandingRow *> &rows, int attempt, bool highLow,
    const Rematch &rematch, const std::vector<bool> *mayHaveBye)
{
    const int n = static_cast<int>(rows.size());
    // Score in half-wins so that draws stay integers; position inside the score group.
    std::vector<int> score(n), groupStart(n), groupSize(n);
    for (int i = 0; i < n; ++i)
        score[i] = 2 * rows[i]->wins + rows[i]->draws;
    for (int i = 0; i < n;) {
        int j = i;
        while (j < n && score[j] == score[i])
            ++j;
        for (int k = i; k < j; ++k)
            groupStart[k] = i, groupSize[k] = j - i;
        i = j;
    }
    constexpr std::int64_t scoreStep = 1'000'000'000LL;
    constexpr std::int64_t rematchPenalty = 1'000'000'000'000'000LL;
    constexpr std::int64_t base = 4'000'000'000'000'000LL;
    auto weight = [&](int i, int j, bool isRematch) -> std::int64_t {
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
        return base - (d * d * scoreStep + inGroup + (isRematch ? rematchPenalty : 0));
    };
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
    std::vector<omnium::matching::WeightedEdge> edges;
    for (int i = 0; i < n; ++i) {
        for (int j = i + 1; j < n; ++j) {
            const bool isRematch = rematch(rows[i], rows[j]);
            if (attempt < 3 && isRematch)
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
            edges.push_back({i, j, weight(i, j, isRematch)});
        }
    }
    if (mayHaveBye) {
        // A bye is a win against the weakest possible opponent: it costs like pairing the
        // entrant with the bottom of the table, so the lowest ranked get it first.
        for (int i = 0; i < n; ++i) {
            if ((*mayHaveBye)[std::size_t(i)]) {
                const std::int64_t d = score[i] - score[n - 1];
                edges.push_back({i, n, base - (d * d * scoreStep + (n - 1 - i))});
            }
        }
    }
    return omnium::matching::maxWeightPerfectMatching(mayHaveBye ? n + 1 : n, edges);
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

    // The bye goes to the lowest-ranked entrant without a previous bye, unless that forces a
    // rematch another bye would avoid: then the matching chooses the bye along with the pairs.
    const StandingRow *bye = nullptr;
    std::vector<const StandingRow *> others = active;
    if (active.size() % 2 == 1) {
        for (auto it = active.rbegin(); it != active.rend() && !bye; ++it)
            if (!hadBye.contains((*it)->entrant))
                bye = *it;
        if (!bye)
            bye = active.back();
        others.erase(std::find(others.begin(), others.end(), bye));
    }
    const bool highLow = config.advanceOutMode();
    auto rematch = [&](const StandingRow *a, const StandingRow *b) {
        return played[std::size_t(a->seed - 1) * seeds + std::size_t(b->seed - 1)];
    };
    std::vector<int> mates;
    for (int attempt = 0; attempt < 3 && !others.empty() && mates.empty(); ++attempt)
        mates = pairTable(others, attempt, highLow, rematch, nullptr);
    if (mates.empty() && bye && !others.empty()) {
        std::vector<bool> mayHaveBye(active.size());
        const bool everyoneHadOne
            = std::ranges::all_of(active, [&](auto *row) { return hadBye.contains(row->entrant); });
        for (std::size_t i = 0; i < active.size(); ++i)
            mayHaveBye[i] = everyoneHadOne || !hadBye.contains(active[i]->entrant);
        const auto withBye = pairTable(active, 2, highLow, rematch, &mayHaveBye);
        if (!withBye.empty()) {
            const int byeVertex = static_cast<int>(active.size());
            for (int i = 0; i < byeVertex; ++i) {
                if (withBye[i] == byeVertex)
                    bye = active[i];
                else if (withBye[i] > i)
                    makeMatch(*active[i], active[withBye[i]]);
            }
            makeMatch(*bye, nullptr);
            return matches;
        }
    }
    if (mates.empty() && !others.empty())
        mates = pairTable(others, 3, highLow, rematch, nullptr); // a rematch cannot be avoided
    for (int i = 0; i < static_cast<int>(others.size()); ++i) {
        if (mates[i] > i)
            makeMatch(*others[i], others[mates[i]]);
    }
    if (bye)
        makeMatch(*bye, nullptr);
    return matches;
}

} // namespace omnium::engine
