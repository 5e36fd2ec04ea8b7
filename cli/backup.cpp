// SPDX-License-Identifier: GPL-3.0-or-later
// omnium-cli backup …: the Backups page's list, "Back up now" and restore (ArchiveController,
// BackupManager).
#include "archiverun.h"
#include "clinouns.h"

#include "archive/backupmanager.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {

QJsonObject describe(const BackupManager::Backup &backup)
{
    QJsonObject counts;
    for (auto it = backup.counts.cbegin(); it != backup.counts.cend(); ++it)
        counts.insert(it.key(), it.value());
    return {{u"id"_s, QFileInfo(backup.path).fileName()}, {u"path"_s, backup.path},
        {u"at"_s, backup.at.toUTC().toString(Qt::ISODate)}, {u"reason"_s, backup.reason}, {u"counts"_s, counts},
        {u"tournaments"_s, QJsonArray::fromStringList(backup.tournaments)}, {u"size"_s, backup.size}};
}

} // namespace

int cli::backupList(CliContext &context)
{
    QJsonArray list;
    for (const auto &backup : context.backups().backups()) {
        list.append(describe(backup));
        if (!context.json())
            context.out() << QFileInfo(backup.path).fileName() << '\t' << backup.at.toUTC().toString(Qt::ISODate)
                          << '\t' << backup.reason << '\t' << backup.tournaments.join(u", "_s) << Qt::endl;
    }
    if (context.json())
        context.printJson(list);
    return CliDone;
}

int cli::backupCreate(CliContext &context)
{
    ArchiveController archives(context.store(), context.backups());
    runArchiveOperation(context, archives, [&] { return archives.backupNow(); });
    const auto backups = context.backups().backups();
    if (context.json())
        context.printJson(describe(backups.first()));
    else
        context.out() << CliContext::tr("backed up to %1").arg(backups.first().path) << Qt::endl;
    return CliDone;
}

int cli::backupRestore(CliContext &context)
{
    const QString id = context.argument(0, u"ID"_s);
    QString path;
    for (const auto &backup : context.backups().backups()) {
        if (QFileInfo(backup.path).fileName() == id || backup.path == id)
            path = backup.path;
    }
    if (path.isEmpty())
        context.badInput(CliContext::tr("ID: no backup \"%1\" in %2 (see \"omnium-cli backup list\")")
                .arg(id, context.backups().folder()));
    if (!context.isSet(u"yes"_s))
        throw CliFailure {CliConfirmationNeeded,
            CliContext::tr(
                "restoring %1 replaces everything in %2 (a backup of it is taken first); run again with --yes")
                .arg(id, context.databasePath())};
    ArchiveController archives(context.store(), context.backups());
    runArchiveOperation(context, archives, [&] { return archives.restoreBackup(path); });
    context.out() << archives.status() << Qt::endl;
    return CliDone;
}
