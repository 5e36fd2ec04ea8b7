// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventmodel.h"

using namespace Qt::StringLiterals;

EventModel::EventModel(Store *store, QObject *parent)
    : StoreListModel(store, parent)
{
    reload();
}

void EventModel::setTournamentId(qint64 tournamentId)
{
    if (tournamentId == m_tournamentId)
        return;
    m_tournamentId = tournamentId;
    reload();
    Q_EMIT tournamentIdChanged();
}

QString EventModel::selectSql() const
{
    return u"SELECT e.id AS id, e.name AS name, e.tournament_id AS tournamentId, e.game AS game, "
           "e.team_size AS teamSize, e.entrant_cap AS entrantCap, e.version AS version, "
           "(SELECT COUNT(*) FROM entrants n WHERE n.event_id = e.id AND n.waitlisted = 0) AS entrantCount, "
           "(SELECT COUNT(*) FROM entrants n WHERE n.event_id = e.id AND n.waitlisted = 1) AS waitlistCount, "
           "(SELECT COUNT(*) FROM entrants n WHERE n.event_id = e.id AND n.check_in = 'checked_in') "
           "AS checkedInCount FROM events e WHERE (? = 0 OR e.tournament_id = ?)"_s;
}

QVariantList EventModel::selectValues() const
{
    return {m_tournamentId, m_tournamentId};
}
