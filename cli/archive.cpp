// SPDX-License-Identifier: GPL-3.0-or-later
// omnium-cli archive …: the Backups page's archive export, check and import (ArchiveController).
#include "archiverun.h"
#include "clinouns.h"

#include "store/store.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {

// Checks FILE completely (the page's inspectArchive); an exit 4 naming what is wrong.
void inspect(CliContext &context, ArchiveController &archives, const QString &path)
{
    if (!QFileInfo::exists(path))
        context.fileError(CliContext::tr("%1: no such file").arg(path));
    runArchiveOperation(context, archives, [&] { return archives.inspectArchive(QUrl::fromLocalFile(path)); });
}

QJsonObject describe(const ArchiveController &archives)
{
    const QVariantMap pending = archives.pendingImport();
    return {{u"scope"_s, pending.value(u"scope"_s).toString()},
        {u"appVersion"_s, pending.value(u"appVersion"_s).toString()},
        {u"tournaments"_s, QJsonArray::fromStringList(pending.value(u"tournaments"_s).toStringList())},
        {u"contents"_s, pending.value(u"contents"_s).toString()}};
}

} // namespace

int cli::archiveExport(CliContext &context)
{
    const QString path = context.argument(0, u"FILE"_s);
    const qint64 tournament = context.integer(u"tournament"_s, 0, 1, std::numeric_limits<qint64>::max());
    if (tournament != 0) {
        auto query = context.store().select(u"SELECT COUNT(*) FROM tournaments WHERE id = ?"_s, {tournament});
        if (!query.next() || query.value(0).toInt() == 0)
            context.badInput(
                CliContext::tr("--tournament: no tournament %1 in %2").arg(tournament).arg(context.databasePath()));
    }
    ArchiveController archives(context.store(), context.backups());
    runArchiveOperation(context, archives,
        [&] { return archives.exportArchive(QUrl::fromLocalFile(path), tournament, context.isSet(u"badge-ids"_s)); });
    context.out() << archives.status() << Qt::endl;
    return CliDone;
}

int cli::archiveCheck(CliContext &context)
{
    const QString path = context.argument(0, u"FILE"_s);
    ArchiveController archives(context.store(), context.backups());
    inspect(context, archives, path);
    const QJsonObject description = describe(archives);
    if (context.json())
        context.printJson(description);
    else
        context.out() << CliContext::tr("%1: sound; %2").arg(path, description.value(u"contents"_s).toString())
                      << Qt::endl;
    return CliDone;
}

int cli::archiveImport(CliContext &context)
{
    const QString path = context.argument(0, u"FILE"_s);
    const QString policy = context.choice(u"policy"_s, u"merge"_s);
    ArchiveController archives(context.store(), context.backups());
    inspect(context, archives, path);
    const QJsonObject description = describe(archives); // the import discards it
    runArchiveOperation(context, archives, [&] { return archives.importArchive(policy == u"merge"_s); });
    if (context.json())
        context.printJson(description);
    else
        context.out() << archives.status() << Qt::endl;
    return CliDone;
}
