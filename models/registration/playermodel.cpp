// SPDX-License-Identifier: GPL-3.0-or-later
#include "playermodel.h"

#include "searchkey.h"

using namespace Qt::StringLiterals;

PlayerModel::PlayerModel(Store *store, QObject *parent)
    : StoreListModel(store, parent)
{
    reload();
}

QString PlayerModel::selectSql() const
{
    return u"SELECT p.id AS id, p.tag AS tag, p.name AS name, p.country AS country, p.email AS email, "
           "p.phone AS phone, p.notes AS notes, p.rating AS rating, "
           "CASE WHEN p.photo IS NULL THEN 0 ELSE 1 END AS hasPhoto, p.version AS version "
           "FROM players p WHERE 1 = 1"_s;
}

void PlayerModel::prepare()
{
    m_teamsOfPlayer.clear();
    auto query = store()->select(
        u"SELECT m.player_id, t.name FROM team_members m JOIN teams t ON t.id = m.team_id ORDER BY t.name"_s);
    while (query.next())
        m_teamsOfPlayer[query.value(0).toLongLong()] << query.value(1).toString();
}

void PlayerModel::complete(Row &row)
{
    const auto teams = m_teamsOfPlayer.value(row.at(roleIndex(IdRole)).toLongLong()).join(u", "_s);
    row[roleIndex(TeamsRole)] = teams;
    row[roleIndex(SearchKeyRole)] = searchKey(
        row.at(roleIndex(TagRole)).toString() + u' ' + row.at(roleIndex(NameRole)).toString() + u' ' + teams);
}
