// SPDX-License-Identifier: GPL-3.0-or-later
// omnium-cli players …: the Players page's import, export and list (PlayerController,
// PlayerModel through the same SortFilterModel search).
#include "clicontext.h"
#include "clinouns.h"

#include "registration/playercontroller.h"
#include "registration/playermodel.h"
#include "registration/sortfiltermodel.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {

// --format: the layout the organiser says the file has; refused when the file has another.
void checkLayout(CliContext &context, const PlayerImport &import, const QString &path)
{
    static const QHash<QString, PlayerImport::Layout> layouts = {{u"omnium"_s, PlayerImport::Layout::Generic},
        {u"startgg"_s, PlayerImport::Layout::StartGg}, {u"challonge"_s, PlayerImport::Layout::Challonge}};
    const QString format = context.choice(u"format"_s, u"auto"_s);
    if (format != u"auto"_s && layouts.value(format) != import.layout())
        context.badInput(CliContext::tr("--format %1: %2 looks like a %3").arg(format, path, import.layoutName()));
}

// Before the import: committing clears the controller's pending import.
QJsonObject importReport(const PlayerController &players)
{
    const QVariantMap state = players.importState();
    QJsonArray problems;
    for (const auto &problem : players.pendingImport().validate().problems)
        problems.append(QJsonObject {{u"line"_s, problem.line}, {u"reason"_s, problem.reason}});
    return {{u"layout"_s, state.value(u"layout"_s).toString()}, {u"encoding"_s, state.value(u"encoding"_s).toString()},
        {u"rows"_s, state.value(u"rowCount"_s).toInt()}, {u"newPlayers"_s, state.value(u"newPlayers"_s).toInt()},
        {u"updates"_s, state.value(u"updates"_s).toInt()}, {u"unchanged"_s, state.value(u"unchanged"_s).toInt()},
        {u"problems"_s, problems}, {u"imported"_s, false}};
}

} // namespace

int cli::playersImport(CliContext &context)
{
    const QString path = context.argument(0, u"FILE"_s);
    QFile file(path);
    if (!file.exists())
        context.fileError(CliContext::tr("%1: no such file").arg(path));
    PlayerController players(context.store());
    QObject::connect(
        &players, &PlayerController::message, [&](const QString &text) { context.setControllerMessage(text); });
    if (!players.readImportFile(QUrl::fromLocalFile(path)))
        context.storeFailed();
    checkLayout(context, players.pendingImport(), path);
    const QVariantMap state = players.importState();
    const QStringList problems = state.value(u"problems"_s).toStringList();
    const bool dryRun = context.isSet(u"dry-run"_s);
    QJsonObject report = importReport(players);
    const bool imported = problems.isEmpty() && !dryRun && players.commitImport(!context.isSet(u"keep-existing"_s));
    report.insert(u"imported"_s, imported);
    if (context.json())
        context.printJson(report);
    context.reportImportProblems(path, problems);
    if (!dryRun && !imported)
        context.storeFailed();
    if (!context.json()) {
        const int rows = state.value(u"playerCount"_s).toInt();
        context.out() << (dryRun ? CliContext::tr("would import %n row(s)", nullptr, rows)
                                 : CliContext::tr("imported %n row(s)", nullptr, rows))
                      << u" ("_s << state.value(u"layout"_s).toString() << u"): "_s
                      << CliContext::tr("%1 new, %2 updated, %3 unchanged")
                             .arg(state.value(u"newPlayers"_s).toInt())
                             .arg(state.value(u"updates"_s).toInt())
                             .arg(state.value(u"unchanged"_s).toInt())
                      << Qt::endl;
    }
    return CliDone;
}

int cli::playersExport(CliContext &context)
{
    PlayerController players(context.store());
    context.writeOutput(players.exportCsv());
    return CliDone;
}

int cli::playersList(CliContext &context)
{
    PlayerModel model(&context.store());
    SortFilterModel shown;
    shown.setSourceModel(&model);
    shown.setSortRoleName(u"tag"_s);
    shown.setSearch(context.value(u"search"_s));
    QJsonArray list;
    for (int row = 0; row < shown.count(); ++row) {
        const QVariantMap player = shown.get(row);
        const QString teams = player.value(u"teams"_s).toString();
        list.append(
            QJsonObject {{u"id"_s, player.value(u"id"_s).toLongLong()}, {u"tag"_s, player.value(u"tag"_s).toString()},
                {u"name"_s, player.value(u"name"_s).toString()}, {u"country"_s, player.value(u"country"_s).toString()},
                {u"email"_s, player.value(u"email"_s).toString()}, {u"phone"_s, player.value(u"phone"_s).toString()},
                {u"rating"_s, player.value(u"rating"_s).isNull() ? QJsonValue() : player.value(u"rating"_s).toDouble()},
                {u"teams"_s, QJsonArray::fromStringList(teams.isEmpty() ? QStringList() : teams.split(u", "_s))}});
        if (!context.json())
            context.out() << player.value(u"id"_s).toLongLong() << '\t' << player.value(u"tag"_s).toString() << '\t'
                          << player.value(u"name"_s).toString() << '\t' << teams << Qt::endl;
    }
    if (context.json())
        context.printJson(list);
    return CliDone;
}
