// SPDX-License-Identifier: GPL-3.0-or-later
// omnium-cli teams …: the Teams page's list and rosters (TeamModel, TeamMemberModel).
#include "clicontext.h"
#include "clinouns.h"

#include "registration/sortfiltermodel.h"
#include "registration/teammembermodel.h"
#include "registration/teammodel.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

int cli::teamsList(CliContext &context)
{
    TeamModel model(&context.store());
    SortFilterModel shown;
    shown.setSourceModel(&model);
    shown.setSortRoleName(u"name"_s);
    shown.setSearch(context.value(u"search"_s));
    TeamMemberModel roster(&context.store());
    QJsonArray list;
    for (int row = 0; row < shown.count(); ++row) {
        const QVariantMap team = shown.get(row);
        roster.setTeamId(team.value(u"id"_s).toLongLong());
        QJsonArray members;
        QStringList tags;
        for (int m = 0; m < roster.count(); ++m) {
            const QVariantMap member = roster.get(m);
            members.append(QJsonObject {{u"playerId"_s, member.value(u"playerId"_s).toLongLong()},
                {u"tag"_s, member.value(u"tag"_s).toString()}, {u"role"_s, member.value(u"memberRole"_s).toString()}});
            tags << member.value(u"tag"_s).toString();
        }
        list.append(
            QJsonObject {{u"id"_s, team.value(u"id"_s).toLongLong()}, {u"name"_s, team.value(u"name"_s).toString()},
                {u"tag"_s, team.value(u"tag"_s).toString()}, {u"members"_s, members}});
        if (!context.json())
            context.out() << team.value(u"id"_s).toLongLong() << '\t' << team.value(u"name"_s).toString() << '\t'
                          << tags.join(u", "_s) << Qt::endl;
    }
    if (context.json())
        context.printJson(list);
    return CliDone;
}
