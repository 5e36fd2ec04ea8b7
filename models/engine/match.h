// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

// The engine's value types: a match graph whose slots say where their entrant comes from
// (a seed, or the winner/loser of another match), so that a corrected result can be pushed
// downstream exactly. The store persists these fields one to one.
namespace omnium::engine {

using EntrantId = std::int64_t;
using MatchId = std::int64_t;

enum class Format : std::uint8_t { SingleElimination, DoubleElimination, RoundRobin, Swiss, FreeForAll };
enum class Side : std::uint8_t { Winners, Losers, GrandFinal, GrandFinalReset, ThirdPlace, RoundRobin, Swiss, Lobby };
enum class MatchState : std::uint8_t { Pending, Ready, Called, InProgress, Completed };
enum class ResultKind : std::uint8_t { Normal, Forfeit, NoShow, Disqualification };
enum class GrandFinalMode : std::uint8_t { None, Single, WithReset };

// Where a slot's occupant comes from.
struct SlotSource {
    enum class Kind : std::uint8_t { None, Seed, WinnerOf, LoserOf };
    Kind kind = Kind::None;
    std::int64_t value = 0; // seed number (1-based) or match id
    bool operator==(const SlotSource &) const = default;
};

// A slot's current occupant: nobody yet, an entrant, or a bye.
struct Slot {
    enum class Content : std::uint8_t { Empty, Entrant, Bye };
    Content content = Content::Empty;
    EntrantId entrant = 0; // valid when content == Entrant
    SlotSource source;
    bool operator==(const Slot &) const = default;
    bool isEntrant() const { return content == Content::Entrant; }
};

// One game of a match: the two sides' scores and an optional note (map, characters).
struct LobbyScore {
    int placement = 0; // 1 = won the game
    int kills = 0;
    bool operator==(const LobbyScore &) const = default;
};

// One game of a match: the two sides' scores and an optional note (map, characters). In a
// free-for-all lobby, `lobby` holds each lobby entrant's placement and kills instead.
struct Game {
    std::array<int, 2> scores {0, 0};
    std::string note;
    std::vector<LobbyScore> lobby {}; // in Match::lobby order (the {} keeps two-member initialisers warning-free)
    bool operator==(const Game &) const = default;
};

// What the organiser reports for a match. winner is the slot index (0 or 1), or -1 for a
// draw where the format allows one. For forfeit, no-show and disqualification the winner is
// the slot that did not forfeit.
struct Result {
    ResultKind kind = ResultKind::Normal;
    int winner = -1;
    std::vector<Game> games;
    bool operator==(const Result &) const = default;
};

struct Match {
    MatchId id = 0;
    int phase = 0; // index of the phase in the event
    int group = 0; // 0-based group (round robin pools, Swiss has one)
    Side side = Side::Winners;
    int round = 1; // 1-based, per side
    int position = 1; // 1-based within the round
    std::array<Slot, 2> slots; // unused (empty) in a free-for-all lobby
    std::vector<EntrantId> lobby; // free-for-all only: the lobby's entrants
    int bestOf = 1;
    MatchState state = MatchState::Pending;
    bool completed() const { return state == MatchState::Completed; }
    Result result; // meaningful when completed
    std::int64_t version = 1; // bumped on every change, for optimistic concurrency in the store

    // A match decided by structure alone: one or both slots are byes.
    bool isBye() const { return slots[0].content == Slot::Content::Bye || slots[1].content == Slot::Content::Bye; }
    bool operator==(const Match &) const = default;
};

const char *formatName(Format);
const char *sideName(Side);
const char *stateName(MatchState);
const char *resultKindName(ResultKind);
const char *grandFinalName(GrandFinalMode);

// Where a slot's entrant really comes from. A bye match is never played: the winner of one is
// whoever reaches its other slot, so "winner of" a bye is followed back to a played match or a
// seed — what every screen names instead of the bye. `find` gives a match of the same phase.
SlotSource playedSource(SlotSource source, const std::function<const Match *(MatchId)> &find);

} // namespace omnium::engine
