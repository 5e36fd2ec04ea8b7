// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "competition/bracketstore.h"
#include "schedule/livematch.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>

#include <functional>
#include <optional>

class Clock;
class Store;
class TournamentLive;

// The players' phones (docs/player-pages.md): each player's link secret, what their page shows
// (built from TournamentLive, the rows every screen reads) and the results they report
// themselves. A phone's report is only a proposal: it counts when the opponent reports the same
// score (then through MatchResults, the desk's own command, one undo step), and a different
// score marks the match disputed for the organiser (BracketStore::setDisputed). Proposals wait
// in memory: a restart asks the players again, it never applies half a report.
class PlayerPhones : public QObject
{
    Q_OBJECT

public:
    PlayerPhones(Store &store, TournamentLive &live, const Clock &clock, QObject *parent = nullptr);

    // --- Links: each is one undoable command -----------------------------------------------------
    // Makes the player's secret (a new one replaces the old, whose link stops working).
    // Returns it, or an empty string (the store's errorOccurred says why, as for every command).
    Q_INVOKABLE QString issueLink(qint64 playerId);
    Q_INVOKABLE bool revokeLink(qint64 playerId);
    // The player's current secret, empty when they have none.
    Q_INVOKABLE QString linkSecret(qint64 playerId) const;
    // The player a secret opens, 0 when none (wrong, revoked or malformed).
    qint64 playerForSecret(const QString &secret) const;
    // The short code printed beside the link (badge, slip, the Phone link dialog), which a
    // player types on the poster's "find your page" to prove the tag they picked is theirs:
    // 8 characters (40 bits) derived from the secret, so a new link has a new code and the
    // code does not give the secret away. "ABCD-EFGH", empty without a secret.
    Q_INVOKABLE static QString findCode(const QString &secret);
    // Up to 8 players with a link whose tag contains letters (at least 2): {id, tag} only.
    QJsonArray findTags(const QString &letters) const;

    // --- Self-reporting, per event ----------------------------------------------------------------
    Q_INVOKABLE bool setSelfReporting(qint64 eventId, bool enabled);
    Q_INVOKABLE bool selfReporting(qint64 eventId) const;
    // The event takes phones' results game by game (who won each), not as a score alone.
    Q_INVOKABLE bool setGameReporting(qint64 eventId, bool enabled);
    Q_INVOKABLE bool gameReporting(qint64 eventId) const;

    enum class Outcome { Refused, Waiting, Confirmed, Disputed };
    Q_ENUM(Outcome)
    struct Reply {
        Outcome outcome = Outcome::Refused;
        QString message; // why it was refused (the phone shows it)
    };
    // The player reports their current match: games they won, games the opponent won.
    Reply report(qint64 playerId, qint64 matchId, int mine, int theirs);
    // The same game by game, for an event with game reporting: true for each game they won, in order.
    Reply reportGames(qint64 playerId, qint64 matchId, const QList<bool> &wonByMe);

    // --- Check-in from the phone, per event -------------------------------------------------------
    // While the switch is on and the event has no bracket yet (the check-in window: the
    // organiser opens it with the switch, making the bracket closes it), a player who opens
    // their page is checked in.
    Q_INVOKABLE bool setPhoneCheckIn(qint64 eventId, bool enabled);
    Q_INVOKABLE bool phoneCheckIn(qint64 eventId) const;
    // Checks the player in to every event whose window is open, and their team where the team
    // entered (one command, as the desk's EventController::checkIn); the number of entrants
    // checked in now.
    int checkInFromPhone(qint64 playerId);

    // --- At the desk: a phone's report waiting for the opponent ----------------------------------
    // "2-1" in the match's side order (the Station board's), empty when none is waiting.
    Q_INVOKABLE QString pendingReport(qint64 matchId) const;
    // The organiser confirms it: saved through MatchResults as if the opponent had. False, with
    // the store's or the engine's reason in errorOccurred, when it cannot be.
    Q_INVOKABLE bool confirmReport(qint64 matchId);

    // --- What the pages show -----------------------------------------------------------------------
    // The player's page: {player, selfReport, next, upcoming, results}; empty when unknown.
    // State words are codes ("waiting", "called", "in_progress"): the phone says them in its
    // own language.
    QJsonObject page(qint64 playerId) const;
    // The phase the player's page shows the bracket and standings of: their next match's, else
    // their last played one's; 0 when they have none today.
    qint64 currentPhase(qint64 playerId) const;
    // The hall's call board: {called: [...], next: [...]}, its names in an open
    // MatchPresenter::InLanguage's language as a page's.
    QJsonObject board() const;
    // The time on the desk's clock, sent with each page so phones count down by it (ms since the epoch).
    qint64 nowMs() const;

Q_SIGNALS:
    // The day changed, or a report is waiting: pages must be sent again.
    void changed();
    // A link was issued or revoked: connections opened with an old secret must close.
    void linksChanged();
    // A report began or stopped waiting (the Station board's "reported by phone").
    void pendingChanged();
    // Why the organiser's confirmation failed.
    void errorOccurred(const QString &message);

private:
    bool setEventFlag(qint64 eventId, const QString &column, bool enabled, const CommandLabel &label);
    bool eventFlag(qint64 eventId, const QString &column) const;
    struct Pending {
        int side = 0; // who reported
        int scores[2] = {0, 0}; // in the match's side order
        QList<int> games; // the side that won each game, when reported game by game
        qint64 eventId = 0;
        bool operator==(const Pending &other) const
        {
            return scores[0] == other.scores[0] && scores[1] == other.scores[1] && games == other.games;
        }
    };
    Reply propose(qint64 playerId, qint64 matchId, bool byGames, const std::function<Pending(int side)> &make);
    // Saves a report both sides (or the organiser) agree on: the desk's own command.
    QString apply(qint64 matchId, const Pending &report);
    qint64 noShowDeadline(const LiveMatch &match) const;
    QJsonObject matchJson(const LiveMatch &match, int side, const QString &opponent) const;
    // The names of the match's round and station, again in an open MatchPresenter::InLanguage
    // (the phone's language), else as the desk wrote them.
    QString roundName(const LiveMatch &match) const;
    QString roundNameNow(const LiveMatch &match) const;
    QString stationName(const LiveMatch &match) const;
    // [{event, checkedIn}] of the player's entrants in events whose phone check-in window is open.
    QJsonArray checkInJson(qint64 playerId) const;
    bool setSecret(qint64 playerId, const QString &secret, const CommandLabel &label);

    Store &m_store;
    TournamentLive &m_live;
    const Clock &m_clock;
    mutable BracketStore m_brackets; // reading brings the shared cache up to date
    QHash<qint64, Pending> m_pending; // match id -> the first report, waiting for the other side
    // Pages are made for hundreds of phones after each change: what they all ask is kept.
    mutable std::optional<bool> m_checkInOpen; // some event's phone check-in window is open
    // (match id, catalogue) -> round name in that language; ids are never reused, names fixed.
    mutable QHash<std::pair<qint64, const void *>, QString> m_roundNames;
};
