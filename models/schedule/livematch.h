// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "live/matchpresenter.h"
#include "schedulematch.h"

#include <QDateTime>
#include <QString>

// One match as every live screen shows it (Station board, caster window, overlays, help desk,
// omnium-cli): the scheduler's state and station joined with the bracket's names. Built in one
// place, SchedulerController::liveMatch, so the screens cannot word or order it differently.
struct LiveMatch {
    qint64 matchId = 0;
    qint64 eventId = 0;
    QString eventName;
    qint64 phaseId = 0;
    QString side; // the store's word: winners, losers, grand_final, swiss, lobby…
    int round = 0; // the bracket's round on its side
    QString roundName; // "Winners round 2", "Grand final"… (MatchPresenter, translated)
    int bestOf = 1;
    ScheduleMatch::State state = ScheduleMatch::State::Pending;
    qint64 stationId = 0; // where it is called or played, or expected to be
    QString stationName;
    bool stream = false; // on the stream station
    QDateTime calledAt; // UTC; invalid when not called
    QDateTime startedAt;
    QDateTime expectedStart; // the estimate (the call time when called)
    struct Side {
        qint64 entrantId = 0; // 0 while unknown
        QString name; // gamer tag or team name; empty while unknown ("8 entrants" for a lobby)
        QString team; // the team a player plays for (BracketStore::playerTeamSql); empty for a team
        int score = 0; // games won so far (0 until the result is reported)
        bool operator==(const Side &) const = default;
    };
    Side sides[2];
    // What the organiser decided about it.
    QString label; // "Event · Round · A vs B", as the board and the menus write it
    bool held = false;
    bool streamQueued = false;
    QString pinnedStation; // the station an organiser put it on while waiting; empty: anywhere

    // The expected start as the screens write a time (MatchPresenter::timeText); empty when unknown.
    QString timeText() const { return MatchPresenter::timeText(expectedStart); }
    bool isLobby() const { return side == QStringLiteral("lobby"); }
    bool operator==(const LiveMatch &) const = default;
};
