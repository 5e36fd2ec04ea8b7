// SPDX-License-Identifier: GPL-3.0-or-later
#include "stationlistmodel.h"

void StationListModel::setStations(QList<StationRow> stations)
{
    replaceRows(std::move(stations), [](const StationRow &station) { return station.stationId; });
}

int StationListModel::nextNumber() const
{
    int highest = 0;
    for (const StationRow &station : rows())
        highest = std::max(highest, station.number);
    return highest + 1;
}

QVariant StationListModel::data(const QModelIndex &index, int role) const
{
    const StationRow *station = rowAt(index);
    if (!station)
        return {};
    switch (Role(role)) {
    case StationIdRole:
        return station->stationId;
    case NumberRole:
        return station->number;
    case OwnNameRole:
        return station->ownName;
    case NameRole:
        return station->name;
    case GamesRole:
        return station->games.join(QStringLiteral(", "));
    case StreamRole:
        return station->stream;
    case AvailableRole:
        return station->available;
    case CurrentMatchIdRole:
        return station->currentMatchId;
    case CurrentLabelRole:
        return station->currentLabel;
    }
    return {};
}

QHash<int, QByteArray> StationListModel::roleNames() const
{
    return {{StationIdRole, "stationId"}, {NumberRole, "number"}, {OwnNameRole, "ownName"}, {NameRole, "name"},
        {GamesRole, "games"}, {StreamRole, "stream"}, {AvailableRole, "available"},
        {CurrentMatchIdRole, "currentMatchId"}, {CurrentLabelRole, "currentLabel"}};
}
