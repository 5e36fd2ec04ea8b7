// SPDX-License-Identifier: GPL-3.0-or-later
#include "entrantmodel.h"

#include "searchkey.h"

using namespace Qt::StringLiterals;

EntrantModel::EntrantModel(Store *store, QObject *parent)
    : StoreListModel(store, parent)
{ }

void EntrantModel::setEventId(qint64 eventId)
{
    if (eventId == m_eventId)
        return;
    m_eventId = eventId;
    reload();
    Q_EMIT eventIdChanged();
}

QString EntrantModel::selectSql() const
{
    return u"SELECT e.id AS id, COALESCE(p.tag, t.name) AS name, e.player_id AS playerId, e.team_id AS teamId, "
           "p.name AS realName, e.seed AS seed, e.check_in AS checkIn, e.checked_in_at AS checkedInAt, "
           "e.waitlisted AS waitlisted, p.rating AS rating, e.created_at AS registeredAt, e.version AS version "
           "FROM entrants e LEFT JOIN players p ON p.id = e.player_id LEFT JOIN teams t ON t.id = e.team_id "
           "WHERE e.event_id = ?"_s;
}

void EntrantModel::complete(Row &row)
{
    row[roleIndex(CheckedInRole)] = row.at(roleIndex(CheckInRole)).toString() == u"checked_in"_s;
    row[roleIndex(WaitlistedRole)] = row.at(roleIndex(WaitlistedRole)).toInt() != 0;
    row[roleIndex(SearchKeyRole)]
        = searchKey(row.at(roleIndex(NameRole)).toString() + u' ' + row.at(roleIndex(RealNameRole)).toString());
}

void EntrantModel::rowsChangedHook()
{
    int registered = 0, checkedIn = 0, waitlisted = 0;
    for (int r = 0; r < rowCount(); ++r) {
        const auto row = index(r);
        if (row.data(WaitlistedRole).toBool()) {
            ++waitlisted;
            continue;
        }
        ++registered;
        checkedIn += row.data(CheckedInRole).toBool() ? 1 : 0;
    }
    if (registered != m_registered || checkedIn != m_checkedIn || waitlisted != m_waitlisted) {
        m_registered = registered;
        m_checkedIn = checkedIn;
        m_waitlisted = waitlisted;
        Q_EMIT countersChanged();
    }
}
