// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <initializer_list>
#include <string>
#include <vector>

namespace omnium::engine {

// Why the engine refused something, as a code and its numbers: the engine stays free of any
// language, and models/competition/engineerrors.h turns each code into the sentence the
// organiser reads (French or English), naming matches and entrants as the screen shows them.
// Every code documents its args in order; "match" and "source" are match ids, "entrant" an
// entrant id, "phase" a 1-based phase number.
enum class ErrorCode : std::uint8_t {
    // Options and fields (EventState::create, addPhase)
    DuplicateEntrants, // -
    TooFewEntrants, // entrants
    FieldTooLarge, // entrants, limit (the format's largest field, docs/engine-limits.md)
    GroupTooLarge, // entrants in the largest group, limit
    LobbyOptionsInvalid, // -
    BestOfInvalid, // -
    GroupsOutOfRange, // groups, largest allowed
    SwissOptionsInvalid, // -
    PhaseNotComplete, // phase, matches still to play (0: Swiss or free-for-all rounds still to start)
    NoBracketYet, // - (a next phase asked of an event with no phase)
    TooFewQualifiers, // qualifiers per group given
    // Results (report, correctionImpact)
    NoSuchMatch, // match
    MatchIsBye, // match
    MatchWaitingForEntrants, // match
    ResetNotNeeded, // match (a grand-final reset the winners-side finalist made unnecessary)
    WinnerSlotInvalid, // match
    WinnerNeededForKind, // match (forfeit, no-show and disqualification name the winner)
    NoDraws, // match
    NegativeScore, // match
    ScoreNotPossible, // match, games won by slot 1, by slot 2, best-of, games the winner needs
    DrawNeedsEqualWins, // match, games won by slot 1, by slot 2
    LobbyResultKind, // match
    LobbyGameCount, // match, games the lobby plays, games given
    LobbyPlacementsMissing, // match, game (1-based), lobby size
    LobbyPlacementsInvalid, // match, game, lobby size
    LobbyKillsNegative, // match, game
    NothingToReset, // match (it has no result yet, and resets were confirmed)
    ResetsNotConfirmed, // match, n, the n matches to confirm, then the confirmed ones given
    // Scheduling and rounds
    MatchCompleted, // match (a state change on a completed match)
    StateThroughResultsOnly, // match
    NoSuchEntrant, // entrant
    PhaseHasNoRounds, // phase
    RoundNotComplete, // round, a match of it still open
    AllRoundsPlayed, // phase
    SimulationFailed, // - (EventSimulator could not report a result: a bug)
    // A stored or imported bracket the engine could not have produced (fromParts)
    MatchTwice, // match
    MatchIdNotBelowNext, // match
    SourceNotBefore, // match, source
    BadSeed, // match, seed
    SlotDoesNotFollow, // match, slot (1-based)
};

// The last code, for tests that every code has a sentence.
inline constexpr ErrorCode lastErrorCode = ErrorCode::SlotDoesNotFollow;

struct Error {
    ErrorCode code = ErrorCode::DuplicateEntrants;
    std::vector<std::int64_t> args;
    bool operator==(const Error &) const = default;
    // For logs and test failures, untranslated: "error 18 (7, 3, 0, 3, 2)".
    std::string debugText() const
    {
        std::string text = "error " + std::to_string(int(code)) + " (";
        for (std::size_t i = 0; i < args.size(); ++i)
            text += (i ? ", " : "") + std::to_string(args[i]);
        return text + ")";
    }
};

} // namespace omnium::engine
