// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/eventstate.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QString>
#include <QTranslator>

// The words every screen shows for a match — its round, state and station — written once and
// translated once. The Bracket page, the Station board, the Timeline, the caster window and
// the overlays' JSON all take them from here, so they cannot disagree. (The store's own words,
// "in_progress" or "grand_final", are BracketStore's: they are data, not text for people.)
class MatchPresenter
{
    Q_DECLARE_TR_FUNCTIONS(MatchPresenter)

public:
    // "Winners semi-final", "Losers round 2", "Quarter-final", "Grand final reset",
    // "Group B, round 3"… lastRound is the last round of the match's side (and group); group is
    // the match's group when its phase has several (pools), else -1.
    static QString roundName(
        omnium::engine::Format format, omnium::engine::Side side, int round, int lastRound, int group = -1);
    // The same for one match of a phase (to name many, use PhaseRoundNames).
    static QString roundName(const omnium::engine::Phase &phase, const omnium::engine::Match &match);
    // The last round of a side (and group) in a phase: what "final" and "semi-final" count from.
    static int lastRound(const omnium::engine::Phase &phase, omnium::engine::Side side, int group);
    // "Pending", "Ready", "Called", "In progress", "Completed".
    static QString stateName(omnium::engine::MatchState state);
    // A contested result, shown instead of the state.
    static QString disputedName();
    // The state as the help desk tells a player: "playing now", "called now", "waiting"…
    static QString stateForPlayer(omnium::engine::MatchState state);
    // A station's own name, else "Station 4".
    static QString stationName(int number, const QString &name = {});
    // A time of day as every screen writes it, in the interface's language: "21 h 46" in
    // French, "9:46 PM" in English; on another day than `day`, with that day ("Tue 8 Dec,
    // 1:06 AM") — never an ISO date-time. In an open InLanguage scope, that language's.
    static QString timeText(const QDateTime &at, QDate day = {});
    // Groups are lettered A, B, … Z, then numbered.
    static QString groupName(int group);
    static QString formatName(omnium::engine::Format format);

    // These words in another language than the app's while it lives: a player's phone speaks
    // its own (PlayerPageServer). catalogue: the language's translations (":/i18n"), or null
    // for the source words, English. One at a time on a thread.
    class InLanguage
    {
    public:
        explicit InLanguage(const QTranslator *catalogue);
        ~InLanguage();
        InLanguage(const InLanguage &) = delete;
        InLanguage &operator=(const InLanguage &) = delete;
        static bool isOpen();
        static const QTranslator *catalogue(); // the open scope's (null: English)
    };
    // tr(), or the open InLanguage scope's catalogue (the strings are marked QT_TR_NOOP).
    static QString text(const char *source);
};

// The round names of many matches of one phase: each side's and group's last round is found
// in one pass over the phase (not once per match), and each round's name is made once.
class PhaseRoundNames
{
public:
    explicit PhaseRoundNames(const omnium::engine::Phase &phase);
    QString of(const omnium::engine::Match &match) const;
    int lastRound(omnium::engine::Side side, int group) const;

private:
    static qint64 key(omnium::engine::Side side, int group, int round = 0);
    const omnium::engine::Phase &m_phase;
    QHash<qint64, int> m_lastRound; // key(side, group) -> last round
    mutable QHash<qint64, QString> m_names; // key(side, group, round) -> name
};
