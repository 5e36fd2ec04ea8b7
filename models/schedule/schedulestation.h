// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

// A setup (PC or console) that matches are called to. The scheduler only needs to know what it
// can host, whether it is the stream station, and whether it works right now.
struct ScheduleStation {
    qint64 id = 0;
    QString name; // as every screen writes it: "Station 4", or its own name (MatchPresenter)
    // Games or platforms it hosts, compared with ScheduleEventSettings::game; empty = any game
    // (what the Stations page promises for an empty field).
    QStringList games;
    bool stream = false; // featured matches are played here
    bool available = true; // false = out of order: nothing is called here
    int number = 0; // the organiser's number for it
    QString ownName; // the name the organiser gave it; empty: none

    bool hosts(const QString &game) const { return game.isEmpty() || games.isEmpty() || games.contains(game); }
};
