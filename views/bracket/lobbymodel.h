// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/eventstate.h"

#include <QAbstractListModel>
#include <QColor>

class PhaseBracket;

// One lobby's entrants: placement in the lobby once played (else lobby order), points and
// each game's placement and kills.
class LobbyEntrantModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        NameRole = Qt::UserRole + 1, ///< the entrant's name
        PlacementRole, ///< rank in the lobby by points once it is played, else 0
        PointsRole, ///< placement points plus kill points over the lobby's games
        GamePlacementsRole, ///< list<int>: the placement in each game played
        GameKillsRole, ///< list<int>: the kills in each game played
    };
    Q_ENUM(Role)

    struct Entrant {
        QString name;
        int placement = 0;
        int points = 0;
        QList<int> placements;
        QList<int> kills;
    };

    using QAbstractListModel::QAbstractListModel;

    void setEntrants(const QList<Entrant> &entrants);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QList<Entrant> m_entrants;
};

// A free-for-all phase's lobbies, in play order, as the Bracket page's lobby cards show them.
class LobbyModel : public QAbstractListModel
{
    Q_OBJECT
    // The most entrants in one lobby and the most games of one: the cards share one size.
    Q_PROPERTY(int maxEntrants READ maxEntrants NOTIFY shapeChanged)
    Q_PROPERTY(int maxGames READ maxGames NOTIFY shapeChanged)

public:
    enum Role {
        MatchIdRole = Qt::UserRole + 1, ///< the lobby's match id (to report its result)
        NumberRole, ///< the match number organisers call ("M12" without the M)
        TitleRole, ///< "Round 1 · lobby 2"
        DisputedRole, ///< an entrant contests the result
        ColourRole, ///< the state's colour, as the bracket boxes (PhaseBracket::matchColour)
        CompletedRole, ///< the lobby's result is in
        BestOfRole, ///< games to play in the lobby
        EntrantsRole, ///< a LobbyEntrantModel of its entrants (owned by this model, kept across resets)
    };
    Q_ENUM(Role)

    using QAbstractListModel::QAbstractListModel;

    // Shows the phase's lobbies as drawn by bracket; nullptr or another format empties it.
    void setPhase(const PhaseBracket &bracket, const omnium::engine::Phase *phase);

    int maxEntrants() const;
    int maxGames() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void shapeChanged();

private:
    struct Lobby {
        qint64 matchId = 0;
        int number = 0;
        QString title;
        bool disputed = false;
        QColor colour;
        bool completed = false;
        int bestOf = 1;
    };
    QList<Lobby> m_lobbies;
    // Row i's entrants. Reused, never deleted before this model: a delegate being torn down may
    // still read the one it was given.
    QList<LobbyEntrantModel *> m_entrants;
};
