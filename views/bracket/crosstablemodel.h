// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/eventstate.h"

#include <QAbstractListModel>
#include <QColor>

class PhaseBracket;

// One group's cross table, cell by cell in reading order (row after row): entrant `row`
// against entrant `column`, scored from the row's side.
class CrossTableCellModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        RowRole = Qt::UserRole
            + 1, ///< "rowEntrant": the row's entrant, from 0 in the group's seed order (not "row": delegates have one)
        ColumnRole, ///< "columnEntrant": the column's entrant
        MatchRole, ///< the match to open there (the one still to play, else the last one), 0 on the diagonal
        TextRole, ///< the scores from the row's side, "2–1", several joined by " / "; "" if none played
        OutcomeRole, ///< "win", "loss" or "draw" for the row's entrant, "" if none played
        ColourRole, ///< the match's state colour, as the bracket boxes; invalid without a match
    };
    Q_ENUM(Role)

    struct Cell {
        int row = 0;
        int column = 0;
        qint64 match = 0;
        QString text;
        QString outcome;
        QColor colour;
    };

    using QAbstractListModel::QAbstractListModel;

    void setCells(const QList<Cell> &cells);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QList<Cell> m_cells;
};

// A round robin phase's cross tables, one row per group.
class CrossTableModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        NameRole = Qt::UserRole + 1, ///< "Group A", or "" when the phase has one group
        EntrantsRole, ///< list<string>: the group's entrants in seed order (the rows and the columns)
        CellsRole, ///< a CrossTableCellModel of the group's cells (owned by this model, kept across resets)
    };
    Q_ENUM(Role)

    using QAbstractListModel::QAbstractListModel;

    // Shows the phase's cross tables as drawn by bracket; nullptr or another format empties it.
    void setPhase(const PhaseBracket &bracket, const omnium::engine::Phase *phase);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Group {
        QString name;
        QStringList entrants;
    };
    QList<Group> m_groups;
    // Row i's cells. Reused, never deleted before this model: a delegate being torn down may
    // still read the one it was given.
    QList<CrossTableCellModel *> m_cells;
};
