// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bracketstore.h"

#include <QCoreApplication>
#include <QVariantMap>

#include <vector>

// The one way a match's result is entered, whichever screen or program enters it — the
// Bracket page, the Station board, the caster window's controls, omnium-cli: the organiser's
// input is read, the engine checks it (best-of, draws, byes; its refusals read as
// EngineErrors' sentences, in words the organiser can act on), the corrections
// it implies are listed for confirmation, and the result is saved as one undoable command
// (the calls it frees up are part of it: Store::setFollowUp).
//
// input is one of {score: "2-1"}, {games: [{a, b, note}]},
// {kind: "forfeit"|"noshow"|"dq" (the engine's names), winner: 0|1}, each with an optional note, or
// for a free-for-all lobby {lobby: [[{placement, kills}]]}, one list per game in lobby order.
class MatchResults
{
    Q_DECLARE_TR_FUNCTIONS(MatchResults)

public:
    explicit MatchResults(BracketStore &brackets);

    struct Check {
        QString error; // empty: the result can be saved
        // The played matches the correction would reset, which the organiser must confirm.
        std::vector<omnium::engine::MatchId> resets;
    };
    Check check(qint64 eventId, omnium::engine::MatchId match, const QVariantMap &input);
    // Saves the result; confirmedResets are check()'s resets. Returns the refusal, or "".
    // input's "seenCommandId" (Store::seenCommandId() when the dialog opened) lets a venue
    // server refuse it when another desk changed the match since.
    QString report(qint64 eventId, omnium::engine::MatchId match, const QVariantMap &input,
        const std::vector<omnium::engine::MatchId> &confirmedResets);

    // Why a match takes no result yet ("M3 is a bye: it needs no result."), or "".
    static QString notReportable(const BracketStore::EventBracket &event, const omnium::engine::Match &match);

    struct Parsed {
        omnium::engine::Result result;
        QString error;
    };
    // The engine's result from the organiser's input; the engine checks it against the rules.
    static Parsed parse(
        const BracketStore::EventBracket &event, const omnium::engine::Match &match, const QVariantMap &input);

    // What the undo says it undoes: "Result 2-1 M17", "Forfeit M4".
    static CommandLabel label(const omnium::engine::Result &result, int matchNumber);

private:
    // A stale result's refusal names the result stored and the one refused (Store::setConflictDescriber).
    static Store::ConflictValues conflictValues(
        StoreTransaction &tx, const QVariantMap &current, const QVariantMap &refused);
    static Parsed parseLobby(
        const BracketStore::EventBracket &event, const omnium::engine::Match &match, const QVariantMap &input);
    // The match, its phase and the parsed input, or the refusal.
    struct Prepared {
        std::shared_ptr<const BracketStore::EventBracket> event;
        Parsed parsed;
    };
    Prepared prepare(qint64 eventId, omnium::engine::MatchId match, const QVariantMap &input);

    BracketStore &m_brackets;
};
