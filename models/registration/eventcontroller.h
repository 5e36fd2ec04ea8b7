// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>
#include <QVariantList>
#include <QVariantMap>

#include <optional>

class Store;
class StoreTransaction;

// The commands of the organiser's first hour: tournaments and events, registration with a
// waiting list when an event is full, the check-in desk, and seeding. Each method is one
// undoable store command; failures come back as Store::errorOccurred.
class EventController : public QObject
{
    Q_OBJECT

public:
    explicit EventController(Store &store, QObject *parent = nullptr);

    // values: name, venue, startsOn, endsOn (ISO dates)
    Q_INVOKABLE qint64 addTournament(const QVariantMap &values);
    Q_INVOKABLE bool updateTournament(qint64 id, int version, const QVariantMap &values);
    Q_INVOKABLE bool removeTournament(qint64 id, int version);

    // values: name, game, teamSize (1 = 1v1), entrantCap (0 or absent = no cap)
    Q_INVOKABLE qint64 addEvent(qint64 tournamentId, const QVariantMap &values);
    Q_INVOKABLE bool updateEvent(qint64 id, int version, const QVariantMap &values);
    Q_INVOKABLE bool removeEvent(qint64 id, int version);

    // Registers a player (1v1 events) or a team; on the waiting list once the cap is reached.
    // Returns the entrant id, or 0 when refused.
    Q_INVOKABLE qint64 registerPlayer(qint64 eventId, qint64 playerId);
    Q_INVOKABLE qint64 registerTeam(qint64 eventId, qint64 teamId);
    // Registers every player of the list not registered yet, in one command (after an import,
    // "register everyone shown"); the waiting list applies. Returns how many, or -1 if refused.
    Q_INVOKABLE int registerPlayers(qint64 eventId, const QVariantList &playerIds);
    // Removes an entrant; the first of the waiting list takes the place.
    Q_INVOKABLE bool unregister(qint64 entrantId, int version);

    Q_INVOKABLE bool checkIn(qint64 entrantId);
    Q_INVOKABLE bool cancelCheckIn(qint64 entrantId);
    // At the close of check-in: every registered entrant not checked in leaves the event, in one action.
    Q_INVOKABLE int removeNoShows(qint64 eventId);

    // Seeds 1..n in the given order of entrant ids (the others keep no seed).
    Q_INVOKABLE bool setSeedOrder(qint64 eventId, const QVariantList &entrantIds);
    // Moves one entrant to a seed, shifting the others (drag and drop).
    Q_INVOKABLE bool moveSeed(qint64 eventId, qint64 entrantId, int seed);
    // Shuffles with a reproducible generator: the same seed gives the same order on every computer.
    Q_INVOKABLE bool seedRandomly(qint64 eventId, quint32 randomSeed);
    Q_INVOKABLE quint32 newRandomSeed() const;
    // The seed of the event's last random seeding (shown again after a restart), or 0.
    Q_INVOKABLE quint32 randomSeedOf(qint64 eventId);
    // Best rating first; entrants without rating after, in registration order.
    Q_INVOKABLE bool seedByRating(qint64 eventId);

    // Events with a finished bracket (other than exceptEventId), newest first, to seed by their
    // result: [{id, name}] where name says "event (tournament)".
    Q_INVOKABLE QVariantList finishedEvents(qint64 exceptEventId);
    // Seeds by the final placements of an earlier finished event: its players (or teams) best
    // placed first, then the entrants who did not play it, in their current order.
    Q_INVOKABLE bool seedByPreviousResult(qint64 eventId, qint64 previousEventId);

    // The reproducible shuffle used by seedRandomly (exposed for tests): a permutation of 0..count-1.
    static QList<int> shuffledOrder(int count, quint32 randomSeed);
    // Entrants in a bracket (a match side or a lobby) are not removed: the bracket would lose a
    // side and could no longer be loaded. Fails the command naming the first one; they are
    // disqualified in the bracket instead. `entrants` is a condition on the entrants table "e".
    static void refuseEntrantsInBrackets(StoreTransaction &tx, const QString &entrants, const QVariantList &values);

private:
    // The one path of new (id 0) and edited rows, with one set of rules; returns the id or 0.
    qint64 saveTournament(qint64 id, int version, const QVariantMap &values);
    qint64 saveEvent(qint64 id, int version, const QVariantMap &values);
    // The entrant ids of a finished event, best placed first; nullopt and *error if it is not finished.
    std::optional<QList<qint64>> finishingOrder(qint64 eventId, QString *error);
    qint64 registerEntrant(qint64 eventId, const QString &column, qint64 id);
    static qint64 insertEntrant(StoreTransaction &tx, qint64 eventId, const QString &column, qint64 id);
    // The registered (not waitlisted) entrants in current seed order, then registration order.
    static QList<qint64> seedOrder(StoreTransaction &tx, qint64 eventId);
    static void writeSeeds(StoreTransaction &tx, const QList<qint64> &order, qint64 eventId);
    static void promoteWaitlist(StoreTransaction &tx, qint64 eventId);
    QString eventName(qint64 eventId);
    QString entrantName(qint64 entrantId);

    Store &m_store;
};
