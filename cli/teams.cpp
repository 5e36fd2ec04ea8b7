// SPDX-License-Identifier: GPL-3.0-or-later
// omnium-cli teams …: the Teams page's import, export and list (TeamImportController, TeamModel
// and TeamMemberModel through the same SortFilterModel search).
#include "clicontext.h"
#include "clinouns.h"

#include "registration/sortfiltermodel.h"
#include "registration/teamimportcontroller.h"
#include "registration/teammembermodel.h"
#include "registration/teammodel.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QUrl>

using namespace Qt::StringLiterals;

int cli::teamsImport(CliContext &context)
{
    const QString path = context.argument(0, u"FILE"_s);
    if (!QFile::exists(path))
        context.fileError(CliContext::tr("%1: no such file").arg(path));
    TeamImportController teams(context.store());
    QObject::connect(
        &teams, &TeamImportController::message, [&](const QString &text) { context.setControllerMessage(text); });
    if (!teams.readImportFile(QUrl::fromLocalFile(path)))
        context.storeFailed();
    const QVariantMap state = teams.importState();
    QJsonArray problems;
    for (const auto &problem : teams.validated().problems)
        problems.append(QJsonObject {{u"line"_s, problem.line}, {u"reason"_s, problem.reason}});
    const bool dryRun = context.isSet(u"dry-run"_s);
    const bool imported = problems.isEmpty() && !dryRun && teams.commitImport(!context.isSet(u"keep-existing"_s));
    if (context.json())
        context.printJson(QJsonObject {{u"encoding"_s, state.value(u"encoding"_s).toString()},
            {u"rows"_s, state.value(u"rowCount"_s).toInt()}, {u"newTeams"_s, state.value(u"newTeams"_s).toInt()},
            {u"updates"_s, state.value(u"updates"_s).toInt()}, {u"unchanged"_s, state.value(u"unchanged"_s).toInt()},
            {u"problems"_s, problems}, {u"imported"_s, imported}});
    context.reportImportProblems(path, state.value(u"problems"_s).toStringList());
    if (!dryRun && !imported)
        context.storeFailed();
    if (!context.json())
        context.out() << (dryRun
                ? CliContext::tr("would import %n team(s)", nullptr, state.value(u"teamCount"_s).toInt())
                : CliContext::tr("imported %n team(s)", nullptr, state.value(u"teamCount"_s).toInt()))
                      << u": "_s
                      << CliContext::tr("%1 new, %2 updated, %3 unchanged")
                             .arg(state.value(u"newTeams"_s).toInt())
                             .arg(state.value(u"updates"_s).toInt())
                             .arg(state.value(u"unchanged"_s).toInt())
                      << Qt::endl;
    return CliDone;
}

int cli::teamsExport(CliContext &context)
{
    TeamImportController teams(context.store());
    context.writeOutput(teams.exportCsv());
    return CliDone;
}

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
