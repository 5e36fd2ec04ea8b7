// SPDX-License-Identifier: GPL-3.0-or-later
#include "engineerrors.h"

#include <QStringList>

using namespace omnium::engine;
using namespace Qt::StringLiterals;

EngineErrors::Names EngineErrors::byId()
{
    return {[](MatchId id) { return tr("match %1").arg(id); }, [](EntrantId id) { return tr("entrant %1").arg(id); },
        [](std::int64_t phase) { return tr("phase %1").arg(phase); }};
}

EngineErrors::Names EngineErrors::forBracket(const BracketStore::EventBracket &event)
{
    return {[&event](MatchId id) {
                const auto where = event.state.locate(id);
                return where ? tr("M%1").arg(where->index + 1) : tr("match %1").arg(id);
            },
        [&event](EntrantId id) { return event.names.value(id, tr("entrant %1").arg(id)); },
        [&event](std::int64_t phase) { return event.phaseNames.value(phase - 1, tr("phase %1").arg(phase)); }};
}

QString EngineErrors::text(const Error &error, const Names &names)
{
    const auto &a = error.args;
    // The arg list is documented per code in engine/error.h; a short one (a bug) reads as 0.
    auto n = [&](std::size_t i) { return i < a.size() ? a[i] : std::int64_t(0); };
    auto match = [&](std::size_t i) { return names.match(n(i)); };
    switch (error.code) {
    case ErrorCode::DuplicateEntrants:
        return tr("An entrant is listed twice.");
    case ErrorCode::TooFewEntrants:
        return tr("A bracket needs at least 2 entrants; there are %1.").arg(n(0));
    case ErrorCode::FieldTooLarge:
        return tr("%1 entrants is more than this format takes: at most %2.").arg(n(0)).arg(n(1));
    case ErrorCode::GroupTooLarge:
        return tr("A round-robin group of %1 entrants is too large: at most %2 per group; add groups.")
            .arg(n(0))
            .arg(n(1));
    case ErrorCode::LobbyOptionsInvalid:
        return tr("A free-for-all needs lobbies of at least 2 entrants, at least 1 round and at least 1 game.");
    case ErrorCode::BestOfInvalid:
        return tr("The number of games (best of) must be odd: 1, 3, 5…");
    case ErrorCode::GroupsOutOfRange:
        return tr("%1 groups is not possible here: choose between 1 and %2.").arg(n(0)).arg(n(1));
    case ErrorCode::SwissOptionsInvalid:
        return tr("A Swiss phase needs a number of rounds, or both the wins to advance and the losses to be out.");
    case ErrorCode::PhaseNotComplete:
        if (n(1) == 0)
            return tr("Finish %1 first: start its next round.").arg(names.phase(n(0)));
        return tr("Finish %1 first: %n match(es) still to play.", "", int(n(1))).arg(names.phase(n(0)));
    case ErrorCode::NoBracketYet:
        return tr("This event has no bracket yet.");
    case ErrorCode::TooFewQualifiers:
        return tr("At least 1 entrant per group must advance; %1 was given.").arg(n(0));
    case ErrorCode::NoSuchMatch:
        return tr("%1 is not in this bracket.").arg(match(0));
    case ErrorCode::MatchIsBye:
        return tr("%1 is a bye: it needs no result.").arg(match(0));
    case ErrorCode::MatchWaitingForEntrants:
        return tr("%1 is waiting for both entrants.").arg(match(0));
    case ErrorCode::ResetNotNeeded:
        return tr("%1 is the grand-final reset, which is not played: the winners-side finalist won the grand final.")
            .arg(match(0));
    case ErrorCode::WinnerSlotInvalid:
        return tr("%1: the winner must be side 1 or side 2.").arg(match(0));
    case ErrorCode::WinnerNeededForKind:
        return tr("%1: choose who wins by forfeit, no-show or disqualification.").arg(match(0));
    case ErrorCode::NoDraws:
        return tr("%1: a draw is not possible in this format: give the winner the higher score.").arg(match(0));
    case ErrorCode::NegativeScore:
        return tr("%1: a score cannot be negative.").arg(match(0));
    case ErrorCode::ScoreNotPossible:
        return tr("%1: %2-%3 is not possible in a best of %4: the winner needs exactly %5 games.")
            .arg(match(0))
            .arg(n(1))
            .arg(n(2))
            .arg(n(3))
            .arg(n(4));
    case ErrorCode::DrawNeedsEqualWins:
        return tr("%1: %2-%3 is not a draw: a draw needs as many games won on each side.")
            .arg(match(0))
            .arg(n(1))
            .arg(n(2));
    case ErrorCode::LobbyResultKind:
        return tr("%1: a lobby’s result is each game’s placements and kills.").arg(match(0));
    case ErrorCode::LobbyGameCount:
        return tr("%1: enter all %2 games of the lobby (%3 entered).").arg(match(0)).arg(n(1)).arg(n(2));
    case ErrorCode::LobbyPlacementsMissing:
        return tr("%1, game %2: give a placement to each of the %3 entrants.").arg(match(0)).arg(n(1)).arg(n(2));
    case ErrorCode::LobbyPlacementsInvalid:
        return tr("%1, game %2: placements go from 1 to %3, each given once.").arg(match(0)).arg(n(1)).arg(n(2));
    case ErrorCode::LobbyKillsNegative:
        return tr("%1, game %2: kills cannot be negative.").arg(match(0)).arg(n(1));
    case ErrorCode::NothingToReset:
        return tr("%1 has no result yet: there is nothing to reset.").arg(match(0));
    case ErrorCode::ResetsNotConfirmed: {
        QStringList resets;
        for (std::size_t i = 2; i < 2 + std::size_t(n(1)); ++i)
            resets << match(i);
        if (resets.isEmpty())
            return tr("Correcting %1 resets no played match: confirm none.").arg(match(0));
        return tr("Correcting %1 resets %2, already played: confirm exactly those matches.")
            .arg(match(0), resets.join(u", "_s));
    }
    case ErrorCode::MatchCompleted:
        return tr("%1 is finished: correct its result instead.").arg(match(0));
    case ErrorCode::StateThroughResultsOnly:
        return tr("%1: a match becomes pending or finished through its result only.").arg(match(0));
    case ErrorCode::NoSuchEntrant:
        return tr("%1 is not in this event.").arg(names.entrant(n(0)));
    case ErrorCode::PhaseHasNoRounds:
        return tr("%1 has no rounds to start: only Swiss and free-for-all phases have rounds.").arg(names.phase(n(0)));
    case ErrorCode::RoundNotComplete:
        return tr("Round %1 is not finished: %2 has no result yet.").arg(n(0)).arg(match(1));
    case ErrorCode::AllRoundsPlayed:
        return tr("Every round of %1 has been played.").arg(names.phase(n(0)));
    case ErrorCode::SimulationFailed:
        return tr("The simulation could not report a result.");
    case ErrorCode::MatchTwice:
        return tr("%1 appears twice.").arg(match(0));
    case ErrorCode::MatchIdNotBelowNext:
        return tr("%1 has an id beyond the bracket’s next one.").arg(match(0));
    case ErrorCode::SourceNotBefore:
        return tr("%1 takes an entrant from %2, which does not come before it.").arg(match(0), match(1));
    case ErrorCode::BadSeed:
        return tr("%1 takes seed %2, which its phase does not have.").arg(match(0)).arg(n(1));
    case ErrorCode::SlotDoesNotFollow:
        return tr("%1: side %2 does not follow from the results before it.").arg(match(0)).arg(n(1));
    }
    return tr("The engine refused with code %1.").arg(int(error.code)); // not reached: every code is above
}
