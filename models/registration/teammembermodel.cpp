// SPDX-License-Identifier: GPL-3.0-or-later
#include "teammembermodel.h"

using namespace Qt::StringLiterals;

TeamMemberModel::TeamMemberModel(Store *store, QObject *parent)
    : StoreListModel(store, parent)
{ }

void TeamMemberModel::setTeamId(qint64 teamId)
{
    if (teamId == m_teamId)
        return;
    m_teamId = teamId;
    reload();
    Q_EMIT teamIdChanged();
}

QString TeamMemberModel::selectSql() const
{
    return u"SELECT m.id AS id, p.tag AS tag, m.player_id AS playerId, m.role AS memberRole, m.version AS version "
           "FROM team_members m JOIN players p ON p.id = m.player_id WHERE m.team_id = ?"_s;
}
