// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "competition/bracketstore.h"

#include <QAbstractListModel>

// Every phase of one event, one row each in play order: what a multi-phase event (pools → top 8,
// Swiss → playoffs) needs at a glance on the Bracket page's overview.
class PhaseSummaryModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        NameRole = Qt::UserRole + 1, ///< the phase's name, "Pools"
        FormatRole, ///< the format in words (MatchPresenter::formatName)
        StateRole, ///< "stateName": "Not started", "In progress" or "Complete", translated (not "state": an Item has
                   ///< one)
        CompleteRole, ///< every match of the phase is played
        DoneRole, ///< matches played (byes and an unneeded grand-final reset not counted)
        TotalRole, ///< matches to play in all
        GroupsRole, ///< groups (pools) in the phase, at least 1
        EntrantsRole, ///< entrants seeded into the phase
        AdvancedRole, ///< the names who went on to the next phase, or the winner of the last one
        NoteRole, ///< what AdvancedRole lists ("Top 2 of each group advanced", "Winner"), or ""
    };
    Q_ENUM(Role)

    using QAbstractListModel::QAbstractListModel;

    // Shows the event's phases; nullptr empties the model.
    void setEvent(const BracketStore::EventBracket *event);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Row {
        QString name;
        QString format;
        bool complete = false;
        int done = 0;
        int total = 0;
        int groups = 1;
        int entrants = 0;
        QStringList advanced;
        QString note;
    };
    QList<Row> m_rows;
};
