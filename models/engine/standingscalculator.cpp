// SPDX-License-Identifier: GPL-3.0-or-later
#include "standingscalculator.h"

#include "lobbybuilder.h"
#include "roundrobinbuilder.h"

#include <algorithm>
#include <climits>
#include <map>
#include <unordered_map>

namespace omnium::engine {

namespace {

struct Tiers {
    int loser = -1; // tier of the entrant eliminated here, -1 if nobody is
    int winner = -1; // tier of the winner when this match ends the phase for them, -1 otherwise
};

// Elimination tiers: a higher tier is a better placement.
Tiers tiersOf(const Phase &phase, const Match &match, int rounds, bool resetPlayed)
{
    const bool doubleElim = phase.config.format == Format::DoubleElimination;
    if (!doubleElim) {
        const bool third = phase.config.thirdPlaceMatch && rounds >= 2;
        if (match.side == Side::ThirdPlace)
            return {2 * rounds - 2, 2 * rounds - 1};
        if (match.round == rounds)
            return {2 * rounds, 2 * rounds + 2};
        if (third && match.round == rounds - 1)
            return {};
        return {2 * match.round, -1};
    }
    const int second = 2 * rounds - 1;
    const int champion = 2 * rounds;
    const int losersRounds = 2 * (rounds - 1);
    const GrandFinalMode mode = phase.config.grandFinal;
    switch (match.side) {
    case Side::Winners:
        if (match.round == rounds && mode == GrandFinalMode::None)
            return rounds == 1 ? Tiers {second, champion} : Tiers {-1, champion};
        return {};
    case Side::Losers:
        if (match.round == losersRounds && mode == GrandFinalMode::None)
            return {match.round, second};
        return {match.round, -1};
    case Side::GrandFinal:
        if (mode == GrandFinalMode::WithReset && resetPlayed)
            return {};
        return {second, champion};
    case Side::GrandFinalReset:
        return {second, champion};
    default:
        return {};
    }
}

struct Record {
    int index = 0;
    StandingRow row;
    std::vector<int> opponents; // indexes, byes excluded
    std::vector<int> earned; // points earned against each opponent
};

void eliminationPlacements(
    const Phase &phase, std::vector<Record> &records, const std::unordered_map<EntrantId, int> &byEntrant)
{
    const int n = static_cast<int>(phase.seeds.size());
    int size = 2, rounds = 1;
    while (size < n)
        size *= 2, ++rounds;
    bool resetPlayed = false;
    for (const Match &match : phase.matches)
        resetPlayed = resetPlayed || (match.side == Side::GrandFinalReset && EventState::isActive(match));
    // Structural counts per tier: byes are decided by the bracket's shape, not by results.
    std::unordered_map<MatchId, int> indexOf;
    std::vector<std::array<bool, 2>> real(phase.matches.size());
    std::map<int, int> perTier;
    for (int i = 0; i < static_cast<int>(phase.matches.size()); ++i) {
        const Match &match = phase.matches[i];
        indexOf[match.id] = i;
        for (int s = 0; s < 2; ++s) {
            const SlotSource &source = match.slots[s].source;
            if (source.kind == SlotSource::Kind::Seed) {
                real[i][s] = source.value <= n;
            } else if (source.kind == SlotSource::Kind::WinnerOf || source.kind == SlotSource::Kind::LoserOf) {
                const auto &from = real[indexOf.at(source.value)];
                real[i][s] = source.kind == SlotSource::Kind::WinnerOf ? (from[0] || from[1]) : (from[0] && from[1]);
            }
        }
        if (match.side == Side::GrandFinalReset)
            continue; // counted once, with the first grand final
        const Tiers tiers = tiersOf(phase, match, rounds, false);
        const int realCount = int(real[i][0]) + int(real[i][1]);
        if (realCount == 2 && tiers.loser >= 0)
            ++perTier[tiers.loser];
        if (realCount >= 1 && tiers.winner >= 0)
            ++perTier[tiers.winner];
    }
    std::unordered_map<EntrantId, int> tierOf;
    for (const Match &match : phase.matches) {
        if (!match.completed() || match.result.winner < 0)
            continue;
        const Tiers tiers = tiersOf(phase, match, rounds, resetPlayed);
        const Slot &winner = match.slots[match.result.winner];
        const Slot &loser = match.slots[1 - match.result.winner];
        if (tiers.loser >= 0 && loser.isEntrant())
            tierOf[loser.entrant] = tiers.loser;
        if (tiers.winner >= 0 && winner.isEntrant())
            tierOf[winner.entrant] = tiers.winner;
    }
    for (const auto &[entrant, tier] : tierOf) {
        int better = 0;
        for (auto it = perTier.upper_bound(tier); it != perTier.end(); ++it)
            better += it->second;
        records[byEntrant.at(entrant)].row.placement = better + 1;
    }
}

double winFraction(const StandingRow &row)
{
    const int played = row.wins + row.draws + row.losses - row.byes;
    if (played <= 0)
        return 0.0;
    return std::max(1.0 / 3.0, (row.wins - row.byes + 0.5 * row.draws) / played);
}

class Ranker
{
public:
    Ranker(const Phase &phase, std::vector<Record> &records)
        : m_phase(phase)
        , m_records(records)
    {
        for (const Match &match : phase.matches) {
            if (!match.completed() || match.isBye() || match.side == Side::Lobby)
                continue;
            const auto &a = match.slots[0], &b = match.slots[1];
            m_results[{a.entrant, b.entrant}].push_back(match.result.winner < 0 ? 1 : match.result.winner == 0 ? 2 : 0);
            m_results[{b.entrant, a.entrant}].push_back(match.result.winner < 0 ? 1 : match.result.winner == 1 ? 2 : 0);
        }
    }

    void order(std::vector<int> &list, int level)
    {
        if (list.size() <= 1)
            return;
        const auto &tiebreaks = m_phase.config.tiebreaks;
        if (level > static_cast<int>(tiebreaks.size())) {
            std::sort(
                list.begin(), list.end(), [&](int x, int y) { return m_records[x].row.seed < m_records[y].row.seed; });
            return;
        }
        std::unordered_map<int, double> key;
        for (int i : list)
            key[i] = value(i, level, list);
        std::stable_sort(list.begin(), list.end(), [&](int x, int y) { return key[x] > key[y]; });
        std::size_t start = 0;
        while (start < list.size()) {
            std::size_t end = start + 1;
            while (end < list.size() && key[list[end]] == key[list[start]])
                ++end;
            if (end - start > 1) {
                std::vector<int> tied(list.begin() + start, list.begin() + end);
                const bool again
                    = level > 0 && tiebreaks[level - 1] == Tiebreak::HeadToHead && tied.size() < list.size();
                order(tied, again ? level : level + 1);
                std::copy(tied.begin(), tied.end(), list.begin() + start);
            }
            start = end;
        }
    }

private:
    const Phase &m_phase;
    std::vector<Record> &m_records;
    std::map<std::pair<EntrantId, EntrantId>, std::vector<int>> m_results; // 2 win, 1 draw, 0 loss

    double value(int i, int level, const std::vector<int> &tied) const
    {
        const Record &record = m_records[i];
        const StandingRow &row = record.row;
        if (level == 0)
            return row.points;
        switch (m_phase.config.tiebreaks[level - 1]) {
        case Tiebreak::HeadToHead: {
            double points = 0;
            for (int j : tied) {
                const auto it = m_results.find({row.entrant, m_records[j].row.entrant});
                if (it == m_results.end())
                    continue;
                for (int outcome : it->second)
                    points += outcome == 2 ? m_phase.config.winPoints
                        : outcome == 1     ? m_phase.config.drawPoints
                                           : m_phase.config.lossPoints;
            }
            return points;
        }
        default:
            return row.tiebreaks[level - 1];
        }
    }
};

} // namespace

std::vector<StandingRow> StandingsCalculator::compute(const Phase &phase, const std::set<EntrantId> &disqualified)
{
    const PhaseConfig &config = phase.config;
    std::vector<Record> records(phase.seeds.size());
    std::unordered_map<EntrantId, int> byEntrant;
    for (int k = 0; k < static_cast<int>(phase.seeds.size()); ++k) {
        records[k].index = k;
        records[k].row.entrant = phase.seeds[k];
        records[k].row.seed = k + 1;
        records[k].row.disqualified = disqualified.contains(phase.seeds[k]);
        byEntrant[phase.seeds[k]] = k;
    }
    if (config.format == Format::RoundRobin) {
        const auto groups = RoundRobinBuilder::snakeGroups(static_cast<int>(phase.seeds.size()), config.groups);
        for (int g = 0; g < static_cast<int>(groups.size()); ++g)
            for (int seed : groups[g])
                records[seed - 1].row.group = g;
    }
    for (const Match &match : phase.matches) {
        if (!match.completed())
            continue;
        if (match.side == Side::Lobby) {
            for (const Game &game : match.result.games) {
                for (std::size_t i = 0; i < game.lobby.size() && i < match.lobby.size(); ++i) {
                    StandingRow &row = records[byEntrant.at(match.lobby[i])].row;
                    ++row.played;
                    row.wins += game.lobby[i].placement == 1;
                    row.kills += game.lobby[i].kills;
                    row.points += LobbyBuilder::points(config, game.lobby[i]);
                }
            }
            continue;
        }
        const auto &a = match.slots[0], &b = match.slots[1];
        if (match.isBye()) {
            if (config.format == Format::Swiss) {
                StandingRow &row = records[byEntrant.at((a.isEntrant() ? a : b).entrant)].row;
                ++row.wins, ++row.byes, row.points += config.winPoints;
            }
            continue;
        }
        Record &ra = records[byEntrant.at(a.entrant)];
        Record &rb = records[byEntrant.at(b.entrant)];
        ++ra.row.played, ++rb.row.played;
        const int winner = match.result.winner;
        for (const Game &game : match.result.games) {
            ra.row.gameWins += game.scores[0] > game.scores[1];
            ra.row.gameLosses += game.scores[1] > game.scores[0];
            rb.row.gameWins += game.scores[1] > game.scores[0];
            rb.row.gameLosses += game.scores[0] > game.scores[1];
        }
        const int pa = winner < 0 ? config.drawPoints : winner == 0 ? config.winPoints : config.lossPoints;
        const int pb = winner < 0 ? config.drawPoints : winner == 1 ? config.winPoints : config.lossPoints;
        ra.row.points += pa, rb.row.points += pb;
        if (winner < 0)
            ++ra.row.draws, ++rb.row.draws;
        else if (winner == 0)
            ++ra.row.wins, ++rb.row.losses;
        else
            ++rb.row.wins, ++ra.row.losses;
        ra.opponents.push_back(rb.index), ra.earned.push_back(pa);
        rb.opponents.push_back(ra.index), rb.earned.push_back(pb);
    }

    if (config.isElimination()) {
        eliminationPlacements(phase, records, byEntrant);
    } else {
        for (Record &record : records) {
            StandingRow &row = record.row;
            for (Tiebreak tiebreak : config.tiebreaks) {
                double value = 0;
                std::vector<double> opponentPoints;
                for (int o : record.opponents)
                    opponentPoints.push_back(records[o].row.points);
                switch (tiebreak) {
                case Tiebreak::MatchWins:
                    value = row.wins;
                    break;
                case Tiebreak::GameDifference:
                    value = row.gameWins - row.gameLosses;
                    break;
                case Tiebreak::HeadToHead:
                    value = 0; // relative to the tied subgroup: computed while ranking
                    break;
                case Tiebreak::Buchholz:
                case Tiebreak::MedianBuchholz: {
                    std::sort(opponentPoints.begin(), opponentPoints.end());
                    std::size_t from = 0, to = opponentPoints.size();
                    if (tiebreak == Tiebreak::MedianBuchholz && opponentPoints.size() >= 3)
                        ++from, --to;
                    for (std::size_t i = from; i < to; ++i)
                        value += opponentPoints[i];
                    break;
                }
                case Tiebreak::SonnebornBerger:
                    for (std::size_t i = 0; i < record.opponents.size(); ++i) {
                        if (record.earned[i] == config.winPoints)
                            value += records[record.opponents[i]].row.points;
                        else if (record.earned[i] == config.drawPoints && config.drawPoints != config.winPoints)
                            value += records[record.opponents[i]].row.points / 2.0;
                    }
                    break;
                case Tiebreak::OpponentMatchWinPercent:
                    for (int o : record.opponents)
                        value += winFraction(records[o].row);
                    value = record.opponents.empty() ? 0.0 : value / record.opponents.size();
                    break;
                case Tiebreak::GameWinPercent:
                    value = row.gameWins + row.gameLosses == 0
                        ? 0.0
                        : double(row.gameWins) / double(row.gameWins + row.gameLosses);
                    break;
                }
                row.tiebreaks.push_back(value);
            }
        }
        Ranker ranker(phase, records);
        const int groups = config.format == Format::RoundRobin ? config.groups : 1;
        for (int g = 0; g < groups; ++g) {
            std::vector<int> list;
            for (const Record &record : records)
                if (record.row.group == g)
                    list.push_back(record.index);
            ranker.order(list, 0);
            for (std::size_t r = 0; r < list.size(); ++r)
                records[list[r]].row.placement = static_cast<int>(r) + 1;
        }
    }

    std::vector<StandingRow> rows;
    rows.reserve(records.size());
    for (Record &record : records)
        rows.push_back(std::move(record.row));
    std::sort(rows.begin(), rows.end(), [](const StandingRow &x, const StandingRow &y) {
        if (x.group != y.group)
            return x.group < y.group;
        const int px = x.placement == 0 ? INT_MAX : x.placement;
        const int py = y.placement == 0 ? INT_MAX : y.placement;
        return px != py ? px < py : x.seed < y.seed;
    });
    return rows;
}

} // namespace omnium::engine
