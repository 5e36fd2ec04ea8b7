// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"
#include "match.h"
#include "phaseconfig.h"

#include <optional>
#include <set>
#include <unordered_map>
#include <vector>

namespace omnium::engine {

// One phase of an event: its options, its entrants in seed order and its match graph.
struct Phase {
    PhaseConfig config;
    std::vector<EntrantId> seeds; // seeds[k-1] is seed k
    std::vector<Match> matches; // in creation order: every source comes before its consumers
    int qualifiersPerGroup = 0; // top K of each group of the previous phase (0 for the first phase)
    bool operator==(const Phase &other) const
    {
        return config == other.config && seeds == other.seeds && matches == other.matches
            && qualifiersPerGroup == other.qualifiersPerGroup;
    }
};

// The whole engine state of an event, as a value: copy it to snapshot, assign the copy back to
// undo, compare two with ==. Every operation is deterministic; nothing here does I/O. Results
// are pushed through the match graph incrementally, and a correction first tells which
// already-played matches it would reset, so the organiser confirms a list naming each one.
class EventState
{
public:
    // A new event with its first phase. entrants are in seed order; ids must be distinct.
    // Returns nullopt and sets *error on bad options or a field beyond the format's limit.
    static std::optional<EventState> create(
        const PhaseConfig &config, const std::vector<EntrantId> &entrants, Error *error, MatchId firstMatchId = 1);
    // Rebuilds the indexes and re-derives every slot from its source; refuses (with *error
    // naming the match) a state whose stored slots or results do not follow from its sources.
    static std::optional<EventState> fromParts(
        std::vector<Phase> phases, std::set<EntrantId> disqualified, MatchId nextMatchId, Error *error);
    // Puts newer stored versions of a few matches in place and checks what they touch — their
    // own slots and results, their consumers' slots — as fromParts checks everything, without
    // copying or re-indexing the event (a result changes a few matches among thousands). false,
    // with the state unchanged, when a match is unknown, a source or a disqualification changed
    // or a slot or result does not follow: then rebuild with fromParts, which names the problem.
    bool replaceMatches(std::vector<Match> matches);

    // Starts the next phase once the last one is complete: the top `qualifiersPerGroup` of
    // each group advance, seeded by placement (every group's winner, then every runner-up, …),
    // and in an elimination bracket entrants from the same group are kept apart as long as
    // possible (swaps among equally placed qualifiers that push same-group meetings later).
    bool addPhase(const PhaseConfig &config, int qualifiersPerGroup, Error *error);
    // Why a phase of `entrants` with these options cannot be built (nullopt: it can), checked
    // before anything is allocated, so that a caller can refuse before writing anything.
    static std::optional<Error> checkOptions(const PhaseConfig &config, int entrants);
    // The largest field a phase of this format takes (docs/engine-limits.md): beyond it a
    // round robin runs out of memory and a Swiss pairs for minutes.
    static int largestField(Format format);
    // A round-robin group's largest field (n entrants play n(n-1)/2 matches).
    static constexpr int largestRoundRobinGroup = 256;
    // Why a match takes no result (a bye, or waiting for its entrants), or nullopt.
    static std::optional<Error> reportRefusal(const Match &match);
    // The seeds a next phase would get (exposed for tests).
    static std::vector<EntrantId> qualifiers(
        const Phase &previous, const std::set<EntrantId> &disqualified, const PhaseConfig &next, int perGroup);

    const std::vector<Phase> &phases() const { return m_phases; }
    const std::set<EntrantId> &disqualified() const { return m_disqualified; }
    MatchId nextMatchId() const { return m_nextMatchId; }
    const Match *match(MatchId id) const;
    // Where a match is: its phase's index, and its place among that phase's matches (the
    // organisers' match number is index + 1).
    struct Location {
        int phase = 0;
        int index = 0;
    };
    std::optional<Location> locate(MatchId id) const;

    // The grand-final reset exists in the graph from the start but is only part of the event
    // once the losers-side finalist has won the first grand final.
    static bool isActive(const Match &match);

    // Already-played (or called / in-progress) matches that reporting `result` for `id` would
    // reset, in graph order. Empty for a first report. nullopt and *error if the result is invalid.
    std::optional<std::vector<MatchId>> correctionImpact(MatchId id, const Result &result, Error *error) const;
    // Reports or corrects a result. confirmedResets must equal correctionImpact() as a set,
    // otherwise nothing changes and *error lists the matches to confirm.
    bool report(MatchId id, const Result &result, const std::vector<MatchId> &confirmedResets, Error *error);
    // Called / in progress / back to ready, for scheduling. Only for matches with both entrants.
    bool setState(MatchId id, MatchState state, Error *error);
    // The entrant forfeits every remaining match (in double elimination the opponent advances).
    bool disqualify(EntrantId entrant, Error *error);

    // Swiss and free-for-all: pairs (or reshuffles the lobbies of) the next round once the
    // current one is complete.
    bool startNextRound(int phase, Error *error);
    // Swiss and free-for-all: every planned round has been created.
    bool allRoundsStarted(int phase) const;
    // Every match of the phase that can be played is completed (and, in Swiss, no round is left).
    bool phaseComplete(int phase) const;

    bool operator==(const EventState &other) const
    {
        return m_phases == other.m_phases && m_disqualified == other.m_disqualified
            && m_nextMatchId == other.m_nextMatchId;
    }

private:
    std::vector<Phase> m_phases;
    std::set<EntrantId> m_disqualified;
    MatchId m_nextMatchId = 1;
    // Derived indexes, rebuilt by rebuildIndexes().
    std::unordered_map<MatchId, Location> m_locations;
    std::vector<std::vector<std::vector<int>>> m_consumers; // [phase][match index] -> consumer indexes

    void rebuildIndexes();
    bool buildPhase(int phase, Error *error);
    void addMatches(int phase, std::vector<Match> matches);
    Slot resolve(int phase, const Match &match, int slot) const;
    void evaluate(Match &match) const;
    void propagate(int phase, int index, std::vector<MatchId> *resets);
    std::optional<Error> validate(const Phase &phase, const Match &match, const Result &result) const;
    bool apply(MatchId id, const Result &result, std::vector<MatchId> *resets, Error *error);
    void forfeitRemaining(EntrantId entrant, std::vector<MatchId> *resets);
};

} // namespace omnium::engine
