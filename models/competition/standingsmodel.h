// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/standingscalculator.h"

#include <QAbstractListModel>
#include <QHash>
#include <QStringList>

// One phase's standings, one row per entrant in the engine's order (StandingsCalculator), as
// the Bracket page's table shows them. Free-for-all: played counts games, wins the games won.
class StandingsModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        RankRole = Qt::UserRole + 1, ///< the placement as text, "–" while not decided
        GroupRole, ///< the group's index (0 when the phase has one group)
        NameRole, ///< the entrant's gamer tag or team name
        PlayedRole, ///< matches played (free-for-all: games)
        WinsRole, ///< matches won, byes included (free-for-all: games placed first)
        DrawsRole, ///< matches drawn
        LossesRole, ///< matches lost
        GamesRole, ///< games won and lost as text, "5–2"
        PointsRole, ///< the phase's points
        KillsRole, ///< free-for-all kills
        DisqualifiedRole, ///< the entrant was disqualified (the page strikes the name out)
        TiebreaksRole, ///< the tiebreak values as text, one per BracketController.tiebreakNames column
    };
    Q_ENUM(Role)

    using QAbstractListModel::QAbstractListModel;

    // Shows the phase's standings; nullptr empties the model.
    void setPhase(const omnium::engine::Phase *phase, const std::set<omnium::engine::EntrantId> &disqualified,
        const QHash<omnium::engine::EntrantId, QString> &names);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Row {
        omnium::engine::StandingRow line;
        QString name;
    };
    QList<Row> m_rows;
};
