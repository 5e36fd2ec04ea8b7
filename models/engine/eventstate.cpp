// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventstate.h"

#include "eliminationbuilder.h"
#include "lobbybuilder.h"
#include "roundrobinbuilder.h"
#include "standingscalculator.h"
#include "swisspairer.h"

#include <algorithm>
#include <map>
#include <tuple>
#include <unordered_set>

namespace omnium::engine {

namespace {

bool sameOccupant(const Slot &a, const Slot &b)
{
    return a.content == b.content && a.entrant == b.entrant;
}

std::string idList(const std::vector<MatchId> &ids)
{
    std::string text;
    for (MatchId id : ids) {
        if (!text.empty())
            text += ", ";
        text += std::to_string(id);
    }
    return text.empty() ? std::string("none") : text;
}

bool fail(std::string *error, std::string message)
{
    if (error)
        *error = std::move(message);
    return false;
}

} // namespace

namespace {

std::optional<std::string> checkConfig(const PhaseConfig &config, int n)
{
    if (n < 2)
        return "a phase needs at least 2 entrants, got " + std::to_string(n);
    if (config.format == Format::FreeForAll) {
        if (config.lobbySize < 2 || config.lobbyRounds < 1 || config.bestOf < 1)
            return std::string("free-for-all needs a lobby size >= 2, rounds >= 1 and games >= 1");
        return std::nullopt;
    }
    if (config.bestOf < 1 || config.bestOf % 2 == 0 || config.finalsBestOf < 0
        || (config.finalsBestOf > 0 && config.finalsBestOf % 2 == 0))
        return std::string("best-of must be a positive odd number");
    if (config.format == Format::RoundRobin && (config.groups < 1 || n < 2 * config.groups))
        return "groups must be between 1 and " + std::to_string(n / 2) + ", got " + std::to_string(config.groups);
    if (config.format == Format::Swiss
        && (config.swissRounds < 0 || config.advanceWins < 0 || config.eliminateLosses < 0
            || (config.advanceWins > 0) != (config.eliminateLosses > 0)))
        return std::string("Swiss needs rounds >= 0, or both advance-wins and out-losses > 0");
    return std::nullopt;
}

} // namespace

std::optional<EventState> EventState::create(
    const PhaseConfig &config, const std::vector<EntrantId> &entrants, std::string *error, MatchId firstMatchId)
{
    if (std::unordered_set<EntrantId>(entrants.begin(), entrants.end()).size() != entrants.size())
        return fail(error, "entrant ids must be distinct"), std::nullopt;
    EventState state;
    state.m_nextMatchId = firstMatchId;
    Phase phase;
    phase.config = config;
    phase.seeds = entrants;
    state.m_phases.push_back(std::move(phase));
    if (!state.buildPhase(0, error))
        return std::nullopt;
    return state;
}

bool EventState::buildPhase(int index, std::string *error)
{
    const Phase &phase = m_phases[index];
    const PhaseConfig &config = phase.config;
    const int n = static_cast<int>(phase.seeds.size());
    if (const auto problem = checkConfig(config, n))
        return fail(error, *problem);
    m_consumers.resize(m_phases.size());
    std::vector<Match> matches;
    switch (config.format) {
    case Format::SingleElimination:
    case Format::DoubleElimination:
        matches = EliminationBuilder::build(config, n, index, m_nextMatchId);
        break;
    case Format::RoundRobin:
        matches = RoundRobinBuilder::build(config, n, index, m_nextMatchId);
        break;
    case Format::Swiss:
    case Format::FreeForAll:
        break;
    }
    addMatches(index, std::move(matches));
    if (config.format == Format::Swiss || config.format == Format::FreeForAll)
        return startNextRound(index, error);
    return true;
}

std::vector<EntrantId> EventState::qualifiers(
    const Phase &previous, const std::set<EntrantId> &disqualified, const PhaseConfig &next, int perGroup)
{
    // By placement within the group, then by group: A1 B1 C1 … A2 B2 C2 …
    const auto rows = StandingsCalculator::compute(previous, disqualified);
    std::map<int, std::vector<const StandingRow *>> byGroup;
    for (const StandingRow &row : rows)
        if (!row.disqualified && row.placement > 0)
            byGroup[row.group].push_back(&row);
    std::vector<std::vector<std::pair<EntrantId, int>>> tiers(perGroup); // (entrant, group)
    for (auto &[group, list] : byGroup)
        for (int r = 0; r < perGroup && r < static_cast<int>(list.size()); ++r)
            tiers[r].emplace_back(list[r]->entrant, group);
    std::vector<std::pair<EntrantId, int>> seeded;
    for (const auto &tier : tiers)
        seeded.insert(seeded.end(), tier.begin(), tier.end());
    if (next.isElimination() && byGroup.size() > 1) {
        // Bracket position of each seed; two positions meet in the round of their highest differing bit.
        const int size = EliminationBuilder::bracketSize(static_cast<int>(seeded.size()));
        const auto order = EliminationBuilder::seedOrder(size);
        std::vector<int> position(size + 1);
        for (int p = 0; p < size; ++p)
            position[order[p]] = p;
        auto cost = [&] {
            std::int64_t total = 0;
            for (std::size_t a = 0; a < seeded.size(); ++a)
                for (std::size_t b = a + 1; b < seeded.size(); ++b)
                    if (seeded[a].second == seeded[b].second) {
                        const int x = position[a + 1] ^ position[b + 1];
                        int round = 0;
                        while ((1 << round) <= x)
                            ++round;
                        total += std::int64_t(1) << (2 * (20 - std::min(round, 20)));
                    }
            return total;
        };
        // Swap equally placed qualifiers while it pushes same-group meetings later.
        std::int64_t best = cost();
        // Lowest tiers first, so that group winners keep their seeds when runners-up can move instead.
        std::vector<std::size_t> starts;
        for (std::size_t t = 0, start = 0; t < tiers.size(); start += tiers[t].size(), ++t)
            starts.push_back(start);
        for (bool improved = true; improved;) {
            improved = false;
            for (std::size_t t = tiers.size(); t-- > 0;) {
                const std::size_t start = starts[t], end = start + tiers[t].size();
                for (std::size_t a = start; a < end; ++a) {
                    for (std::size_t b = a + 1; b < end; ++b) {
                        std::swap(seeded[a], seeded[b]);
                        const std::int64_t c = cost();
                        if (c < best) {
                            best = c;
                            improved = true;
                        } else {
                            std::swap(seeded[a], seeded[b]);
                        }
                    }
                }
            }
        }
    }
    std::vector<EntrantId> seeds;
    for (const auto &[entrant, group] : seeded)
        seeds.push_back(entrant);
    return seeds;
}

bool EventState::addPhase(const PhaseConfig &config, int qualifiersPerGroup, std::string *error)
{
    const int last = static_cast<int>(m_phases.size()) - 1;
    if (!phaseComplete(last))
        return fail(error, "phase " + std::to_string(last + 1) + " is not complete");
    if (qualifiersPerGroup < 1)
        return fail(error, "at least 1 entrant per group must advance, got " + std::to_string(qualifiersPerGroup));
    EventState next = *this;
    Phase phase;
    phase.config = config;
    phase.seeds = qualifiers(m_phases[last], m_disqualified, config, qualifiersPerGroup);
    phase.qualifiersPerGroup = qualifiersPerGroup;
    next.m_phases.push_back(std::move(phase));
    if (!next.buildPhase(last + 1, error))
        return false;
    *this = std::move(next);
    return true;
}

std::optional<EventState> EventState::fromParts(
    std::vector<Phase> phases, std::set<EntrantId> disqualified, MatchId nextMatchId, std::string *error)
{
    EventState state;
    state.m_phases = std::move(phases);
    state.m_disqualified = std::move(disqualified);
    state.m_nextMatchId = nextMatchId;
    std::unordered_set<MatchId> seen;
    for (std::size_t p = 0; p < state.m_phases.size(); ++p) {
        for (const Match &match : state.m_phases[p].matches) {
            if (!seen.insert(match.id).second)
                return fail(error, "match " + std::to_string(match.id) + " appears twice"), std::nullopt;
            if (match.id >= nextMatchId)
                return fail(error, "match " + std::to_string(match.id) + " is not below nextMatchId"), std::nullopt;
            for (const Slot &slot : match.slots) {
                if (slot.source.kind == SlotSource::Kind::WinnerOf || slot.source.kind == SlotSource::Kind::LoserOf) {
                    if (!seen.contains(slot.source.value))
                        return fail(error,
                                   "match " + std::to_string(match.id) + " takes its slot from match "
                                       + std::to_string(slot.source.value) + ", which does not come before it"),
                               std::nullopt;
                }
                if (slot.source.kind == SlotSource::Kind::Seed
                    && (slot.source.value < 1
                        || (!state.m_phases[p].config.isElimination()
                            && slot.source.value > std::ssize(state.m_phases[p].seeds))))
                    return fail(error,
                               "match " + std::to_string(match.id) + " has a bad seed "
                                   + std::to_string(slot.source.value)),
                           std::nullopt;
            }
        }
    }
    state.rebuildIndexes();
    // Every slot must follow from its source given the stored results.
    for (std::size_t p = 0; p < state.m_phases.size(); ++p) {
        for (const Match &match : state.m_phases[p].matches) {
            for (int s = 0; s < 2; ++s) {
                if (!sameOccupant(state.resolve(static_cast<int>(p), match, s), match.slots[s]))
                    return fail(error,
                               "match " + std::to_string(match.id) + " slot " + std::to_string(s + 1)
                                   + " does not follow from its source"),
                           std::nullopt;
            }
            if (match.completed() && !match.isBye()) {
                if (const auto problem = state.validate(state.m_phases[p], match, match.result))
                    return fail(error, "match " + std::to_string(match.id) + ": " + *problem), std::nullopt;
            }
        }
    }
    return state;
}

const Match *EventState::match(MatchId id) const
{
    const auto it = m_locations.find(id);
    if (it == m_locations.end())
        return nullptr;
    return &m_phases[it->second.phase].matches[it->second.index];
}

std::optional<EventState::Location> EventState::locate(MatchId id) const
{
    const auto it = m_locations.find(id);
    return it == m_locations.end() ? std::nullopt : std::optional(it->second);
}

bool EventState::isActive(const Match &match)
{
    return match.side != Side::GrandFinalReset || match.slots[0].content != Slot::Content::Empty;
}

void EventState::rebuildIndexes()
{
    m_locations.clear();
    m_consumers.assign(m_phases.size(), {});
    for (int p = 0; p < static_cast<int>(m_phases.size()); ++p) {
        auto &matches = m_phases[p].matches;
        m_consumers[p].assign(matches.size(), {});
        for (int i = 0; i < static_cast<int>(matches.size()); ++i)
            m_locations[matches[i].id] = {p, i};
        for (int i = 0; i < static_cast<int>(matches.size()); ++i) {
            for (const Slot &slot : matches[i].slots) {
                if (slot.source.kind == SlotSource::Kind::WinnerOf || slot.source.kind == SlotSource::Kind::LoserOf) {
                    auto &list = m_consumers[p][m_locations.at(slot.source.value).index];
                    if (list.empty() || list.back() != i)
                        list.push_back(i);
                }
            }
        }
    }
}

void EventState::addMatches(int phase, std::vector<Match> matches)
{
    auto &target = m_phases[phase].matches;
    const int first = static_cast<int>(target.size());
    m_locations.reserve(m_locations.size() + matches.size());
    if (target.empty()) {
        target = std::move(matches); // a new phase: thousands of matches, not moved one by one
    } else {
        target.reserve(target.size() + matches.size());
        for (Match &match : matches)
            target.push_back(std::move(match));
    }
    m_consumers[phase].resize(target.size());
    for (int i = first; i < static_cast<int>(target.size()); ++i) {
        Match &match = target[i];
        m_locations[match.id] = {phase, i};
        for (const Slot &slot : match.slots) {
            if (slot.source.kind == SlotSource::Kind::WinnerOf || slot.source.kind == SlotSource::Kind::LoserOf) {
                auto &list = m_consumers[phase][m_locations.at(slot.source.value).index];
                if (list.empty() || list.back() != i)
                    list.push_back(i);
            }
        }
        for (int s = 0; s < 2; ++s) {
            const Slot resolved = resolve(phase, match, s);
            match.slots[s].content = resolved.content;
            match.slots[s].entrant = resolved.entrant;
        }
        if (!match.completed())
            evaluate(match);
    }
}

Slot EventState::resolve(int phase, const Match &match, int slot) const
{
    const SlotSource &source = match.slots[slot].source;
    Slot resolved = match.slots[slot];
    resolved.content = Slot::Content::Empty;
    resolved.entrant = 0;
    switch (source.kind) {
    case SlotSource::Kind::None:
        return match.slots[slot]; // set directly (a Swiss bye)
    case SlotSource::Kind::Seed: {
        const auto &seeds = m_phases[phase].seeds;
        if (source.value <= std::ssize(seeds)) {
            resolved.content = Slot::Content::Entrant;
            resolved.entrant = seeds[source.value - 1];
        } else {
            resolved.content = Slot::Content::Bye;
        }
        return resolved;
    }
    case SlotSource::Kind::WinnerOf:
    case SlotSource::Kind::LoserOf: {
        const Match &from = m_phases[phase].matches[m_locations.at(source.value).index];
        if (!from.completed() || from.result.winner < 0)
            return resolved;
        int winner = from.result.winner;
        if (match.side == Side::GrandFinalReset) {
            if (winner != 1)
                return resolved; // the winners-side finalist won: no reset
        }
        if (from.slots[0].content == Slot::Content::Bye && from.slots[1].content == Slot::Content::Bye) {
            resolved.content = Slot::Content::Bye;
            return resolved;
        }
        const Slot &taken = from.slots[source.kind == SlotSource::Kind::WinnerOf ? winner : 1 - winner];
        resolved.content = taken.content;
        resolved.entrant = taken.entrant;
        return resolved;
    }
    }
    return resolved;
}

void EventState::evaluate(Match &match) const
{
    if (match.side == Side::Lobby) {
        if (match.state == MatchState::Pending)
            match.state = MatchState::Ready;
        return;
    }
    const Slot &a = match.slots[0];
    const Slot &b = match.slots[1];
    if (a.content == Slot::Content::Empty || b.content == Slot::Content::Empty) {
        match.state = MatchState::Pending;
        return;
    }
    if (match.isBye()) {
        match.state = MatchState::Completed;
        match.result = Result {ResultKind::Normal, b.content == Slot::Content::Bye ? 0 : 1, {}};
        return;
    }
    const bool aOut = m_disqualified.contains(a.entrant);
    const bool bOut = m_disqualified.contains(b.entrant);
    if (aOut || bOut) {
        match.state = MatchState::Completed;
        match.result = Result {ResultKind::Disqualification, aOut ? 1 : 0, {}};
        if (aOut && bOut)
            match.result.winner = 0; // both gone: the upper slot advances, and forfeits its next match too
        return;
    }
    if (match.state == MatchState::Pending)
        match.state = MatchState::Ready;
}

void EventState::propagate(int phase, int index, std::vector<MatchId> *resets)
{
    auto &matches = m_phases[phase].matches;
    const auto &consumers = m_consumers[phase];
    std::vector<int> work(consumers[index].rbegin(), consumers[index].rend());
    while (!work.empty()) {
        const int c = work.back();
        work.pop_back();
        Match &match = matches[c];
        const Slot a = resolve(phase, match, 0);
        const Slot b = resolve(phase, match, 1);
        if (sameOccupant(a, match.slots[0]) && sameOccupant(b, match.slots[1]))
            continue;
        const bool played = (match.completed() && !match.isBye()) || match.state == MatchState::Called
            || match.state == MatchState::InProgress;
        if (played && resets)
            resets->push_back(match.id);
        match.slots[0] = a;
        match.slots[1] = b;
        match.result = Result {};
        match.state = MatchState::Pending;
        ++match.version;
        evaluate(match);
        for (auto it = consumers[c].rbegin(); it != consumers[c].rend(); ++it)
            work.push_back(*it);
    }
}

std::optional<std::string> EventState::validate(const Phase &phase, const Match &match, const Result &result) const
{
    if (match.side == Side::Lobby) {
        if (result.kind != ResultKind::Normal)
            return std::string("a lobby result is the games' placements and kills");
        if (std::ssize(result.games) != match.bestOf)
            return "a lobby plays " + std::to_string(match.bestOf) + " game(s), got "
                + std::to_string(result.games.size());
        for (std::size_t g = 0; g < result.games.size(); ++g) {
            const auto &scores = result.games[g].lobby;
            if (scores.size() != match.lobby.size())
                return "game " + std::to_string(g + 1) + " needs a placement for each of the "
                    + std::to_string(match.lobby.size()) + " lobby entrants";
            std::vector<bool> seen(scores.size() + 1);
            for (const LobbyScore &score : scores) {
                if (score.placement < 1 || score.placement > std::ssize(scores) || seen[score.placement])
                    return "game " + std::to_string(g + 1) + ": placements must be 1.." + std::to_string(scores.size())
                        + ", each once";
                if (score.kills < 0)
                    return "game " + std::to_string(g + 1) + ": kills cannot be negative";
                seen[score.placement] = true;
            }
        }
        return std::nullopt;
    }
    if (!match.slots[0].isEntrant() || !match.slots[1].isEntrant())
        return std::string("the match does not have two entrants yet");
    if (result.winner < -1 || result.winner > 1)
        return std::string("winner must be slot 1 or 2");
    if (result.kind != ResultKind::Normal && result.winner < 0)
        return std::string("a forfeit, no-show or disqualification needs the winning slot");
    if (result.winner < 0 && !phase.config.allowsDraws())
        return std::string("this format has no draws: give a winner");
    const int needed = match.bestOf / 2 + 1;
    std::array<int, 2> wins {0, 0};
    for (const Game &game : result.games) {
        if (game.scores[0] < 0 || game.scores[1] < 0)
            return std::string("game scores cannot be negative");
        if (game.scores[0] > game.scores[1])
            ++wins[0];
        else if (game.scores[1] > game.scores[0])
            ++wins[1];
    }
    if (std::ssize(result.games) > match.bestOf)
        return "more games than a best-of-" + std::to_string(match.bestOf) + " allows";
    if (result.kind == ResultKind::Normal && !result.games.empty()) {
        if (result.winner >= 0) {
            const int w = result.winner;
            if (wins[w] != needed || wins[1 - w] >= needed)
                return "the winner must win exactly " + std::to_string(needed) + " game(s) of a best-of-"
                    + std::to_string(match.bestOf);
        } else if (wins[0] != wins[1]) {
            return std::string("a draw needs as many games won on each side");
        }
    }
    return std::nullopt;
}

bool EventState::apply(MatchId id, const Result &given, std::vector<MatchId> *resets, std::string *error)
{
    const auto it = m_locations.find(id);
    if (it == m_locations.end())
        return fail(error, "no match " + std::to_string(id));
    const auto [phase, index] = it->second;
    Match &match = m_phases[phase].matches[index];
    Result result = given;
    if (match.side == Side::Lobby) {
        if (const auto problem = validate(m_phases[phase], match, result))
            return fail(error, "match " + std::to_string(id) + ": " + *problem);
        match.result = result;
        match.result.winner = -1;
        match.state = MatchState::Completed;
        ++match.version;
        return true;
    }
    if (result.kind == ResultKind::Normal && result.winner < 0 && !result.games.empty()) {
        // Winner from the games when not given.
        const int needed = match.bestOf / 2 + 1;
        std::array<int, 2> wins {0, 0};
        for (const Game &game : result.games)
            wins[0] += game.scores[0] > game.scores[1], wins[1] += game.scores[1] > game.scores[0];
        if (wins[0] >= needed)
            result.winner = 0;
        else if (wins[1] >= needed)
            result.winner = 1;
    }
    if (const auto problem = validate(m_phases[phase], match, result))
        return fail(error, "match " + std::to_string(id) + ": " + *problem);
    if (!EventState::isActive(match))
        return fail(error, "match " + std::to_string(id) + " is a grand-final reset that is not needed");
    // A corrected disqualification gives the entrant back its remaining matches.
    if (match.completed() && match.result.kind == ResultKind::Disqualification && result.winner != -1) {
        const EntrantId before = match.slots[1 - match.result.winner].entrant;
        if (result.kind != ResultKind::Disqualification || match.slots[1 - result.winner].entrant != before)
            m_disqualified.erase(before);
    }
    match.result = result;
    match.state = MatchState::Completed;
    ++match.version;
    propagate(phase, index, resets);
    if (result.kind == ResultKind::Disqualification) {
        const EntrantId out = match.slots[1 - result.winner].entrant;
        if (m_disqualified.insert(out).second)
            forfeitRemaining(out, resets);
    }
    return true;
}

void EventState::forfeitRemaining(EntrantId entrant, std::vector<MatchId> *resets)
{
    for (int p = 0; p < static_cast<int>(m_phases.size()); ++p) {
        auto &matches = m_phases[p].matches;
        for (int i = 0; i < static_cast<int>(matches.size()); ++i) {
            Match &match = matches[i];
            if (match.completed())
                continue;
            if ((match.slots[0].isEntrant() && match.slots[0].entrant == entrant)
                || (match.slots[1].isEntrant() && match.slots[1].entrant == entrant)) {
                evaluate(match);
                if (match.completed()) {
                    ++match.version;
                    propagate(p, i, resets);
                }
            }
        }
    }
}

std::optional<std::vector<MatchId>> EventState::correctionImpact(
    MatchId id, const Result &result, std::string *error) const
{
    EventState copy = *this;
    std::vector<MatchId> resets;
    if (!copy.apply(id, result, &resets, error))
        return std::nullopt;
    std::sort(resets.begin(), resets.end(), [this](MatchId a, MatchId b) {
        const Location la = m_locations.at(a), lb = m_locations.at(b);
        return std::tie(la.phase, la.index) < std::tie(lb.phase, lb.index);
    });
    return resets;
}

bool EventState::report(
    MatchId id, const Result &result, const std::vector<MatchId> &confirmedResets, std::string *error)
{
    const Match *existing = match(id);
    if (!existing)
        return fail(error, "no match " + std::to_string(id));
    if (!existing->completed()) {
        if (!confirmedResets.empty())
            return fail(error, "match " + std::to_string(id) + " has no result yet: nothing to reset");
        std::vector<MatchId> resets;
        return apply(id, result, &resets, error);
    }
    if (existing->isBye())
        return fail(error, "match " + std::to_string(id) + " is a bye");
    EventState copy = *this;
    std::vector<MatchId> resets;
    if (!copy.apply(id, result, &resets, error))
        return false;
    auto wanted = resets;
    auto confirmed = confirmedResets;
    std::sort(wanted.begin(), wanted.end());
    std::sort(confirmed.begin(), confirmed.end());
    if (wanted != confirmed)
        return fail(error,
            "correcting match " + std::to_string(id) + " resets matches " + idList(resets)
                + "; confirm exactly that list (given: " + idList(confirmedResets) + ")");
    *this = std::move(copy);
    return true;
}

bool EventState::setState(MatchId id, MatchState state, std::string *error)
{
    const auto it = m_locations.find(id);
    if (it == m_locations.end())
        return fail(error, "no match " + std::to_string(id));
    Match &match = m_phases[it->second.phase].matches[it->second.index];
    if (match.completed())
        return fail(error, "match " + std::to_string(id) + " is completed: report a correction instead");
    if (match.state == MatchState::Pending)
        return fail(error, "match " + std::to_string(id) + " does not have two entrants yet");
    if (state == MatchState::Pending || state == MatchState::Completed)
        return fail(error, "a match becomes pending or completed through results only");
    if (match.state != state) {
        match.state = state;
        ++match.version;
    }
    return true;
}

bool EventState::disqualify(EntrantId entrant, std::string *error)
{
    bool known = false;
    for (const Phase &phase : m_phases)
        known = known || std::find(phase.seeds.begin(), phase.seeds.end(), entrant) != phase.seeds.end();
    if (!known)
        return fail(error, "no entrant " + std::to_string(entrant));
    if (m_disqualified.insert(entrant).second)
        forfeitRemaining(entrant, nullptr);
    return true;
}

bool EventState::allRoundsStarted(int phase) const
{
    const Phase &target = m_phases[phase];
    if (target.config.format == Format::FreeForAll)
        return LobbyBuilder::finished(target);
    return target.config.format != Format::Swiss || SwissPairer::finished(target, m_disqualified);
}

bool EventState::startNextRound(int phase, std::string *error)
{
    Phase &target = m_phases[phase];
    if (target.config.format != Format::Swiss && target.config.format != Format::FreeForAll)
        return fail(error, "phase " + std::to_string(phase + 1) + " has no rounds to start");
    for (const Match &match : target.matches) {
        if (!match.completed())
            return fail(error,
                "round " + std::to_string(match.round) + " is not complete (match " + std::to_string(match.id) + ")");
    }
    if (allRoundsStarted(phase))
        return fail(error, "every round of phase " + std::to_string(phase + 1) + " has been played");
    auto matches = target.config.format == Format::Swiss
        ? SwissPairer::pairNextRound(target, m_disqualified, phase, m_nextMatchId)
        : LobbyBuilder::nextRound(target, m_disqualified, phase, m_nextMatchId);
    addMatches(phase, std::move(matches));
    return true;
}

bool EventState::phaseComplete(int phase) const
{
    const Phase &target = m_phases[phase];
    for (const Match &match : target.matches) {
        if (!match.completed() && isActive(match))
            return false;
    }
    return allRoundsStarted(phase);
}

} // namespace omnium::engine
