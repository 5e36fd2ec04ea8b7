// SPDX-License-Identifier: GPL-3.0-or-later
#include "archivecontroller.h"

#include "backupmanager.h"
#include "store/store.h"
#include "tournamentdataexporter.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace {

QString localPath(const QUrl &file)
{
    return file.isLocalFile() ? file.toLocalFile() : file.toString();
}

QString reasonText(const QString &reason)
{
    if (reason.startsWith(u"auto"_s))
        return ArchiveController::tr("Automatic");
    if (reason.startsWith(u"manual"_s))
        return ArchiveController::tr("By hand");
    if (reason.startsWith(u"migration"_s))
        return ArchiveController::tr("Before an update of the database");
    if (reason.startsWith(u"import"_s))
        return ArchiveController::tr("Before an import");
    if (reason.startsWith(u"restore"_s))
        return ArchiveController::tr("Before a restore");
    if (reason.startsWith(u"destructive"_s))
        return ArchiveController::tr("Before a deletion");
    return reason;
}

QString contentsText(const QMap<QString, qint64> &counts, const QStringList &tournaments)
{
    QStringList parts;
    parts << ArchiveController::tr("%n tournament(s)", nullptr, int(counts.value(u"tournaments"_s)))
          << ArchiveController::tr("%n event(s)", nullptr, int(counts.value(u"events"_s)))
          << ArchiveController::tr("%n player(s)", nullptr, int(counts.value(u"players"_s)))
          << ArchiveController::tr("%n match(es)", nullptr, int(counts.value(u"matches"_s)));
    QString text = parts.join(u", "_s);
    if (!tournaments.isEmpty())
        text += u" — "_s + tournaments.mid(0, 3).join(u", "_s) + (tournaments.size() > 3 ? u"…"_s : QString());
    return text;
}

} // namespace

ArchiveController::ArchiveController(Store &store, BackupManager &backups, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_backups(backups)
{
    connect(&m_backups, &BackupManager::backupsChanged, this, &ArchiveController::backupsChanged);
}

ArchiveController::~ArchiveController() = default;

QVariantList ArchiveController::backups() const
{
    QVariantList list;
    const QLocale locale;
    for (const auto &backup : m_backups.backups()) {
        list.append(QVariantMap {
            {u"path"_s, backup.path},
            {u"fileName"_s, QFileInfo(backup.path).fileName()},
            {u"at"_s, locale.toString(backup.at.toLocalTime(), QLocale::ShortFormat)},
            {u"reason"_s, backup.reason},
            {u"reasonText"_s, reasonText(backup.reason)},
            {u"contents"_s, contentsText(backup.counts, backup.tournaments)},
            {u"size"_s, locale.formattedDataSize(backup.size)},
        });
    }
    return list;
}

QString ArchiveController::backupFolder() const
{
    return m_backups.folder();
}

ArchiveProgress ArchiveController::progressCallback(bool allowInput)
{
    // While the import's command is open, clicks must not start other commands on the same
    // connection: only painting goes through then (the write phase takes seconds at most).
    const auto flags = allowInput ? QEventLoop::AllEvents : QEventLoop::ExcludeUserInputEvents;
    return [this, flags](qint64 done, qint64 total) {
        m_progress = total > 0 ? double(done) / double(total) : 0;
        Q_EMIT progressChanged();
        QCoreApplication::processEvents(flags, 20);
        return !m_cancelRequested;
    };
}

void ArchiveController::begin(const QString &status)
{
    m_busy = true;
    m_cancelRequested = false;
    m_progress = 0;
    m_status = status;
    m_lastError.clear();
    Q_EMIT progressChanged();
    Q_EMIT statusChanged();
}

bool ArchiveController::finish(const ArchiveError &error, const QString &success)
{
    m_busy = false;
    m_progress = error ? 0 : 1;
    m_status = error ? QString() : success;
    m_lastError = error.message;
    Q_EMIT progressChanged();
    Q_EMIT statusChanged();
    return !error;
}

bool ArchiveController::exportArchive(const QUrl &file, qint64 tournamentId)
{
    if (m_busy)
        return false;
    const QString path = localPath(file);
    begin(tr("Exporting…"));
    ArchiveExporter exporter(m_store);
    const auto error = exporter.exportTo(path, tournamentId, progressCallback());
    return finish(error, tr("Exported to %1.").arg(path));
}

bool ArchiveController::inspectArchive(const QUrl &file)
{
    if (m_busy)
        return false;
    discardImport();
    begin(tr("Checking the archive…"));
    auto importer = std::make_unique<ArchiveImporter>();
    const auto error = importer->open(localPath(file), progressCallback());
    if (!error) {
        const auto &manifest = importer->manifest();
        QStringList names;
        for (const auto &t : manifest.tournaments)
            names << t.name;
        m_pendingImport = {
            {u"scope"_s, manifest.scope},
            {u"appVersion"_s, manifest.appVersion},
            {u"createdAt"_s, QLocale().toString(manifest.createdAt.toLocalTime(), QLocale::ShortFormat)},
            {u"tournaments"_s, names},
            {u"contents"_s, contentsText(manifest.counts, names)},
            {u"fileName"_s, QFileInfo(localPath(file)).fileName()},
        };
        m_importer = std::move(importer);
        Q_EMIT pendingImportChanged();
    }
    return finish(error, tr("The archive is sound. Choose how to import it."));
}

void ArchiveController::discardImport()
{
    m_importer.reset();
    if (!m_pendingImport.isEmpty()) {
        m_pendingImport.clear();
        Q_EMIT pendingImportChanged();
    }
}

bool ArchiveController::importArchive(bool mergePlayers)
{
    if (m_busy || !m_importer)
        return false;
    begin(tr("Importing…"));
    QString backupError;
    if (m_backups.backupNow(u"import"_s, &backupError).isEmpty())
        return finish(
            ArchiveError::make(ArchiveError::Kind::Io,
                tr("The database could not be backed up first, so nothing was imported: %1").arg(backupError)),
            {});
    const auto error = m_importer->importInto(m_store,
        mergePlayers ? ArchiveImporter::PlayerPolicy::Merge : ArchiveImporter::PlayerPolicy::KeepBoth,
        progressCallback(false));
    if (!error)
        discardImport();
    return finish(error, tr("Imported. Undo takes the whole import back."));
}

bool ArchiveController::openArchiveDatabase(const QUrl &file)
{
    if (m_busy || !m_importer)
        return false;
    const QString path = localPath(file);
    begin(tr("Opening the archive's database…"));
    if (QFileInfo(path).absoluteFilePath() == QFileInfo(m_store.path()).absoluteFilePath())
        return finish(
            ArchiveError::make(ArchiveError::Kind::Io, tr("Choose another file than the open database.")), {});
    auto error = m_importer->saveDatabaseAs(path);
    if (!error) {
        if (const auto openError = m_store.open(path))
            error = ArchiveError::make(ArchiveError::Kind::StoreRefused, openError.message);
        else
            discardImport();
    }
    return finish(error, tr("Now working in %1.").arg(path));
}

bool ArchiveController::backupNow()
{
    QString error;
    const auto path = m_backups.backupNow(u"manual"_s, &error);
    return finish(
        path.isEmpty() ? ArchiveError::make(ArchiveError::Kind::Io, error) : ArchiveError {}, tr("Backup taken."));
}

bool ArchiveController::restoreBackup(const QString &path)
{
    if (m_busy)
        return false;
    QString error;
    const bool ok = m_backups.restore(path, &error);
    return finish(ok ? ArchiveError {} : ArchiveError::make(ArchiveError::Kind::Io, error),
        tr("Restored. The state before the restore was backed up."));
}

bool ArchiveController::writeFile(const QUrl &file, const QByteArray &bytes, const QString &what)
{
    const QString path = localPath(file);
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit())
        return finish(
            ArchiveError::make(ArchiveError::Kind::Io, tr("%1 cannot be written: %2").arg(path, out.errorString())),
            {});
    return finish({}, tr("%1 written to %2.").arg(what, path));
}

bool ArchiveController::exportStandingsCsv(qint64 eventId, const QUrl &file)
{
    QString error;
    const auto bytes = TournamentDataExporter(m_store).standingsCsv(eventId, &error);
    if (!error.isEmpty())
        return finish(ArchiveError::make(ArchiveError::Kind::Io, error), {});
    return writeFile(file, bytes, tr("Standings"));
}

bool ArchiveController::exportResultsCsv(qint64 eventId, const QUrl &file)
{
    return writeFile(file, TournamentDataExporter(m_store).resultsCsv(eventId), tr("Results"));
}

bool ArchiveController::exportEventJson(qint64 eventId, const QUrl &file)
{
    QString error;
    const auto bytes = TournamentDataExporter(m_store).eventJson(eventId, &error);
    if (bytes.isEmpty())
        return finish(ArchiveError::make(ArchiveError::Kind::Io, error), {});
    return writeFile(file, bytes, tr("Event"));
}
