// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rowlistmodel.h"

#include <QStringList>

// The tournament's stations in number order, each with the match on it now (Stations page,
// Timeline lanes, omnium-cli's schedule status).
struct StationRow {
    qint64 stationId = 0;
    int number = 0;
    QString ownName; // the name the organiser gave it; empty: none
    QString name; // as every screen writes it ("Station 4" or its own name)
    QStringList games; // empty: any game
    bool stream = false;
    bool available = true;
    qint64 currentMatchId = 0; // called or played there now; 0: free
    QString currentLabel; // that match's label
    bool operator==(const StationRow &) const = default;
};

class StationListModel : public RowListModel<StationRow>
{
    Q_OBJECT
    // The number a new station gets by default: one more than the highest.
    Q_PROPERTY(int nextNumber READ nextNumber NOTIFY countChanged)

public:
    enum Role {
        StationIdRole = Qt::UserRole + 1, ///< the station's id (qint64)
        NumberRole, ///< the organiser's number for it
        OwnNameRole, ///< the name the organiser gave it, empty if none
        NameRole, ///< the name every screen shows
        GamesRole, ///< games it hosts, comma-separated; empty: any game
        StreamRole, ///< the stream station
        AvailableRole, ///< false while out of order
        CurrentMatchIdRole, ///< the match on it now, 0 if free
        CurrentLabelRole, ///< that match's label, empty if free
    };
    Q_ENUM(Role)

    using RowListModel::RowListModel;

    void setStations(QList<StationRow> stations);
    int nextNumber() const;

    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
};
