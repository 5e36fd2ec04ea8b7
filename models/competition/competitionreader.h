// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class Store;

// What screens show about an event beside its bracket, read from the store: how many entrants
// play in it, and the tournament's name and venue for headers (bracket exports, the overlays).
class CompetitionReader
{
public:
    explicit CompetitionReader(Store &store);

    struct Tournament {
        QString name; // empty when there is no such tournament
        QString venue;
    };

    // The event's registered entrants, the waiting list not counted.
    int playingEntrants(qint64 eventId) const;
    // The tournament the event belongs to.
    Tournament tournamentOf(qint64 eventId) const;
    // The newest tournament (by id): what the overlays name before anything is played.
    Tournament newestTournament() const;

private:
    Store &m_store;
};
