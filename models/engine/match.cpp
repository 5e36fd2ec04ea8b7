// SPDX-License-Identifier: GPL-3.0-or-later
#include "match.h"
#include "phaseconfig.h"

namespace omnium::engine {

const char *formatName(Format format)
{
    switch (format) {
    case Format::SingleElimination:
        return "single";
    case Format::DoubleElimination:
        return "double";
    case Format::RoundRobin:
        return "roundrobin";
    case Format::Swiss:
        return "swiss";
    case Format::FreeForAll:
        return "ffa";
    }
    return "";
}

const char *sideName(Side side)
{
    switch (side) {
    case Side::Winners:
        return "winners";
    case Side::Losers:
        return "losers";
    case Side::GrandFinal:
        return "grandfinal";
    case Side::GrandFinalReset:
        return "grandfinalreset";
    case Side::ThirdPlace:
        return "thirdplace";
    case Side::RoundRobin:
        return "roundrobin";
    case Side::Swiss:
        return "swiss";
    case Side::Lobby:
        return "lobby";
    }
    return "";
}

const char *stateName(MatchState state)
{
    switch (state) {
    case MatchState::Pending:
        return "pending";
    case MatchState::Ready:
        return "ready";
    case MatchState::Called:
        return "called";
    case MatchState::InProgress:
        return "inprogress";
    case MatchState::Completed:
        return "completed";
    }
    return "";
}

const char *resultKindName(ResultKind kind)
{
    switch (kind) {
    case ResultKind::Normal:
        return "normal";
    case ResultKind::Forfeit:
        return "forfeit";
    case ResultKind::NoShow:
        return "noshow";
    case ResultKind::Disqualification:
        return "dq";
    }
    return "";
}

const char *grandFinalName(GrandFinalMode mode)
{
    switch (mode) {
    case GrandFinalMode::None:
        return "none";
    case GrandFinalMode::Single:
        return "single";
    case GrandFinalMode::WithReset:
        return "reset";
    }
    return "";
}

const char *tiebreakName(Tiebreak tiebreak)
{
    switch (tiebreak) {
    case Tiebreak::MatchWins:
        return "wins";
    case Tiebreak::GameDifference:
        return "gamediff";
    case Tiebreak::HeadToHead:
        return "h2h";
    case Tiebreak::Buchholz:
        return "buchholz";
    case Tiebreak::MedianBuchholz:
        return "medianbuchholz";
    case Tiebreak::SonnebornBerger:
        return "sb";
    case Tiebreak::OpponentMatchWinPercent:
        return "omw";
    case Tiebreak::GameWinPercent:
        return "gw";
    }
    return "";
}

SlotSource playedSource(SlotSource source, const std::function<const Match *(MatchId)> &find)
{
    while (source.kind == SlotSource::Kind::WinnerOf) {
        const Match *from = find(source.value);
        if (!from || !from->isBye())
            break;
        const std::size_t other = from->slots[0].content == Slot::Content::Bye ? 1 : 0;
        if (from->slots[other].content == Slot::Content::Bye)
            break; // two byes: nobody comes, the slot becomes a bye itself
        source = from->slots[other].source;
    }
    return source;
}

} // namespace omnium::engine
