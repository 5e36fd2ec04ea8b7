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

bool fail(Error *error, ErrorCode code, std::initializer_list<std::int64_t> args = {})
{
    if (error)
        *error = Error {code, args};
    return false;
}

bool fail(Error *error, Error given)
{
    if (error)
        *error = std::move(given);
    return false;
}

} // namespace

namespace { } // namespace

int EventState::largestField(Format format)
{
    switch (format) {
    case Format::SingleElimination:
    case Format::DoubleElimination:
    case Format::FreeForAll:
        return 16'384;
    case Format::RoundRobin:
        return 1'024;
    case Format::Swiss:
        return 4'096;
    }
    return 0;
}

std::optional<Error> EventState::checkOptions(const PhaseConfig &config, int n)
{
    if (n < 2)
        return Error {ErrorCode::TooFewEntrants, {n}};
    if (n > largestField(config.format))
        return Error {ErrorCode::FieldTooLarge, {n, largestField(config.format)}};
    if (config.format == Format::FreeForAll) {
        if (config.lobbySize < 2 || config.lobbyRounds < 1 || config.bestOf < 1)
            return Error {ErrorCode::LobbyOptionsInvalid, {}};
        return std::nullopt;
    }
    if (config.bestOf < 1 || config.bestOf % 2 == 0 || config.finalsBestOf < 0
        || (config.finalsBestOf > 0 && config.finalsBestOf % 2 == 0))
        return Error {ErrorCode::BestOfInvalid, {}};
    if (config.format == Format::RoundRobin) {
        if (config.groups < 1 || n < 2 * config.groups)
            return Error {ErrorCode::GroupsOutOfRange, {config.groups, n / 2}};
        const int largestGroup = (n + config.groups - 1) / config.groups; // snake seeding fills groups evenly
        if (largestGroup > largestRoundRobinGroup)
            return Error {ErrorCode::GroupTooLarge, {largestGroup, largestRoundRobinGroup}};
    }
    if (config.format == Format::Swiss
        && (config.swissRounds < 0 || config.advanceWins < 0 || config.eliminateLosses < 0
            || (config.advanceWins > 0) != (config.eliminateLosses > 0)))
        return Error {ErrorCode::SwissOptionsInvalid, {}};
    return std::nullopt;
}

std::optional<EventState> EventState::create(
    const PhaseConfig &config, const std::vector<EntrantId> &entrants, Error *error, MatchId firstMatchId)
{
    if (std::unordered_set<EntrantId>(entrants.begin(), entrants.end()).size() != entrants.size())
        return fail(error, ErrorCode::DuplicateEntrants), std::nullopt;
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

bool EventState::buildPhase(int index, Error *error)
{
    const Phase &phase = m_phases[index];
    const PhaseConfig &config = phase.config;
    const int n = static_cast<int>(phase.seeds.size());
    if (auto problem = checkOptions(config, n))
        return fail(error, std::move(*problem));
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

bool EventState::addPhase(const PhaseConfig &config, int qualifiersPerGroup, Error *error)
{
    const int last = static_cast<int>(m_phases.size()) - 1;
    if (!phaseComplete(last)) {
        const auto &matches = m_phases[last].matches;
        const auto left = std::ranges::count_if(
            matches, [](const Match &match) { return !match.completed() && !match.isBye() && isActive(match); });
        return fail(error, ErrorCode::PhaseNotComplete, {last + 1, left});
    }
    if (qualifiersPerGroup < 1)
        return fail(error, ErrorCode::TooFewQualifiers, {qualifiersPerGroup});
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
    std::vector<Phase> phases, std::set<EntrantId> disqualified, MatchId nextMatchId, Error *error)
{
    EventState state;
    state.m_phases = std::move(phases);
    state.m_disqualified = std::move(disqualified);
    state.m_nextMatchId = nextMatchId;
    std::unordered_set<MatchId> seen;
    for (std::size_t p = 0; p < state.m_phases.size(); ++p) {
        for (const Match &match : state.m_phases[p].matches) {
            if (!seen.insert(match.id).second)
                return fail(error, ErrorCode::MatchTwice, {match.id}), std::nullopt;
            if (match.id >= nextMatchId)
                return fail(error, ErrorCode::MatchIdNotBelowNext, {match.id}), std::nullopt;
            for (const Slot &slot : match.slots) {
                if (slot.source.kind == SlotSource::Kind::WinnerOf || slot.source.kind == SlotSource::Kind::LoserOf) {
                    if (!seen.contains(slot.source.value))
                        return fail(error, ErrorCode::SourceNotBefore, {match.id, slot.source.value}), std::nullopt;
                }
                if (slot.source.kind == SlotSource::Kind::Seed
                    && (slot.source.value < 1
                        || (!state.m_phases[p].config.isElimination()
                            && slot.source.value > std::ssize(state.m_phases[p].seeds))))
                    return fail(error, ErrorCode::BadSeed, {match.id, slot.source.value}), std::nullopt;
            }
        }
    }
    state.rebuildIndexes();
    // Every slot must follow from its source given the stored results.
    for (std::size_t p = 0; p < state.m_phases.size(); ++p) {
        for (const Match &match : state.m_phases[p].matches) {
            for (int s = 0; s < 2; ++s) {
                if (!sameOccupant(state.resolve(static_cast<int>(p), match, s), match.slots[s]))
                    return fail(error, ErrorCode::SlotDoesNotFollow, {match.id, s + 1}), std::nullopt;
            }
            if (match.completed() && !match.isBye()) {
                if (auto problem = state.validate(state.m_phases[p], match, match.result))
                    return fail(error, std::move(*problem)), std::nullopt;
            }
        }
    }
    return state;
}

bool EventState::replaceMatches(std::vector<Match> matches)
{
    const auto disqualifies
        = [](const Match &match) { return match.completed() && match.result.kind == ResultKind::Disqualification; };
    std::vector<Location> places;
    for (const Match &match : matches) {
        const auto where = locate(match.id);
        if (!where)
            return false;
        const Match &old = m_phases[std::size_t(where->phase)].matches[std::size_t(where->index)];
        if (old.phase != match.phase || old.slots[0].source != match.slots[0].source
            || old.slots[1].source != match.slots[1].source || disqualifies(old) || disqualifies(match))
            return false;
        places.push_back(*where);
    }
    for (std::size_t i = 0; i < matches.size(); ++i)
        std::swap(m_phases[std::size_t(places[i].phase)].matches[std::size_t(places[i].index)], matches[i]);
    // matches now holds the old versions, to put back if the new ones do not hold together.
    const auto holds = [this](int phase, int index) {
        const Match &match = m_phases[std::size_t(phase)].matches[std::size_t(index)];
        for (int s = 0; s < 2; ++s)
            if (!sameOccupant(resolve(phase, match, s), match.slots[std::size_t(s)]))
                return false;
        return !match.completed() || match.isBye() || !validate(m_phases[std::size_t(phase)], match, match.result);
    };
    bool consistent = true;
    for (std::size_t i = 0; consistent && i < places.size(); ++i) {
        const auto [phase, index] = places[i];
        consistent = holds(phase, index);
        for (int consumer : m_consumers[std::size_t(phase)][std::size_t(index)])
            consistent = consistent && holds(phase, consumer);
    }
    if (!consistent) {
        for (std::size_t i = 0; i < matches.size(); ++i)
            std::swap(m_phases[std::size_t(places[i].phase)].matches[std::size_t(places[i].index)], matches[i]);
    }
    return consistent;
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

std::optional<Error> EventState::reportRefusal(const Match &match)
{
    if (match.side == Side::Lobby)
        return std::nullopt; // a lobby's entrants are dealt when its round starts
    if (match.isBye())
        return Error {ErrorCode::MatchIsBye, {match.id}};
    if (!match.slots[0].isEntrant() || !match.slots[1].isEntrant())
        return Error {ErrorCode::MatchWaitingForEntrants, {match.id}};
    return std::nullopt;
}

std::optional<Error> EventState::validate(const Phase &phase, const Match &match, const Result &result) const
{
    const MatchId id = match.id;
    if (match.side == Side::Lobby) {
        if (result.kind != ResultKind::Normal)
            return Error {ErrorCode::LobbyResultKind, {id}};
        if (std::ssize(result.games) != match.bestOf)
            return Error {ErrorCode::LobbyGameCount, {id, match.bestOf, std::ssize(result.games)}};
        const std::int64_t size = std::ssize(match.lobby);
        for (std::int64_t g = 0; g < std::ssize(result.games); ++g) {
            const auto &scores = result.games[std::size_t(g)].lobby;
            if (std::ssize(scores) != size)
                return Error {ErrorCode::LobbyPlacementsMissing, {id, g + 1, size}};
            std::vector<bool> seen(scores.size() + 1);
            for (const LobbyScore &score : scores) {
                if (score.placement < 1 || score.placement > size || seen[std::size_t(score.placement)])
                    return Error {ErrorCode::LobbyPlacementsInvalid, {id, g + 1, size}};
                if (score.kills < 0)
                    return Error {ErrorCode::LobbyKillsNegative, {id, g + 1}};
                seen[std::size_t(score.placement)] = true;
            }
        }
        return std::nullopt;
    }
    if (auto refusal = reportRefusal(match))
        return refusal;
    if (result.winner < -1 || result.winner > 1)
        return Error {ErrorCode::WinnerSlotInvalid, {id}};
    if (result.kind != ResultKind::Normal && result.winner < 0)
        return Error {ErrorCode::WinnerNeededForKind, {id}};
    if (result.winner < 0 && !phase.config.allowsDraws())
        return Error {ErrorCode::NoDraws, {id}};
    const int needed = match.bestOf / 2 + 1;
    std::array<int, 2> wins {0, 0};
    for (const Game &game : result.games) {
        if (game.scores[0] < 0 || game.scores[1] < 0)
            return Error {ErrorCode::NegativeScore, {id}};
        if (game.scores[0] > game.scores[1])
            ++wins[0];
        else if (game.scores[1] > game.scores[0])
            ++wins[1];
    }
    const Error notPossible {ErrorCode::ScoreNotPossible, {id, wins[0], wins[1], match.bestOf, needed}};
    if (std::ssize(result.games) > match.bestOf)
        return notPossible;
    if (result.kind == ResultKind::Normal && !result.games.empty()) {
        if (result.winner >= 0) {
            const int w = result.winner;
            if (wins[w] != needed || wins[1 - w] >= needed)
                return notPossible;
        } else if (wins[0] != wins[1]) {
            return Error {ErrorCode::DrawNeedsEqualWins, {id, wins[0], wins[1]}};
        }
    }
    return std::nullopt;
}

bool EventState::apply(MatchId id, const Result &given, std::vector<MatchId> *resets, Error *error)
{
    const auto it = m_locations.find(id);
    if (it == m_locations.end())
        return fail(error, ErrorCode::NoSuchMatch, {id});
    const auto [phase, index] = it->second;
    Match &match = m_phases[phase].matches[index];
    Result result = given;
    if (match.side == Side::Lobby) {
        if (auto problem = validate(m_phases[phase], match, result))
            return fail(error, std::move(*problem));
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
    if (auto problem = validate(m_phases[phase], match, result))
        return fail(error, std::move(*problem));
    if (!EventState::isActive(match))
        return fail(error, ErrorCode::ResetNotNeeded, {id});
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

std::optional<std::vector<MatchId>> EventState::correctionImpact(MatchId id, const Result &result, Error *error) const
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

bool EventState::report(MatchId id, const Result &result, const std::vector<MatchId> &confirmedResets, Error *error)
{
    const Match *existing = match(id);
    if (!existing)
        return fail(error, ErrorCode::NoSuchMatch, {id});
    if (!existing->completed()) {
        if (!confirmedResets.empty())
            return fail(error, ErrorCode::NothingToReset, {id});
        std::vector<MatchId> resets;
        return apply(id, result, &resets, error);
    }
    if (existing->isBye())
        return fail(error, ErrorCode::MatchIsBye, {id});
    EventState copy = *this;
    std::vector<MatchId> resets;
    if (!copy.apply(id, result, &resets, error))
        return false;
    auto wanted = resets;
    auto confirmed = confirmedResets;
    std::sort(wanted.begin(), wanted.end());
    std::sort(confirmed.begin(), confirmed.end());
    if (wanted != confirmed) {
        Error refusal {ErrorCode::ResetsNotConfirmed, {id, std::ssize(resets)}};
        refusal.args.insert(refusal.args.end(), resets.begin(), resets.end());
        refusal.args.insert(refusal.args.end(), confirmedResets.begin(), confirmedResets.end());
        return fail(error, std::move(refusal));
    }
    *this = std::move(copy);
    return true;
}

bool EventState::setState(MatchId id, MatchState state, Error *error)
{
    const auto it = m_locations.find(id);
    if (it == m_locations.end())
        return fail(error, ErrorCode::NoSuchMatch, {id});
    Match &match = m_phases[it->second.phase].matches[it->second.index];
    if (match.completed())
        return fail(error, ErrorCode::MatchCompleted, {id});
    if (match.state == MatchState::Pending)
        return fail(error, ErrorCode::MatchWaitingForEntrants, {id});
    if (state == MatchState::Pending || state == MatchState::Completed)
        return fail(error, ErrorCode::StateThroughResultsOnly, {id});
    if (match.state != state) {
        match.state = state;
        ++match.version;
    }
    return true;
}

bool EventState::disqualify(EntrantId entrant, Error *error)
{
    bool known = false;
    for (const Phase &phase : m_phases)
        known = known || std::find(phase.seeds.begin(), phase.seeds.end(), entrant) != phase.seeds.end();
    if (!known)
        return fail(error, ErrorCode::NoSuchEntrant, {entrant});
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

bool EventState::startNextRound(int phase, Error *error)
{
    Phase &target = m_phases[phase];
    if (target.config.format != Format::Swiss && target.config.format != Format::FreeForAll)
        return fail(error, ErrorCode::PhaseHasNoRounds, {phase + 1});
    for (const Match &match : target.matches) {
        if (!match.completed())
            return fail(error, ErrorCode::RoundNotComplete, {match.round, match.id});
    }
    if (allRoundsStarted(phase))
        return fail(error, ErrorCode::AllRoundsPlayed, {phase + 1});
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
