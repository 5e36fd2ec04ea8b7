// SPDX-License-Identifier: GPL-3.0-or-later
#include "tournamentmodel.h"

using namespace Qt::StringLiterals;

TournamentModel::TournamentModel(Store *store, QObject *parent)
    : StoreListModel(store, parent)
{
    reload();
}

QString TournamentModel::selectSql() const
{
    return u"SELECT t.id AS id, t.name AS name, t.venue AS venue, t.starts_on AS startsOn, t.ends_on AS endsOn, "
           "t.version AS version, (SELECT COUNT(*) FROM events e WHERE e.tournament_id = t.id) AS eventCount "
           "FROM tournaments t WHERE 1 = 1"_s;
}
