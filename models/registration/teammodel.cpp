// SPDX-License-Identifier: GPL-3.0-or-later
#include "teammodel.h"

#include "searchkey.h"

using namespace Qt::StringLiterals;

TeamModel::TeamModel(Store *store, QObject *parent)
    : StoreListModel(store, parent)
{
    reload();
}

QString TeamModel::selectSql() const
{
    return u"SELECT t.id AS id, t.name AS name, t.tag AS tag, t.notes AS notes, "
           "CASE WHEN t.logo IS NULL THEN 0 ELSE 1 END AS hasLogo, t.version AS version "
           "FROM teams t WHERE 1 = 1"_s;
}

void TeamModel::prepare()
{
    m_members.clear();
    auto query = store()->select(
        u"SELECT m.team_id, p.tag FROM team_members m JOIN players p ON p.id = m.player_id ORDER BY p.tag"_s);
    while (query.next())
        m_members[query.value(0).toLongLong()] << query.value(1).toString();
}

void TeamModel::complete(Row &row)
{
    const auto members = m_members.value(row.at(roleIndex(IdRole)).toLongLong());
    row[roleIndex(MemberCountRole)] = int(members.size());
    row[roleIndex(MembersRole)] = members.join(u", "_s);
    row[roleIndex(SearchKeyRole)] = searchKey(row.at(roleIndex(NameRole)).toString() + u' '
        + row.at(roleIndex(TagRole)).toString() + u' ' + members.join(u' '));
}
